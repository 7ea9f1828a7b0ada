package org.salestrack.forecast;

import org.hipparchus.distribution.continuous.NormalDistribution;

/** A prediction whose per-step distribution is normal with an analytic standard deviation. */
public final class GaussianPrediction implements Prediction {
    private static final NormalDistribution STANDARD = new NormalDistribution(0, 1);
    private final double[] mean;
    private final double[] sd;

    public GaussianPrediction(double[] mean, double[] sd) {
        if (mean.length != sd.length) {
            throw new IllegalArgumentException("mean and sd differ in length");
        }
        this.mean = mean.clone();
        this.sd = sd.clone();
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    /** Standard deviation per step. */
    public double[] sd() {
        return sd.clone();
    }

    @Override
    public double[] quantile(double p) {
        double z = normalQuantile(p);
        double[] q = new double[mean.length];
        for (int i = 0; i < q.length; i++) {
            q[i] = mean[i] + z * sd[i];
        }
        return q;
    }

    public static double normalQuantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("quantile level must be in (0,1): " + p);
        }
        return STANDARD.inverseCumulativeProbability(p);
    }
}
