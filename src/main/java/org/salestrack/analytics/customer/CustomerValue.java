package org.salestrack.analytics.customer;

import java.util.HashMap;
import java.util.Map;
import org.salestrack.model.customer.RepeatSummary;

/**
 * Customers' expected purchases and value over a horizon: the purchases BG/NBD expects in each period,
 * times the spend Gamma-Gamma expects, discounted per period. Summed period by period rather than by the
 * closed-form DERT so that the horizon is finite and the discount rate any the user sets. The sums depend
 * on (x, T) only (t_x enters through the alive probability), so they are computed once per distinct
 * (x, T) — a few thousand for a million customers — and not once per customer.
 */
public final class CustomerValue {
    private final BgNbd.Params bg;
    private final int periods;
    private final double discountPerPeriod;
    private final Map<Key, double[]> sums = new HashMap<>();

    private record Key(int x, double age) {}

    /**
     * @param periods horizon in the models' time unit (e.g. 52 weeks)
     * @param discountPerPeriod e.g. 10% a year is 1.10^(7/365) - 1 a week
     */
    public CustomerValue(BgNbd.Params bg, int periods, double discountPerPeriod) {
        if (periods < 0) throw new IllegalArgumentException("periods < 0");
        this.bg = bg;
        this.periods = periods;
        this.discountPerPeriod = discountPerPeriod;
    }

    /** Expected purchases within the horizon. */
    public double expectedPurchases(RepeatSummary c) {
        return BgNbd.probabilityAlive(bg, c) * sums(c)[0];
    }

    /** Expected discounted value within the horizon of purchases worth {@code spendPerPurchase} each. */
    public double value(RepeatSummary c, double spendPerPurchase) {
        return BgNbd.probabilityAlive(bg, c) * sums(c)[1] * spendPerPurchase;
    }

    /** {undiscounted purchases over the horizon, discounted purchases} for an alive customer. */
    private double[] sums(RepeatSummary c) {
        return sums.computeIfAbsent(new Key(c.repeats(), c.age()), k -> {
            double discounted = 0;
            double before = 0;
            double factor = 1;
            for (int t = 1; t <= periods; t++) {
                double cumulative = BgNbd.expectedPurchasesIfAlive(bg, k.x(), k.age(), t);
                factor /= 1 + discountPerPeriod;
                discounted += (cumulative - before) * factor;
                before = cumulative;
            }
            return new double[] {before, discounted};
        });
    }
}
