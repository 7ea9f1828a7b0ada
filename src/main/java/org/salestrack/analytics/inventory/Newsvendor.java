package org.salestrack.analytics.inventory;

import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * The single-period order (a launch batch, a seasonal buy): order the demand quantile at the critical
 * ratio (price - cost) / (price - salvage), the point where one more unit is as likely to be sold at a
 * profit as left over at a loss.
 */
public final class Newsvendor {
    private Newsvendor() {}

    public static double criticalRatio(double price, double cost, double salvage) {
        if (!(price > cost && cost > salvage)) throw new IllegalArgumentException("need price > cost > salvage: " + price + ", " + cost + ", " + salvage);
        return (price - cost) / (price - salvage);
    }

    /** The order quantity, in whole units, for normally distributed demand. */
    public static long order(double price, double cost, double salvage, double meanDemand, double sdDemand) {
        double q = new NormalDistribution(meanDemand, sdDemand).inverseCumulativeProbability(criticalRatio(price, cost, salvage));
        return Math.max(0, Math.round(q));
    }
}
