package org.salestrack.forecast.util;

/**
 * The 90% autocorrelation test for seasonality used by the M3 Theta method and forecast::thetaf: the
 * lag-m autocorrelation must exceed 1.645 standard errors (Bartlett's formula over lags 1..m-1).
 */
public final class SeasonalityTest {
    private static final double Z90 = 1.6448536269514722;

    private SeasonalityTest() {}

    public static boolean isSeasonal(double[] x, int m) {
        int n = x.length;
        if (m <= 1 || n <= 2 * m || Stats.isConstant(x)) {
            return false;
        }
        double[] r = Stats.acf(x, m);
        double s = 0;
        for (int k = 0; k < m - 1; k++) {
            s += r[k] * r[k];
        }
        double stat = Math.sqrt((1 + 2 * s) / n);
        return Math.abs(r[m - 1]) / stat > Z90;
    }
}
