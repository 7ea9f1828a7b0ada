package org.salestrack.forecast;

/** A forecast over a horizon: a point forecast (mean) and any quantile of the predictive distribution. */
public interface Prediction {

    /** Point forecasts, one per step ahead. */
    double[] mean();

    /** The p-quantile per step ahead, for 0 &lt; p &lt; 1 (p = 0.1 gives P10, 0.9 gives P90). */
    double[] quantile(double p);

    default int horizon() {
        return mean().length;
    }

    /** This prediction with the mean and every quantile floored at zero, for unit counts. */
    default Prediction floorAtZero() {
        return new FlooredPrediction(this);
    }
}
