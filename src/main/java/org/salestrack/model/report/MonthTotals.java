package org.salestrack.model.report;

import java.time.YearMonth;

/** Counted sales of one month; money in cents. */
public record MonthTotals(YearMonth month, long rows, long orders, long qty, long amountCents, long marginCents) {
    public static MonthTotals empty(YearMonth month) { return new MonthTotals(month, 0, 0, 0, 0, 0); }
}
