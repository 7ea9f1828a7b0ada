package org.salestrack.forecast.baseline;

import java.util.LinkedHashMap;
import java.util.Map;
import org.salestrack.forecast.FittedModel;
import org.salestrack.forecast.ForecastModel;
import org.salestrack.forecast.GaussianPrediction;
import org.salestrack.forecast.SimpleFittedModel;
import org.salestrack.forecast.util.ClassicalDecomposition;
import org.salestrack.forecast.util.SeasonalityTest;

/**
 * Naive2 of the M competitions: the naive forecast of the seasonally adjusted series (classical
 * multiplicative decomposition, applied only when the 90% autocorrelation test finds seasonality),
 * reseasonalised. The yardstick every method in the M3 table is compared against.
 */
public final class Naive2Model implements ForecastModel {

    @Override
    public String key() {
        return "naive2";
    }

    @Override
    public FittedModel fit(double[] y, int seasonLength) {
        int n = y.length;
        if (n < 1) {
            throw new IllegalArgumentException("empty series");
        }
        boolean seasonal = SeasonalityTest.isSeasonal(y, seasonLength) && positive(y);
        ClassicalDecomposition dec = seasonal ? ClassicalDecomposition.of(y, seasonLength, true) : null;
        double[] sa = dec == null ? y : dec.adjust(y);
        double[] fitted = new double[n];
        double sse = 0;
        fitted[0] = Double.NaN;
        for (int t = 1; t < n; t++) {
            fitted[t] = dec == null ? sa[t - 1] : dec.reseasonalise(sa[t - 1], t);
            sse += (y[t] - fitted[t]) * (y[t] - fitted[t]);
        }
        double sigma = n > 1 ? Math.sqrt(sse / (n - 1)) : 0;
        Map<String, Double> params = new LinkedHashMap<>();
        params.put("sigma", sigma);
        return new SimpleFittedModel(seasonal ? "Naive2 (seasonally adjusted)" : "Naive2", params, fitted, Double.NaN, h -> {
            double[] mean = new double[h];
            double[] sd = new double[h];
            for (int i = 0; i < h; i++) {
                mean[i] = dec == null ? sa[n - 1] : dec.reseasonalise(sa[n - 1], n + i);
                sd[i] = sigma * Math.sqrt(i + 1.0);
            }
            return new GaussianPrediction(mean, sd);
        });
    }

    private static boolean positive(double[] y) {
        for (double v : y) {
            if (v <= 0) {
                return false;
            }
        }
        return true;
    }
}
