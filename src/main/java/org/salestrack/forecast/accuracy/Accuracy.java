package org.salestrack.forecast.accuracy;

/**
 * Point and interval accuracy measures over a forecast horizon (Hyndman and Koehler 2006). Percentage
 * measures skip nothing: a zero actual makes MAPE infinite, which is the honest answer; use WAPE or MASE
 * for series with zeros.
 */
public final class Accuracy {
    private Accuracy() {}

    /** Mean absolute percentage error, in percent. */
    public static double mape(double[] actual, double[] forecast) {
        check(actual, forecast);
        double s = 0;
        for (int i = 0; i < actual.length; i++) {
            s += Math.abs((actual[i] - forecast[i]) / actual[i]);
        }
        return 100 * s / actual.length;
    }

    /** Symmetric MAPE as scored in the M3 competition: mean of 200 |y - f| / (|y| + |f|); 0 when both are 0. */
    public static double smape(double[] actual, double[] forecast) {
        check(actual, forecast);
        double s = 0;
        for (int i = 0; i < actual.length; i++) {
            double denominator = Math.abs(actual[i]) + Math.abs(forecast[i]);
            s += denominator == 0 ? 0 : 200 * Math.abs(actual[i] - forecast[i]) / denominator;
        }
        return s / actual.length;
    }

    /** Weighted absolute percentage error: sum |y - f| / sum |y|, in percent. */
    public static double wape(double[] actual, double[] forecast) {
        check(actual, forecast);
        double num = 0;
        double den = 0;
        for (int i = 0; i < actual.length; i++) {
            num += Math.abs(actual[i] - forecast[i]);
            den += Math.abs(actual[i]);
        }
        return 100 * num / den;
    }

    public static double rmse(double[] actual, double[] forecast) {
        check(actual, forecast);
        double s = 0;
        for (int i = 0; i < actual.length; i++) {
            s += (actual[i] - forecast[i]) * (actual[i] - forecast[i]);
        }
        return Math.sqrt(s / actual.length);
    }

    /**
     * Mean absolute scaled error: MAE of the forecast divided by the in-sample MAE of the seasonal naive
     * method on the training data (lag m; lag 1 when m = 1 or the training data is shorter than m + 1).
     */
    public static double mase(double[] actual, double[] forecast, double[] training, int m) {
        check(actual, forecast);
        return mae(actual, forecast) / naiveScale(training, m);
    }

    /** The MASE denominator: in-sample mean absolute seasonal difference. */
    public static double naiveScale(double[] training, int m) {
        int lag = m > 1 && training.length > m ? m : 1;
        if (training.length <= lag) {
            throw new IllegalArgumentException("training data too short to scale MASE");
        }
        double s = 0;
        for (int t = lag; t < training.length; t++) {
            s += Math.abs(training[t] - training[t - lag]);
        }
        return s / (training.length - lag);
    }

    public static double mae(double[] actual, double[] forecast) {
        check(actual, forecast);
        double s = 0;
        for (int i = 0; i < actual.length; i++) {
            s += Math.abs(actual[i] - forecast[i]);
        }
        return s / actual.length;
    }

    /** Share of actuals inside [lower, upper], in percent. */
    public static double coverage(double[] actual, double[] lower, double[] upper) {
        check(actual, lower);
        check(actual, upper);
        int inside = 0;
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] >= lower[i] && actual[i] <= upper[i]) {
                inside++;
            }
        }
        return 100.0 * inside / actual.length;
    }

    private static void check(double[] a, double[] b) {
        if (a.length != b.length || a.length == 0) {
            throw new IllegalArgumentException("actual and forecast must be non-empty and of equal length");
        }
    }
}
