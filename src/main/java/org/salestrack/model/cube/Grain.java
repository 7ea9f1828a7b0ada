package org.salestrack.model.cube;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The period type: time buckets for trends, explorer columns and the summary. A period is a text key that
 * sorts in time order: days 2025-03-07, ISO weeks 2025-W10, months 2025-03, quarters 2025-Q1, years 2025.
 * The store's SQL produces the same keys (store.sqlite.PeriodSql, checked by PeriodKeysAgreeTest).
 */
public enum Grain {
    DAY, WEEK, MONTH, QUARTER, YEAR;

    /** Whether a period of this grain is a whole number of calendar months. */
    public boolean monthAligned() { return this == MONTH || this == QUARTER || this == YEAR; }

    public String id() { return name().toLowerCase(java.util.Locale.ROOT); }

    /** The key of the period holding {@code day}. */
    public String key(LocalDate day) {
        return switch (this) {
            case DAY -> day.toString();
            case WEEK -> String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> day.toString().substring(0, 7);
            case QUARTER -> day.getYear() + "-Q" + day.get(IsoFields.QUARTER_OF_YEAR);
            case YEAR -> String.valueOf(day.getYear());
        };
    }

    /** The keys of the periods covering {@code from}..{@code to}, in order, partial periods at either end included. */
    public List<String> keys(LocalDate from, LocalDate to) {
        Set<String> out = new LinkedHashSet<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) out.add(key(d));
        return new ArrayList<>(out);
    }

    /** The key of the same period one year earlier (weeks by ISO week number). */
    public String yearBefore(String key) {
        if (this == DAY) return LocalDate.parse(key).minusYears(1).toString();
        return (Integer.parseInt(key.substring(0, 4)) - 1) + key.substring(4);
    }

    /** The first day of the period with this key. */
    public LocalDate first(String key) {
        return switch (this) {
            case DAY -> LocalDate.parse(key);
            case WEEK -> LocalDate.of(Integer.parseInt(key.substring(0, 4)), 1, 4)
                    .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(key.substring(6)))
                    .with(java.time.DayOfWeek.MONDAY);
            case MONTH -> LocalDate.parse(key + "-01");
            case QUARTER -> LocalDate.of(Integer.parseInt(key.substring(0, 4)), (key.charAt(6) - '1') * 3 + 1, 1);
            case YEAR -> LocalDate.of(Integer.parseInt(key), 1, 1);
        };
    }

    /** The last day of the period with this key. */
    public LocalDate last(String key) {
        LocalDate f = first(key);
        return switch (this) {
            case DAY -> f;
            case WEEK -> f.plusDays(6);
            case MONTH -> f.plusMonths(1).minusDays(1);
            case QUARTER -> f.plusMonths(3).minusDays(1);
            case YEAR -> f.plusYears(1).minusDays(1);
        };
    }
}
