package org.salestrack.forecast.util;

import java.util.Arrays;

/**
 * Multiplicative seasonal indices by calendar position (period ordinal mod m), estimated from a series
 * that has at least one full season plus one point: what a short series borrows from its parent. With two
 * full seasons the indices are classical decomposition's (ratio to the centred moving average); with fewer,
 * the ratio to a least-squares linear trend, which still separates a Q4 peak from growth.
 */
public final class SeasonalProfile {
    private final double[] byPosition;

    private SeasonalProfile(double[] byPosition) {
        this.byPosition = byPosition;
    }

    /** Indices from a positive series starting at {@code firstOrdinal}; null when it cannot give any. */
    public static SeasonalProfile estimate(double[] y, long firstOrdinal, int m) {
        int n = y.length;
        if (m < 2 || n < m + 1 || Stats.min(y) < 0 || Stats.mean(y) <= 0) return null;
        double[] ratio = new double[m];
        int[] count = new int[m];
        double[] trend = n >= 2 * m ? ClassicalDecomposition.movingAverage(y, m) : linearTrend(y);
        for (int t = 0; t < n; t++) {
            if (!Double.isFinite(trend[t]) || trend[t] <= 0) continue;
            int pos = position(firstOrdinal + t, m);
            ratio[pos] += y[t] / trend[t];
            count[pos]++;
        }
        double avg = 0;
        for (int i = 0; i < m; i++) {
            if (count[i] == 0) return null;
            ratio[i] /= count[i];
            avg += ratio[i] / m;
        }
        if (avg <= 0) return null;
        for (int i = 0; i < m; i++) ratio[i] = Math.max(ratio[i] / avg, 1e-3);
        return new SeasonalProfile(ratio);
    }

    /** The index of the period with this ordinal. */
    public double factor(long ordinal) {
        return byPosition[position(ordinal, byPosition.length)];
    }

    public int seasonLength() {
        return byPosition.length;
    }

    public double[] indices() {
        return byPosition.clone();
    }

    private static int position(long ordinal, int m) {
        return (int) Math.floorMod(ordinal, (long) m);
    }

    private static double[] linearTrend(double[] y) {
        int n = y.length;
        double tBar = (n - 1) / 2.0;
        double yBar = Stats.mean(y);
        double sxy = 0;
        double sxx = 0;
        for (int t = 0; t < n; t++) {
            sxy += (t - tBar) * (y[t] - yBar);
            sxx += (t - tBar) * (t - tBar);
        }
        double slope = sxx == 0 ? 0 : sxy / sxx;
        double[] out = new double[n];
        for (int t = 0; t < n; t++) out[t] = yBar + slope * (t - tBar);
        return out;
    }

    @Override
    public String toString() {
        return "SeasonalProfile" + Arrays.toString(byPosition);
    }
}
