package org.salestrack.forecast.global;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import org.salestrack.forecast.series.PeriodKind;

/**
 * The Chinese retail calendar as features of a period: month or ISO week, days to and from Spring Festival,
 * and how many days of the period fall in the 618, Double 11, Double 12 and National Day selling windows and
 * in the Spring Festival holiday (the week before it and the week after).
 */
public final class ShoppingCalendar {
    /** Spring Festival (Lunar New Year's day), 2015-2035. */
    static final LocalDate[] SPRING_FESTIVAL = {
        LocalDate.of(2015, 2, 19), LocalDate.of(2016, 2, 8), LocalDate.of(2017, 1, 28), LocalDate.of(2018, 2, 16),
        LocalDate.of(2019, 2, 5), LocalDate.of(2020, 1, 25), LocalDate.of(2021, 2, 12), LocalDate.of(2022, 2, 1),
        LocalDate.of(2023, 1, 22), LocalDate.of(2024, 2, 10), LocalDate.of(2025, 1, 29), LocalDate.of(2026, 2, 17),
        LocalDate.of(2027, 2, 6), LocalDate.of(2028, 1, 26), LocalDate.of(2029, 2, 13), LocalDate.of(2030, 2, 3),
        LocalDate.of(2031, 1, 23), LocalDate.of(2032, 2, 11), LocalDate.of(2033, 1, 31), LocalDate.of(2034, 2, 19),
        LocalDate.of(2035, 2, 8)};
    public static final String[] NAMES = {"season_position", "days_to_spring_festival", "days_from_spring_festival",
        "spring_festival_days", "d618_days", "double11_days", "double12_days", "national_day_days"};

    private ShoppingCalendar() {}

    /** Spring Festival of a year; outside the table, the mean date (Feb 5). */
    public static LocalDate springFestival(int year) {
        int i = year - 2015;
        return i >= 0 && i < SPRING_FESTIVAL.length ? SPRING_FESTIVAL[i] : LocalDate.of(year, 2, 5);
    }

    /** Features of the period with this ordinal; NaN for the calendar parts of an INDEX or YEAR series. */
    public static double[] features(PeriodKind kind, long ordinal) {
        double[] f = new double[NAMES.length];
        java.util.Arrays.fill(f, Double.NaN);
        LocalDate start;
        LocalDate end;
        switch (kind) {
            case MONTH -> {
                start = LocalDate.of((int) Math.floorDiv(ordinal, 12), (int) Math.floorMod(ordinal, 12) + 1, 1);
                end = start.plusMonths(1).minusDays(1);
                f[0] = start.getMonthValue();
            }
            case WEEK -> {
                start = LocalDate.ofEpochDay(ordinal * 7 - 3);
                end = start.plusDays(6);
                f[0] = start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            }
            case DAY -> {
                start = LocalDate.ofEpochDay(ordinal);
                end = start;
                f[0] = start.getDayOfWeek().getValue();
            }
            case QUARTER -> {
                start = LocalDate.of((int) Math.floorDiv(ordinal, 4), (int) Math.floorMod(ordinal, 4) * 3 + 1, 1);
                end = start.plusMonths(3).minusDays(1);
                f[0] = Math.floorMod(ordinal, 4) + 1;
            }
            default -> {
                return f;
            }
        }
        LocalDate next = springFestival(start.getYear());
        if (next.isBefore(start)) next = springFestival(start.getYear() + 1);
        LocalDate previous = springFestival(start.getYear());
        if (previous.isAfter(start)) previous = springFestival(start.getYear() - 1);
        f[1] = ChronoUnit.DAYS.between(start, next);
        f[2] = ChronoUnit.DAYS.between(previous, start);
        int y = start.getYear();
        f[3] = overlap(start, end, next.minusDays(7), next.plusDays(7)) + overlap(start, end, previous.minusDays(7), previous.plusDays(7));
        f[4] = overlap(start, end, LocalDate.of(y, 6, 1), LocalDate.of(y, 6, 18));
        f[5] = overlap(start, end, LocalDate.of(y, 10, 31), LocalDate.of(y, 11, 11));
        f[6] = overlap(start, end, LocalDate.of(y, 12, 1), LocalDate.of(y, 12, 12));
        f[7] = overlap(start, end, LocalDate.of(y, 10, 1), LocalDate.of(y, 10, 7));
        if (end.getYear() != y) {
            int z = end.getYear();
            f[4] += overlap(start, end, LocalDate.of(z, 6, 1), LocalDate.of(z, 6, 18));
            f[6] += overlap(start, end, LocalDate.of(z, 12, 1), LocalDate.of(z, 12, 12));
        }
        return f;
    }

    private static double overlap(LocalDate a, LocalDate b, LocalDate from, LocalDate to) {
        LocalDate s = a.isAfter(from) ? a : from;
        LocalDate e = b.isBefore(to) ? b : to;
        return e.isBefore(s) ? 0 : ChronoUnit.DAYS.between(s, e) + 1;
    }
}
