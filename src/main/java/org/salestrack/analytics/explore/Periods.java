package org.salestrack.analytics.explore;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.salestrack.model.cube.Grain;

/** Period keys in Java, matching those the cube's SQL produces, so empty periods can be filled in. */
final class Periods {
    private Periods() {}

    static String key(LocalDate d, Grain g) {
        return switch (g) {
            case DAY -> d.toString();
            case WEEK -> String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> d.toString().substring(0, 7);
            case QUARTER -> d.getYear() + "-Q" + d.get(IsoFields.QUARTER_OF_YEAR);
            case YEAR -> String.valueOf(d.getYear());
        };
    }

    static List<String> between(LocalDate from, LocalDate to, Grain g) {
        Set<String> out = new LinkedHashSet<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) out.add(key(d, g));
        return new ArrayList<>(out);
    }

    /** The first and last day of a period key of this grain. */
    static LocalDate[] range(String period, Grain g) {
        return switch (g) {
            case DAY -> new LocalDate[] {LocalDate.parse(period), LocalDate.parse(period)};
            case WEEK -> {
                LocalDate monday = LocalDate.of(Integer.parseInt(period.substring(0, 4)), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(period.substring(6)))
                        .with(java.time.DayOfWeek.MONDAY);
                yield new LocalDate[] {monday, monday.plusDays(6)};
            }
            case MONTH -> {
                LocalDate first = LocalDate.parse(period + "-01");
                yield new LocalDate[] {first, first.plusMonths(1).minusDays(1)};
            }
            case QUARTER -> {
                LocalDate first = LocalDate.of(Integer.parseInt(period.substring(0, 4)), (period.charAt(6) - '1') * 3 + 1, 1);
                yield new LocalDate[] {first, first.plusMonths(3).minusDays(1)};
            }
            case YEAR -> new LocalDate[] {LocalDate.of(Integer.parseInt(period), 1, 1), LocalDate.of(Integer.parseInt(period), 12, 31)};
        };
    }

    /** The key of the same period one year earlier (weeks by ISO week number). */
    static String yearBefore(String period, Grain g) {
        int year = Integer.parseInt(period.substring(0, 4)) - 1;
        if (g == Grain.DAY) {
            LocalDate d = LocalDate.parse(period);
            return d.minusYears(1).toString();
        }
        return year + period.substring(4);
    }
}
