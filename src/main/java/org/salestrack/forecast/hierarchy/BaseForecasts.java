package org.salestrack.forecast.hierarchy;

/**
 * The inputs to reconciliation, all indexed [node][...] in the hierarchy's node order: base forecast means
 * [node][step]; optionally P10 and P90 [node][step]; in-sample one-step residuals [node][time] (for WLS on
 * variances and MinT, and for the correlation used by reconciled intervals); and the leaves' sales history
 * [leaf][time] for top-down by historical proportions. Absent parts are null.
 */
public record BaseForecasts(double[][] mean, double[][] p10, double[][] p90, double[][] residuals, double[][] bottomHistory) {

    public static BaseForecasts of(double[][] mean) {
        return new BaseForecasts(mean, null, null, null, null);
    }

    public BaseForecasts withIntervals(double[][] p10, double[][] p90) {
        return new BaseForecasts(mean, p10, p90, residuals, bottomHistory);
    }

    public BaseForecasts withResiduals(double[][] residuals) {
        return new BaseForecasts(mean, p10, p90, residuals, bottomHistory);
    }

    public BaseForecasts withBottomHistory(double[][] bottomHistory) {
        return new BaseForecasts(mean, p10, p90, residuals, bottomHistory);
    }

    public int horizon() {
        return mean[0].length;
    }

    public boolean hasIntervals() {
        return p10 != null && p90 != null;
    }
}
