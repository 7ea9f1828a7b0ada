package org.salestrack.model.inventory;

/**
 * The replenishment and slow-mover settings of a workspace. Lead time, review period, pack size and
 * minimum order belong to a location kind or to one location (see {@link LocationTerms}); the rest are
 * one per workspace.
 *
 * @param serviceLevel    the cycle service level the safety stock is sized for, in (0, 1)
 * @param slowRatio       a week is slow when its actual is below this share of what was expected
 * @param slowWeeks       a SKU x province is a slow mover after this many consecutive slow weeks
 * @param coverLowWeeks   a province holding less cover than this is short of the SKU
 * @param coverHighWeeks  a province holding more cover than this has a surplus of the SKU
 * @param costPerUnitKm   what moving one unit one kilometre between provinces costs, CNY
 * @param historyWeeks    how many weeks of sales before the as-of date the forecasts are fitted on
 */
public record InventoryParameters(double serviceLevel, double slowRatio, int slowWeeks, double coverLowWeeks,
                                  double coverHighWeeks, double costPerUnitKm, int historyWeeks) {
    public static final InventoryParameters DEFAULTS = new InventoryParameters(0.95, 0.8, 3, 2, 8, 0.01, 52);

    public InventoryParameters {
        if (!(serviceLevel > 0 && serviceLevel < 1)) throw new IllegalArgumentException("the service level must be between 0 and 1: " + serviceLevel);
        if (!(slowRatio > 0)) throw new IllegalArgumentException("the slow-week ratio must be positive: " + slowRatio);
        if (slowWeeks < 1) throw new IllegalArgumentException("slow movers need at least one slow week: " + slowWeeks);
        if (!(coverLowWeeks >= 0 && coverHighWeeks > coverLowWeeks)) {
            throw new IllegalArgumentException("the cover band must be 0 <= low < high: " + coverLowWeeks + ", " + coverHighWeeks);
        }
        if (historyWeeks < 8) throw new IllegalArgumentException("forecasts need at least 8 weeks of history: " + historyWeeks);
    }

    public InventoryParameters withServiceLevel(double level) {
        return new InventoryParameters(level, slowRatio, slowWeeks, coverLowWeeks, coverHighWeeks, costPerUnitKm, historyWeeks);
    }
}
