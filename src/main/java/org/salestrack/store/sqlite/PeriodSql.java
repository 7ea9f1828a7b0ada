package org.salestrack.store.sqlite;

import org.salestrack.model.cube.Grain;

/** {@link Grain}'s period keys computed in SQL, the same keys {@link Grain#key} computes in Java. */
final class PeriodSql {
    private PeriodSql() {}

    /** The period of a day column (YYYY-MM-DD) or, for month-aligned grains, a month column (YYYY-MM). */
    static String of(Grain g, String col) {
        return switch (g) {
            case DAY -> col;
            case WEEK -> "strftime('%G-W%V', " + col + ")";
            case MONTH -> "substr(" + col + ", 1, 7)";
            case QUARTER -> "substr(" + col + ", 1, 4) || '-Q' || ((CAST(substr(" + col + ", 6, 2) AS INTEGER) + 2) / 3)";
            case YEAR -> "substr(" + col + ", 1, 4)";
        };
    }
}
