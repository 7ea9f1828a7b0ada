package org.salestrack.analytics.inventory;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.salestrack.model.inventory.LocationTerms;

/**
 * The (R, s, S) reorder rule with normally distributed daily forecast errors: safety stock
 * z x sigma x sqrt(L), reorder point s = demand over the lead time + safety stock, order-up-to level S
 * covering the lead time and the review period at the same service level, and an order, when the
 * position (on hand + in transit) is at or below s, that lifts it to S in whole packs of at least the
 * minimum order.
 */
public final class ReorderPolicy {
    private static final NormalDistribution STANDARD = new NormalDistribution(0, 1);

    private ReorderPolicy() {}

    /** The figures for one location x SKU. */
    public record Plan(double demandLt, double safetyStock, double reorderPoint, double orderUpTo, long orderQty) {}

    /** The standard normal quantile of the cycle service level. */
    public static double z(double serviceLevel) {
        if (!(serviceLevel > 0 && serviceLevel < 1)) throw new IllegalArgumentException("service level must be in (0, 1): " + serviceLevel);
        return STANDARD.inverseCumulativeProbability(serviceLevel);
    }

    public static double safetyStock(double serviceLevel, double sigmaPerDay, double leadTimeDays) {
        return z(serviceLevel) * sigmaPerDay * Math.sqrt(leadTimeDays);
    }

    /**
     * @param meanPerDay  forecast demand per day
     * @param sigmaPerDay standard deviation of the daily forecast error
     * @param position    on hand plus in transit
     */
    public static Plan plan(double meanPerDay, double sigmaPerDay, LocationTerms terms, double serviceLevel, long position) {
        if (meanPerDay < 0 || sigmaPerDay < 0) throw new IllegalArgumentException("demand and its error cannot be negative");
        double lead = terms.leadTimeDays();
        double demandLt = meanPerDay * lead;
        double safety = safetyStock(serviceLevel, sigmaPerDay, lead);
        double reorderPoint = demandLt + safety;
        double cycle = lead + terms.reviewDays();
        double orderUpTo = meanPerDay * cycle + safetyStock(serviceLevel, sigmaPerDay, cycle);
        long qty = position <= reorderPoint ? roundOrder(orderUpTo - position, terms.packSize(), terms.minOrder()) : 0;
        return new Plan(demandLt, safety, reorderPoint, orderUpTo, qty);
    }

    /** Units to order for a need: whole packs, at least the minimum order (itself rounded up to packs); 0 for no need. */
    public static long roundOrder(double need, int packSize, int minOrder) {
        if (!(need > 1e-9)) return 0;
        long packs = (long) Math.ceil(need / packSize - 1e-9);
        long minPacks = (long) Math.ceil((double) minOrder / packSize);
        return Math.max(packs, minPacks) * packSize;
    }
}
