package org.salestrack.model.dealer;

import java.util.List;

/**
 * How much of its territory a dealer reached in a period. In counties (区/县, GB/T 2260 codes) when the dealer's
 * lines carry them: its territory is every county of its registered province, covered those where its own
 * sell-through or one of its stores sold in the period. A dealer none of whose lines names a county (files
 * without one) falls back to cities: the cities of its province where the brand sold anything in the workspace,
 * and of those the ones where it sold in the period.
 *
 * @param counties true when {@code covered} and {@code territory} are county codes, false when they are city names
 */
public record Coverage(List<String> covered, List<String> territory, boolean counties) {
    public Coverage {
        covered = List.copyOf(covered);
        territory = List.copyOf(territory);
    }

    /** A coverage in cities (the fallback for files without counties). */
    public Coverage(List<String> covered, List<String> territory) { this(covered, territory, false); }

    public static Coverage none() { return new Coverage(List.of(), List.of()); }

    /** Covered share 0-1; 0 for a dealer without a territory. */
    public double share() { return territory.isEmpty() ? 0 : (double) covered.size() / territory.size(); }
}
