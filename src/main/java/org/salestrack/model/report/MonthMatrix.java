package org.salestrack.model.report;

import java.time.YearMonth;
import java.util.List;

/** Sales amount of each member (region, province, series) in each month of the report window. */
public record MonthMatrix(List<YearMonth> months, List<MatrixRow> rows) {
    public MonthMatrix {
        months = List.copyOf(months);
        rows = List.copyOf(rows);
        for (MatrixRow r : rows) {
            if (r.amountE4().length != months.size()) {
                throw new IllegalArgumentException("row " + r.name() + " has " + r.amountE4().length + " months, not " + months.size());
            }
        }
    }
}
