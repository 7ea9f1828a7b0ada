package org.salestrack.model.report;

import java.time.YearMonth;

/** Counted sales of one month; money in e4 (ten-thousandths of a yuan). */
public record MonthTotals(YearMonth month, long rows, long orders, long qty, long amountE4, long marginE4) {
    public static MonthTotals empty(YearMonth month) { return new MonthTotals(month, 0, 0, 0, 0, 0); }
}
