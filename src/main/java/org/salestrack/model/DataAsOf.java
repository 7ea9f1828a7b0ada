package org.salestrack.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * The date a workspace's data runs to: the last day with counted sales. A month or week that runs past it
 * is partial (the files for its last days have not arrived), so it is neither a whole month for forecasting
 * nor the end of a "last 12 months": those use the last complete period.
 */
public record DataAsOf(LocalDate date) {
    public DataAsOf {
        if (date == null) throw new IllegalArgumentException("an as-of date is a date");
    }

    /** The last month whose every day is on or before the as-of date. */
    public YearMonth lastCompleteMonth() {
        YearMonth m = YearMonth.from(date);
        return date.equals(m.atEndOfMonth()) ? m : m.minusMonths(1);
    }

    /** The last complete month, or the as-of month itself when the data, starting in {@code first}, has no complete one. */
    public YearMonth lastCompleteMonthSince(YearMonth first) {
        YearMonth complete = lastCompleteMonth();
        return complete.isBefore(first) ? YearMonth.from(date) : complete;
    }

    /** The Sunday that ends the last complete ISO week (the as-of date itself when it is a Sunday). */
    public LocalDate lastCompleteWeekEnd() {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
    }

    /** True when {@code month} holds the as-of date but not to its end: data for part of it only. */
    public boolean isPartial(YearMonth month) {
        return month.equals(YearMonth.from(date)) && !date.equals(month.atEndOfMonth());
    }
}
