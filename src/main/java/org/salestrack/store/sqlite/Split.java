package org.salestrack.store.sqlite;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.salestrack.model.cube.Grain;

/**
 * Cuts a date range into pieces each read from the coarsest rollup that holds it exactly: whole calendar
 * months from the month tables, whole ISO weeks (Monday to Sunday) from the week tables, the loose days
 * from the day tables. A piece never mixes periods of the query's grain: for month-aligned grains, weeks
 * are taken only inside one month, so a week row's Monday names its month, quarter and year.
 */
final class Split {
    enum Level { MONTH, WEEK, DAY }

    record Piece(Level level, LocalDate from, LocalDate to) {}

    private Split() {}

    /** @param weeks whether the source has week tables */
    static List<Piece> of(LocalDate from, LocalDate to, Grain grain, boolean weeks) {
        List<Piece> out = new ArrayList<>();
        if (grain == Grain.DAY) {
            out.add(new Piece(Level.DAY, from, to));
        } else if (grain == Grain.WEEK) {
            weeksAndDays(from, to, weeks, out);
        } else {
            monthsWeeksAndDays(from, to, weeks, out);
        }
        return out;
    }

    private static void monthsWeeksAndDays(LocalDate from, LocalDate to, boolean weeks, List<Piece> out) {
        LocalDate firstFull = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate lastFullEnd = to.equals(YearMonth.from(to).atEndOfMonth()) ? to : to.withDayOfMonth(1).minusDays(1);
        if (!firstFull.isAfter(lastFullEnd)) {
            if (from.isBefore(firstFull)) weeksAndDays(from, firstFull.minusDays(1), weeks, out);
            out.add(new Piece(Level.MONTH, firstFull, lastFullEnd));
            if (to.isAfter(lastFullEnd)) weeksAndDays(lastFullEnd.plusDays(1), to, weeks, out);
            return;
        }
        // no whole month: the range lies in one month or straddles the end of one
        LocalDate monthEnd = YearMonth.from(from).atEndOfMonth();
        if (to.isAfter(monthEnd)) {
            weeksAndDays(from, monthEnd, weeks, out);
            weeksAndDays(monthEnd.plusDays(1), to, weeks, out);
        } else {
            weeksAndDays(from, to, weeks, out);
        }
    }

    private static void weeksAndDays(LocalDate from, LocalDate to, boolean weeks, List<Piece> out) {
        LocalDate firstMonday = from.getDayOfWeek() == DayOfWeek.MONDAY ? from : from.with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.MONDAY));
        LocalDate lastSunday = to.getDayOfWeek() == DayOfWeek.SUNDAY ? to : to.with(java.time.temporal.TemporalAdjusters.previous(DayOfWeek.SUNDAY));
        if (!weeks || firstMonday.isAfter(lastSunday)) {
            out.add(new Piece(Level.DAY, from, to));
            return;
        }
        if (from.isBefore(firstMonday)) out.add(new Piece(Level.DAY, from, firstMonday.minusDays(1)));
        out.add(new Piece(Level.WEEK, firstMonday, lastSunday));
        if (to.isAfter(lastSunday)) out.add(new Piece(Level.DAY, lastSunday.plusDays(1), to));
    }
}
