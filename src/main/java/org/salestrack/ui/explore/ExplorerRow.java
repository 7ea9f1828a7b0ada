package org.salestrack.ui.explore;

import java.util.List;
import java.util.OptionalDouble;
import org.salestrack.analytics.explore.Kpis;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Measures;

/**
 * One row of the explorer: a member of a level with its measures per period, its total, the total of
 * the previous period (for growth) and its share of the level's revenue.
 */
public record ExplorerRow(Dimension dim, String key, String label, List<Measures> periods, Measures total, Measures previous, double share) {
    public OptionalDouble growth() { return Kpis.growth(total.amountCents(), previous.amountCents()); }
}
