package org.salestrack.forecast.hierarchy;

/**
 * Coherent forecasts [node][step] in the hierarchy's node order. P10/P90 are null when the base forecasts
 * had no intervals; {@code shrinkageLambda} is the Schäfer-Strimmer intensity whenever the residual
 * covariance was estimated (MinT, WLS on variances, or any method with intervals and residuals), else NaN.
 */
public record ReconciledForecasts(ReconciliationMethod method, double[][] mean, double[][] p10, double[][] p90,
                                  double shrinkageLambda) {

    public double[] mean(int node) {
        return mean[node].clone();
    }

    public boolean hasIntervals() {
        return p10 != null && p90 != null;
    }
}
