package org.salestrack.store.sqlite;

import org.salestrack.model.cube.Grain;

/** {@link Grain}'s period keys computed in SQL, the same keys {@link Grain#key} computes in Java. */
final class PeriodSql {
    private PeriodSql() {}

    /** The period of a day column (YYYY-MM-DD) or, for month-aligned grains, a month column (YYYY-MM). */
    static String of(Grain g, String col) {
        return switch (g) {
            case DAY -> col;
            case WEEK -> isoWeek(col);
            case MONTH -> "substr(" + col + ", 1, 7)";
            case QUARTER -> "substr(" + col + ", 1, 4) || '-Q' || ((CAST(substr(" + col + ", 6, 2) AS INTEGER) + 2) / 3)";
            case YEAR -> "substr(" + col + ", 1, 4)";
        };
    }

    /**
     * The ISO week key (YYYY-Www) of a day column from %w and %j only: %G and %V came with SQLite 3.46 and the
     * encrypting driver carries 3.40. The Thursday of the day's week decides the week-year, and its day of the year
     * the week number.
     */
    private static String isoWeek(String col) {
        String thursday = "date(" + col + ", (3 - (CAST(strftime('%w', " + col + ") AS INTEGER) + 6) % 7) || ' days')";
        return "strftime('%Y', " + thursday + ") || '-W' || printf('%02d', (CAST(strftime('%j', " + thursday + ") AS INTEGER) - 1) / 7 + 1)";
    }
}
