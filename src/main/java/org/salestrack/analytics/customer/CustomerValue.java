package org.salestrack.analytics.customer;

import org.salestrack.model.customer.RepeatSummary;

/**
 * A customer's expected value over a horizon: the purchases BG/NBD expects in each period, times the
 * spend Gamma-Gamma expects, times a margin share, discounted per period. Summed period by period rather
 * than by the closed-form DERT so that the horizon is finite and the discount rate any the user sets.
 */
public final class CustomerValue {
    private CustomerValue() {}

    /**
     * @param periods horizon in the models' time unit (e.g. 52 weeks)
     * @param discountPerPeriod e.g. 0.10 a year is (1.10^(1/52) - 1) a week
     */
    public static double expected(BgNbd.Params bg, GammaGamma.Params gg, RepeatSummary c, int periods, double discountPerPeriod,
                                  double marginShare) {
        if (periods < 0) throw new IllegalArgumentException("periods < 0");
        double spend = GammaGamma.expectedSpend(gg, c) * marginShare;
        double value = 0;
        double before = 0;
        for (int k = 1; k <= periods; k++) {
            double cumulative = BgNbd.conditionalExpectedPurchases(bg, c, k);
            value += (cumulative - before) * spend / Math.pow(1 + discountPerPeriod, k);
            before = cumulative;
        }
        return value;
    }
}
