package org.salestrack.forecast.accuracy;

import java.util.Arrays;
import org.salestrack.forecast.FittedModel;
import org.salestrack.forecast.ForecastModel;
import org.salestrack.forecast.Prediction;

/**
 * Out-of-sample evaluation: a single holdout (fit on all but the last h points) or rolling origin
 * (Tashman 2000): refit at each of several forecast origins, score the next h points, average.
 */
public final class Backtest {
    private Backtest() {}

    /** Fits on y[0 .. n-h) and scores the forecast of the last h points. */
    public static BacktestResult holdout(ForecastModel model, double[] y, int seasonLength, int h) {
        return rollingOrigin(model, y, seasonLength, h, 1);
    }

    /**
     * Origins at n-h, n-h-1, ... (origins of them), each scoring the following h points; the measures
     * are averaged over origins. The model name reported is the one fitted at the last origin.
     */
    public static BacktestResult rollingOrigin(ForecastModel model, double[] y, int seasonLength, int h, int origins) {
        if (h < 1 || origins < 1) {
            throw new IllegalArgumentException("horizon and origins must be at least 1");
        }
        if (y.length - h - (origins - 1) < 2) {
            throw new IllegalArgumentException("series of " + y.length + " points is too short to hold out " + h);
        }
        double[] sums = new double[6];
        String name = null;
        for (int k = 0; k < origins; k++) {
            int end = y.length - h - k;
            double[] train = Arrays.copyOf(y, end);
            double[] actual = Arrays.copyOfRange(y, end, end + h);
            FittedModel fit = model.fit(train, seasonLength);
            if (name == null) {
                name = fit.name();
            }
            Prediction p = fit.predict(h);
            double[] f = p.mean();
            sums[0] += Accuracy.mape(actual, f);
            sums[1] += Accuracy.smape(actual, f);
            sums[2] += Accuracy.wape(actual, f);
            sums[3] += Accuracy.rmse(actual, f);
            sums[4] += Accuracy.mase(actual, f, train, seasonLength);
            sums[5] += Accuracy.coverage(actual, p.quantile(0.1), p.quantile(0.9));
        }
        return new BacktestResult(name, origins, h, sums[0] / origins, sums[1] / origins, sums[2] / origins,
                sums[3] / origins, sums[4] / origins, sums[5] / origins);
    }
}
