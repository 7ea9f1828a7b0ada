package org.salestrack.forecast;

import java.util.Arrays;

/**
 * A prediction whose distribution is represented by simulated future sample paths, used where no
 * closed-form variance exists (multiplicative ETS, intermittent demand, bootstrapped residuals).
 */
public final class SampledPrediction implements Prediction {
    private final double[] mean;
    /** sorted[step] holds every path's value at that step, ascending. */
    private final double[][] sorted;

    /**
     * @param mean  point forecasts (the model's own, not necessarily the sample mean)
     * @param paths paths[k][step]: simulated value of path k at that step
     */
    public SampledPrediction(double[] mean, double[][] paths) {
        if (paths.length == 0) {
            throw new IllegalArgumentException("no sample paths");
        }
        this.mean = mean.clone();
        this.sorted = new double[mean.length][paths.length];
        for (int k = 0; k < paths.length; k++) {
            for (int s = 0; s < mean.length; s++) {
                sorted[s][k] = paths[k][s];
            }
        }
        for (double[] column : sorted) {
            Arrays.sort(column);
        }
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] quantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("quantile level must be in (0,1): " + p);
        }
        double[] q = new double[mean.length];
        for (int s = 0; s < q.length; s++) {
            q[s] = interpolate(sorted[s], p);
        }
        return q;
    }

    /**
     * A prediction whose paths are simulated only when a quantile is first asked for: inventory planning
     * reads the means of a hundred thousand store x SKU forecasts and no quantile of them.
     */
    public static Prediction lazy(double[] mean, java.util.function.Supplier<double[][]> paths) {
        double[] means = mean.clone();
        return new Prediction() {
            private SampledPrediction sampled;

            @Override
            public double[] mean() { return means.clone(); }

            @Override
            public synchronized double[] quantile(double p) {
                if (sampled == null) sampled = new SampledPrediction(means, paths.get());
                return sampled.quantile(p);
            }
        };
    }

    /** Hyndman-Fan type 7 (R's default) sample quantile of sorted values. */
    static double interpolate(double[] v, double p) {
        double h = (v.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, v.length - 1);
        return v[lo] + (h - lo) * (v[hi] - v[lo]);
    }
}
