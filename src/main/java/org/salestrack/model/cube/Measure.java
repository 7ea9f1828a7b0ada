package org.salestrack.model.cube;

/** A number the user can choose to show: the additive measures plus ratios derived from them. */
public enum Measure {
    UNITS, REVENUE, ASP, MARGIN;

    /** The value as a double for charts and colour scales (money in currency units, not cents). */
    public double of(Measures m) {
        return switch (this) {
            case UNITS -> m.qty();
            case REVENUE -> m.amountCents() / 100.0;
            case ASP -> m.aspCents() / 100.0;
            case MARGIN -> m.marginCents() / 100.0;
        };
    }

    public boolean isMoney() { return this != UNITS; }

    public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
}
