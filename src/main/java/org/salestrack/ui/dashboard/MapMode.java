package org.salestrack.ui.dashboard;

import org.salestrack.model.cube.Measure;
import org.salestrack.model.cube.Measures;

/** What colours the province map: one of the measures, or revenue growth against the previous period. */
public enum MapMode {
    UNITS, REVENUE, ASP, MARGIN, GROWTH;

    /** The value for a province, or null when it cannot be computed (growth from nothing). */
    public Double value(Measures now, Measures before) {
        if (this == GROWTH) {
            return before.amountE4() == 0 ? null : (double) (now.amountE4() - before.amountE4()) / before.amountE4();
        }
        return now.isEmpty() ? null : Measure.valueOf(name()).of(now);
    }

    public String key() { return "measure." + name().toLowerCase(java.util.Locale.ROOT); }
}
