package org.salestrack.model.cube;

import org.salestrack.model.Money;

/**
 * A number the user can choose to show: the additive measures, ratios derived from them, and our share of the
 * market, which the market panel gives and {@link Measures} cannot (its value comes from the panel's cells).
 */
public enum Measure {
    UNITS, REVENUE, ASP, MARGIN, MARKET_SHARE_UNITS, MARKET_SHARE_VALUE;

    /** The value as a double for charts and colour scales (money in currency units, not e4); NaN for a market share. */
    public double of(Measures m) {
        return switch (this) {
            case UNITS -> m.qty();
            case REVENUE -> Money.yuan(m.amountE4());
            case ASP -> Money.yuan(m.aspE4());
            case MARGIN -> Money.yuan(m.marginE4());
            case MARKET_SHARE_UNITS, MARKET_SHARE_VALUE -> Double.NaN;
        };
    }

    public boolean isMoney() { return this == REVENUE || this == ASP || this == MARGIN; }

    /** Whether the value is our share of the market panel's cells rather than a sum of our lines. */
    public boolean isMarketShare() { return this == MARKET_SHARE_UNITS || this == MARKET_SHARE_VALUE; }

    public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
}
