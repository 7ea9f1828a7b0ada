package org.salestrack.model.dealer;

import java.util.List;

/**
 * How much of its territory a dealer reached in a period. The workspace keeps no county yet, so the units
 * are cities: the cities of its registered province where the brand sold anything in the workspace, and of
 * those the cities where the dealer's own sell-through or one of its stores sold in the period.
 */
public record Coverage(List<String> covered, List<String> territory) {
    public Coverage {
        covered = List.copyOf(covered);
        territory = List.copyOf(territory);
    }

    public static Coverage none() { return new Coverage(List.of(), List.of()); }

    /** Covered share 0-1; 0 for a dealer without a territory. */
    public double share() { return territory.isEmpty() ? 0 : (double) covered.size() / territory.size(); }
}
