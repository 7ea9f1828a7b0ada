package org.salestrack.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;

/**
 * Calendar effects on demand, apart from campaigns: weekdays, the Spring Festival (buying before it,
 * a dip while couriers and shops close), the 618 and Double 11 peak days online, a year-on-year trend.
 * Offline factors stay within a narrow band on purpose: a store day is only a "spike" when planted.
 */
public final class Seasonality {
    public static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);

    private Seasonality() {}

    public static LocalDate springFestival(int year) {
        return switch (year) {
            case 2024 -> LocalDate.of(2024, 2, 10);
            case 2025 -> LocalDate.of(2025, 1, 29);
            default -> throw new IllegalArgumentException("no Spring Festival date for " + year);
        };
    }

    public static double factor(Channel channel, LocalDate day) {
        return trend(day) * weekday(channel, day) * festival(channel, day) * shoppingDays(channel, day);
    }

    private static double trend(LocalDate day) {
        return 1.0 + 0.12 * (day.toEpochDay() - FIRST_DAY.toEpochDay()) / 365.0;
    }

    private static double weekday(Channel channel, LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        boolean weekend = d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
        if (channel.online()) return weekend ? 1.08 : d == DayOfWeek.MONDAY ? 0.94 : 0.98;
        return weekend ? 1.3 : d == DayOfWeek.FRIDAY ? 1.05 : 0.88;
    }

    private static double festival(Channel channel, LocalDate day) {
        long offset = day.toEpochDay() - springFestival(day.getYear()).toEpochDay();
        if (offset >= -14 && offset < 0) return channel.online() ? 1.15 : 1.3;
        if (offset >= 0 && offset <= 6) return channel.online() ? 0.45 : 0.75;
        if (offset > 6 && offset <= 14) return 0.85;
        return 1.0;
    }

    private static double shoppingDays(Channel channel, LocalDate day) {
        if (!channel.online()) return 1.0;
        MonthDay md = MonthDay.from(day);
        if (md.equals(MonthDay.of(6, 18))) return 3.0;
        if (md.equals(MonthDay.of(6, 1))) return 1.6;
        if (md.equals(MonthDay.of(11, 11))) return 4.0;
        if (md.equals(MonthDay.of(11, 1)) || md.equals(MonthDay.of(11, 10))) return 1.5;
        if (md.equals(MonthDay.of(12, 12))) return 1.6;
        return 1.0;
    }
}
