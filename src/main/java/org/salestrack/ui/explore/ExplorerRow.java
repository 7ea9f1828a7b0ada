package org.salestrack.ui.explore;

import java.util.List;
import java.util.OptionalDouble;
import org.salestrack.analytics.explore.Kpis;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Measure;
import org.salestrack.model.cube.Measures;

/**
 * One row of the explorer: a member of a level with its measures per period, its total, the total of
 * the previous period (for growth) and the whole level's total (for share). The grand-total row has
 * {@code grandTotal} set and the level's total as its own.
 */
public record ExplorerRow(Dimension dim, String key, String label, List<Measures> periods, Measures total, Measures previous,
                          Measures levelTotal, boolean grandTotal) {

    /** Change of the chosen measure against the previous period of the same length; empty without a base. */
    public OptionalDouble growth(Measure m) { return Kpis.growth(exact(m, total), exact(m, previous)); }

    /**
     * This row's part of the level for the chosen measure; empty for ASP, which is a ratio and does not add
     * up across rows, and when the level's total is zero.
     */
    public OptionalDouble share(Measure m) {
        long all = exact(m, levelTotal);
        if (m == Measure.ASP || all == 0) return OptionalDouble.empty();
        return OptionalDouble.of((double) exact(m, total) / all);
    }

    /** The measure in its exact unit: units, or e4. */
    public static long exact(Measure m, Measures v) {
        return switch (m) {
            case UNITS -> v.qty();
            case REVENUE -> v.amountE4();
            case ASP -> v.aspE4();
            case MARGIN -> v.marginE4();
        };
    }
}
