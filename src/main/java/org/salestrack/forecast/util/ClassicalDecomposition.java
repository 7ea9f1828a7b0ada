package org.salestrack.forecast.util;

/**
 * Classical decomposition by moving averages, as R's {@code decompose}: a centred 2x m moving average for
 * the trend, seasonal indices averaged by position in the cycle and normalised. Seasonal position is taken
 * as t mod m from the first observation; only consistency matters, not the calendar.
 */
public final class ClassicalDecomposition {
    private final boolean multiplicative;
    private final double[] figure;

    private ClassicalDecomposition(boolean multiplicative, double[] figure) {
        this.multiplicative = multiplicative;
        this.figure = figure;
    }

    /** Requires at least two full cycles, as decompose does. */
    public static ClassicalDecomposition of(double[] x, int m, boolean multiplicative) {
        int n = x.length;
        if (m < 2 || n < 2 * m) {
            throw new IllegalArgumentException("decomposition needs two full cycles");
        }
        double[] trend = movingAverage(x, m);
        double[] sum = new double[m];
        int[] count = new int[m];
        for (int t = 0; t < n; t++) {
            if (!Double.isNaN(trend[t])) {
                double d = multiplicative ? x[t] / trend[t] : x[t] - trend[t];
                if (Double.isFinite(d)) {
                    sum[t % m] += d;
                    count[t % m]++;
                }
            }
        }
        double[] figure = new double[m];
        double avg = 0;
        for (int i = 0; i < m; i++) {
            figure[i] = count[i] == 0 ? (multiplicative ? 1 : 0) : sum[i] / count[i];
            avg += figure[i] / m;
        }
        for (int i = 0; i < m; i++) {
            figure[i] = multiplicative ? figure[i] / avg : figure[i] - avg;
        }
        return new ClassicalDecomposition(multiplicative, figure);
    }

    /** Centred moving average of order m (2x m when m is even); NaN where it is undefined. */
    public static double[] movingAverage(double[] x, int m) {
        int n = x.length;
        double[] out = new double[n];
        java.util.Arrays.fill(out, Double.NaN);
        int half = m / 2;
        for (int t = half; t < n - half; t++) {
            double s = 0;
            if (m % 2 == 1) {
                for (int k = -half; k <= half; k++) {
                    s += x[t + k];
                }
                out[t] = s / m;
            } else {
                s = 0.5 * x[t - half] + 0.5 * x[t + half];
                for (int k = -half + 1; k < half; k++) {
                    s += x[t + k];
                }
                out[t] = s / m;
            }
        }
        return out;
    }

    /** The seasonal index at absolute time t (t may run past the data, for forecasts). */
    public double index(int t) {
        return figure[Math.floorMod(t, figure.length)];
    }

    public double[] figure() {
        return figure.clone();
    }

    public double[] adjust(double[] x) {
        double[] out = new double[x.length];
        for (int t = 0; t < x.length; t++) {
            out[t] = multiplicative ? x[t] / index(t) : x[t] - index(t);
        }
        return out;
    }

    public double reseasonalise(double value, int t) {
        return multiplicative ? value * index(t) : value + index(t);
    }
}
