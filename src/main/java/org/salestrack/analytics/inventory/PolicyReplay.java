package org.salestrack.analytics.inventory;

import org.salestrack.model.inventory.LocationTerms;

/**
 * Replays a reorder policy week by week against the demand that really came: each week the arrivals due
 * land, demand is served from stock (what cannot be served is lost), and when the position (on hand +
 * on order) is at or below the reorder point an order to the order-up-to level, in packs, is placed and
 * arrives after the lead time (rounded up to whole weeks). The policy is the one set before the first week.
 */
public final class PolicyReplay {
    private PolicyReplay() {}

    /**
     * @param demanded  units demanded per week
     * @param served    units served per week
     * @param endStock  on hand at the end of each week
     */
    public record Outcome(double[] demanded, double[] served, double[] endStock) {
        public double demand() { return sum(demanded); }

        public double sold() { return sum(served); }

        /** Weeks that ended with demand left unserved. */
        public int stockOutWeeks() {
            int n = 0;
            for (int i = 0; i < demanded.length; i++) if (served[i] < demanded[i]) n++;
            return n;
        }

        public double averageStock() { return endStock.length == 0 ? 0 : sum(endStock) / endStock.length; }

        private static double sum(double[] a) {
            double s = 0;
            for (double v : a) s += v;
            return s;
        }
    }

    public static Outcome replay(double[] weeklyDemand, long startOnHand, long startInTransit, ReorderPolicy.Plan plan, LocationTerms terms) {
        int n = weeklyDemand.length;
        int leadWeeks = Math.max(1, (int) Math.ceil(terms.leadTimeDays() / 7.0));
        double[] arriving = new double[n + leadWeeks + 1];
        arriving[0] += startInTransit;
        double onHand = startOnHand;
        double onOrder = startInTransit;
        double[] served = new double[n];
        double[] end = new double[n];
        for (int i = 0; i < n; i++) {
            onHand += arriving[i];
            onOrder -= arriving[i];
            served[i] = Math.min(onHand, weeklyDemand[i]);
            onHand -= served[i];
            end[i] = onHand;
            double position = onHand + onOrder;
            if (position <= plan.reorderPoint()) {
                long q = ReorderPolicy.roundOrder(plan.orderUpTo() - position, terms.packSize(), terms.minOrder());
                arriving[i + leadWeeks] += q;
                onOrder += q;
            }
        }
        return new Outcome(weeklyDemand.clone(), served, end);
    }
}
