package org.salestrack.analytics.explore;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import org.salestrack.model.DataAsOf;
import org.salestrack.model.cube.Grain;

/**
 * Date range presets. They are anchored on the last day with sales rather than the clock, because a
 * workspace is often a few weeks behind (files arrive late) and "this month" should still show data.
 */
public enum DatePreset {
    LAST_4_WEEKS, THIS_MONTH, THIS_QUARTER, YEAR_TO_DATE, LAST_12_MONTHS, ALL;

    /**
     * {from, to} given the last and the first day with sales. The presets that are a length of time (last 4
     * weeks, last 12 months) end with the last complete week or month, so a few days of a new month do not
     * replace a whole month; the "to date" presets (this month, this quarter, year to date) run to the last
     * day, as their names say. When the data holds no complete period, the range runs to the last day.
     */
    public LocalDate[] range(LocalDate last, LocalDate first) {
        DataAsOf asOf = new DataAsOf(last);
        LocalDate end = switch (this) {
            case LAST_4_WEEKS -> asOf.lastCompleteWeekEnd();
            case LAST_12_MONTHS -> asOf.lastCompleteMonth().atEndOfMonth();
            default -> last;
        };
        if (end.isBefore(first)) end = last;
        LocalDate from = switch (this) {
            case LAST_4_WEEKS -> end.minusWeeks(4).plusDays(1);
            case THIS_MONTH -> last.withDayOfMonth(1);
            case THIS_QUARTER -> last.with(IsoFields.DAY_OF_QUARTER, 1);
            case YEAR_TO_DATE -> last.with(TemporalAdjusters.firstDayOfYear());
            case LAST_12_MONTHS -> end.withDayOfMonth(1).minusMonths(11);
            case ALL -> first;
        };
        return new LocalDate[] {from, end};
    }

    /** A trend grain that gives a readable number of points: days up to ~6 weeks, weeks up to ~6 months. */
    public static Grain grainFor(long days) {
        if (days <= 45) return Grain.DAY;
        if (days <= 190) return Grain.WEEK;
        return Grain.MONTH;
    }

    public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
}
