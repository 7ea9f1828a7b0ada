package org.salestrack.forecast;

/**
 * Floors a prediction at zero. Flooring quantiles is exact (the quantile of max(Y,0) is max(q,0)); flooring
 * the mean is a deliberate simplification: units sold cannot be negative and the UI must not show it.
 */
final class FlooredPrediction implements Prediction {
    private final Prediction inner;

    FlooredPrediction(Prediction inner) {
        this.inner = inner;
    }

    @Override
    public double[] mean() {
        return floor(inner.mean());
    }

    @Override
    public double[] quantile(double p) {
        return floor(inner.quantile(p));
    }

    @Override
    public Prediction floorAtZero() {
        return this;
    }

    private static double[] floor(double[] v) {
        double[] out = v.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.max(0.0, out[i]);
        }
        return out;
    }
}
