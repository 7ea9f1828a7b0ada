package org.salestrack.forecast;

/**
 * A prediction multiplied step by step by known positive factors (seasonal indices put back on a
 * seasonally adjusted forecast): scaling by a positive constant maps every quantile to the scaled quantile.
 */
public final class ScaledPrediction implements Prediction {
    private final Prediction inner;
    private final double[] factors;

    public ScaledPrediction(Prediction inner, double[] factors) {
        if (factors.length != inner.horizon()) throw new IllegalArgumentException("one factor per step");
        for (double f : factors) {
            if (!(f > 0)) throw new IllegalArgumentException("factors must be positive");
        }
        this.inner = inner;
        this.factors = factors.clone();
    }

    @Override
    public double[] mean() {
        return scale(inner.mean());
    }

    @Override
    public double[] quantile(double p) {
        return scale(inner.quantile(p));
    }

    private double[] scale(double[] v) {
        double[] out = v.clone();
        for (int i = 0; i < out.length; i++) out[i] *= factors[i];
        return out;
    }
}
