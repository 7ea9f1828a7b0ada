package org.salestrack.model.cube;

import org.salestrack.model.Money;

/** A number the user can choose to show: the additive measures plus ratios derived from them. */
public enum Measure {
    UNITS, REVENUE, ASP, MARGIN;

    /** The value as a double for charts and colour scales (money in currency units, not e4). */
    public double of(Measures m) {
        return switch (this) {
            case UNITS -> m.qty();
            case REVENUE -> Money.yuan(m.amountE4());
            case ASP -> Money.yuan(m.aspE4());
            case MARGIN -> Money.yuan(m.marginE4());
        };
    }

    public boolean isMoney() { return this != UNITS; }

    public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
}
