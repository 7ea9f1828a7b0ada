package org.salestrack.forecast.arima;

import org.salestrack.forecast.util.Stats;
import org.salestrack.forecast.util.Stl;

/**
 * How many differences a series needs, as forecast's ndiffs (KPSS test at 5%) and nsdiffs (seasonal
 * strength above 0.64).
 */
final class Differencing {
    /** 5% critical value of the KPSS level-stationarity statistic (Kwiatkowski et al. 1992, table 1). */
    private static final double KPSS_CRITICAL_5 = 0.463;
    private static final double SEASONAL_STRENGTH_THRESHOLD = 0.64;

    private Differencing() {}

    static int seasonalDifferences(double[] x, int m, int maxD) {
        int bigD = 0;
        if (m <= 1 || Stats.isConstant(x)) {
            return 0;
        }
        double[] y = x;
        while (bigD < maxD && y.length > 2 * m && Stl.seasonalStrength(y, m) > SEASONAL_STRENGTH_THRESHOLD) {
            bigD++;
            y = Stats.diff(y, m);
            if (Stats.isConstant(y)) {
                break;
            }
        }
        return bigD;
    }

    static int differences(double[] x, int maxD) {
        int d = 0;
        double[] y = x;
        if (Stats.isConstant(y)) {
            return 0;
        }
        while (d < maxD && kpss(y) > KPSS_CRITICAL_5) {
            d++;
            y = Stats.diff(y, 1);
            if (y.length < 3 || Stats.isConstant(y)) {
                break;
            }
        }
        return d;
    }

    /** KPSS statistic for level stationarity with forecast's Bartlett lag trunc(3 sqrt(n) / 13). */
    static double kpss(double[] y) {
        int n = y.length;
        double mean = Stats.mean(y);
        double[] e = new double[n];
        double s = 0;
        double eta = 0;
        for (int t = 0; t < n; t++) {
            e[t] = y[t] - mean;
            s += e[t];
            eta += s * s;
        }
        eta /= (double) n * n;
        int lags = (int) Math.floor(3 * Math.sqrt(n) / 13);
        double s2 = 0;
        for (double v : e) {
            s2 += v * v;
        }
        s2 /= n;
        for (int l = 1; l <= lags; l++) {
            double c = 0;
            for (int t = l; t < n; t++) {
                c += e[t] * e[t - l];
            }
            s2 += 2.0 / n * (1 - l / (lags + 1.0)) * c;
        }
        return s2 <= 0 ? 0 : eta / s2;
    }
}
