package org.salestrack.forecast.util;

/** Small numeric helpers over arrays shared by the models. */
public final class Stats {
    private Stats() {}

    public static double mean(double[] x) {
        return mean(x, 0, x.length);
    }

    public static double mean(double[] x, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += x[i];
        }
        return s / (to - from);
    }

    /** Sample variance (denominator n - 1). */
    public static double variance(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return s / (x.length - 1);
    }

    /** Autocorrelations at lags 1..maxLag, as R's acf (denominator n, mean removed). */
    public static double[] acf(double[] x, int maxLag) {
        int n = x.length;
        double m = mean(x);
        double c0 = 0;
        for (double v : x) {
            c0 += (v - m) * (v - m);
        }
        double[] r = new double[maxLag];
        for (int k = 1; k <= maxLag; k++) {
            double s = 0;
            for (int t = k; t < n; t++) {
                s += (x[t] - m) * (x[t - k] - m);
            }
            r[k - 1] = c0 == 0 ? 0 : s / c0;
        }
        return r;
    }

    /** Lag-d difference: x[t] - x[t-d]. */
    public static double[] diff(double[] x, int lag) {
        if (x.length <= lag) {
            return new double[0];
        }
        double[] d = new double[x.length - lag];
        for (int t = lag; t < x.length; t++) {
            d[t - lag] = x[t] - x[t - lag];
        }
        return d;
    }

    public static boolean isConstant(double[] x) {
        for (double v : x) {
            if (v != x[0]) {
                return false;
            }
        }
        return true;
    }

    public static double min(double[] x) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : x) {
            m = Math.min(m, v);
        }
        return m;
    }

    public static boolean allFinite(double[] x) {
        for (double v : x) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    /** Ordinary least-squares line through (t, x[t]) for t = 0..n-1: {intercept, slope}. */
    public static double[] lineFit(double[] x, int n) {
        double tm = (n - 1) / 2.0;
        double xm = mean(x, 0, n);
        double sxy = 0;
        double sxx = 0;
        for (int t = 0; t < n; t++) {
            sxy += (t - tm) * (x[t] - xm);
            sxx += (t - tm) * (t - tm);
        }
        double slope = sxx == 0 ? 0 : sxy / sxx;
        return new double[] {xm - slope * tm, slope};
    }

    /** A deterministic seed from the data, so simulated intervals are reproducible run to run. */
    public static long seedOf(double[] y) {
        long h = 1125899906842597L;
        for (double v : y) {
            h = 31 * h + Double.hashCode(v);
        }
        return h;
    }
}
