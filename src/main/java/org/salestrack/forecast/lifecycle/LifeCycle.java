package org.salestrack.forecast.lifecycle;

import org.salestrack.model.LifeCycleStage;

/**
 * Where a product stands in its life: launch (its first three months of sales), growth (rising towards a
 * peak not yet passed), maturity (within a fifth of its peak), decline (below 80% of the peak since some
 * month after it); with the month its peak passed and the month its decline began. Read on a centred
 * three-month moving average, so a single promotion month is not a peak and a dip is not a decline.
 *
 * @param launch       index of the first month with sales; -1 when it never sold
 * @param peak         index of the smoothed peak; -1 while unknown
 * @param declineStart index of the first month of the decline still going on; -1 when not declining
 */
public record LifeCycle(LifeCycleStage stage, int launch, int peak, int declineStart) {

    static final int LAUNCH_MONTHS = 3;
    static final double MATURE = 0.8;

    /** The life cycle of monthly units, oldest first. */
    public static LifeCycle of(double[] units) {
        int n = units.length;
        int launch = -1;
        for (int t = 0; t < n; t++) {
            if (units[t] > 0) {
                launch = t;
                break;
            }
        }
        if (launch < 0) return new LifeCycle(LifeCycleStage.NOT_LAUNCHED, -1, -1, -1);
        if (n - launch <= LAUNCH_MONTHS) return new LifeCycle(LifeCycleStage.LAUNCH, launch, -1, -1);
        double[] s = smooth(units, launch);
        int peak = launch;
        for (int t = launch; t < n; t++) if (s[t] > s[peak]) peak = t;
        double last = s[n - 1];
        if (peak >= n - 2 && last >= s[Math.max(launch, n - 3)]) {
            // still rising into the last months: no peak has passed yet
            return new LifeCycle(LifeCycleStage.GROWTH, launch, -1, -1);
        }
        if (last >= MATURE * s[peak]) return new LifeCycle(LifeCycleStage.MATURITY, launch, peak, -1);
        int start = n - 1;
        while (start - 1 > peak && s[start - 1] < MATURE * s[peak]) start--;
        return new LifeCycle(LifeCycleStage.DECLINE, launch, peak, start);
    }

    /** Centred running median of three from the launch on (the mean of the two months at either end). */
    static double[] smooth(double[] y, int from) {
        int n = y.length;
        double[] s = new double[n];
        for (int t = from; t < n; t++) {
            int a = Math.max(from, t - 1);
            int b = Math.min(n - 1, t + 1);
            if (b - a < 2) {
                s[t] = (y[a] + y[b]) / 2;
            } else {
                s[t] = Math.max(Math.min(y[a], y[t]), Math.min(Math.max(y[a], y[t]), y[b]));
            }
        }
        return s;
    }
}
