package org.salestrack.ui.dashboard;

import org.salestrack.model.cube.Measure;
import org.salestrack.model.cube.Measures;

/**
 * What colours the province map: one of the measures, revenue growth against the previous period, or our unit
 * share of the market panel (which {@link Measures} cannot give: the view reads it from the panel's shares).
 */
public enum MapMode {
    UNITS, REVENUE, ASP, MARGIN, GROWTH, MARKET_SHARE_UNITS;

    /** The value for a province, or null when it cannot be computed (growth from nothing, a market share). */
    public Double value(Measures now, Measures before) {
        if (this == GROWTH) {
            return before.amountE4() == 0 ? null : (double) (now.amountE4() - before.amountE4()) / before.amountE4();
        }
        if (this == MARKET_SHARE_UNITS) return null;
        return now.isEmpty() ? null : Measure.valueOf(name()).of(now);
    }

    public String key() { return "measure." + name().toLowerCase(java.util.Locale.ROOT); }
}
