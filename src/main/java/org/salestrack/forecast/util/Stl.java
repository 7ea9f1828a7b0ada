package org.salestrack.forecast.util;

import com.github.servicenow.ds.stats.stl.SeasonalTrendLoess;

/**
 * STL decomposition (Cleveland et al. 1990) through stl-decomp-4j, with the settings of R's mstl for one
 * seasonal period: seasonal window 11 unless told otherwise, not robust.
 */
public final class Stl {
    private Stl() {}

    /** {trend, seasonal, remainder}. Requires more than two full cycles. */
    public static double[][] decompose(double[] y, int period, int seasonalWindow) {
        if (period < 2 || y.length <= 2 * period) {
            throw new IllegalArgumentException("STL needs more than two full cycles");
        }
        SeasonalTrendLoess.Decomposition d = new SeasonalTrendLoess.Builder()
                .setPeriodLength(period)
                .setSeasonalWidth(seasonalWindow)
                .setNonRobust()
                .buildSmoother(y)
                .decompose();
        return new double[][] {d.getTrend(), d.getSeasonal(), d.getResidual()};
    }

    /**
     * Strength of seasonality, max(0, 1 - var(remainder) / var(seasonal + remainder)) (Wang, Smith and
     * Hyndman 2006), as forecast's nsdiffs(test = "seas") computes it; 0 when the series is too short.
     */
    public static double seasonalStrength(double[] y, int period) {
        if (period < 2 || y.length <= 2 * period || Stats.isConstant(y)) {
            return 0;
        }
        double[][] d = decompose(y, period, 11);
        double[] detrended = new double[y.length];
        for (int t = 0; t < y.length; t++) {
            detrended[t] = d[1][t] + d[2][t];
        }
        double v = Stats.variance(detrended);
        return v == 0 ? 0 : Math.max(0, Math.min(1, 1 - Stats.variance(d[2]) / v));
    }
}
