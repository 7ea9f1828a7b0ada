package org.salestrack.model.dealer;

import java.util.List;
import java.util.Map;

/**
 * The dealers in a period, ranked by sales, with their grade history by quarter and how many moved between
 * grades from the quarter before the period's last quarter to that quarter.
 *
 * @param quarters the quarters of the history, oldest first
 * @param history dealer -> quarter -> grade
 * @param migration counts[from][to] by {@link Grade#ordinal()}, from {@code migrationFrom} to {@code migrationTo}
 */
public record DealerBoard(DealerPeriod period, GradeRules rules, List<DealerRow> rows, List<String> quarters,
                          Map<String, Map<String, Grade>> history, String migrationFrom, String migrationTo, long[][] migration) {
    public DealerBoard {
        rows = List.copyOf(rows);
        quarters = List.copyOf(quarters);
    }

    public static DealerBoard empty(DealerPeriod period, GradeRules rules) {
        return new DealerBoard(period, rules, List.of(), List.of(), Map.of(), "", "", new long[Grade.values().length][Grade.values().length]);
    }
}
