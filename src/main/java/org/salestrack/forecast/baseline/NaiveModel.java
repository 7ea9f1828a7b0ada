package org.salestrack.forecast.baseline;

import java.util.LinkedHashMap;
import java.util.Map;
import org.salestrack.forecast.FittedModel;
import org.salestrack.forecast.ForecastModel;
import org.salestrack.forecast.GaussianPrediction;
import org.salestrack.forecast.SimpleFittedModel;

/**
 * The benchmark random-walk methods of forecast::naive, snaive and rwf(drift = TRUE), with their
 * analytic interval widths (Hyndman and Athanasopoulos, FPP3 section 5.5).
 */
public final class NaiveModel implements ForecastModel {

    public enum Kind { NAIVE, SEASONAL_NAIVE, DRIFT }

    private final Kind kind;

    public NaiveModel(Kind kind) {
        this.kind = kind;
    }

    @Override
    public String key() {
        return switch (kind) {
            case NAIVE -> "naive";
            case SEASONAL_NAIVE -> "snaive";
            case DRIFT -> "drift";
        };
    }

    @Override
    public FittedModel fit(double[] y, int seasonLength) {
        int n = y.length;
        if (n < 1) {
            throw new IllegalArgumentException("empty series");
        }
        int lag = kind == Kind.SEASONAL_NAIVE && n > seasonLength ? Math.max(1, seasonLength) : 1;
        double drift = kind == Kind.DRIFT && n > 1 ? (y[n - 1] - y[0]) / (n - 1) : 0.0;
        double[] fitted = new double[n];
        double sse = 0;
        int count = 0;
        for (int t = 0; t < n; t++) {
            fitted[t] = t < lag ? Double.NaN : y[t - lag] + drift;
            if (t >= lag) {
                double e = y[t] - fitted[t];
                sse += e * e;
                count++;
            }
        }
        double sigma = count == 0 ? 0 : Math.sqrt(sse / Math.max(1, count - (kind == Kind.DRIFT ? 1 : 0)));
        Map<String, Double> params = new LinkedHashMap<>();
        if (kind == Kind.DRIFT) {
            params.put("drift", drift);
        }
        params.put("sigma", sigma);
        String name = switch (kind) {
            case NAIVE -> "Naive";
            case SEASONAL_NAIVE -> lag > 1 ? "Seasonal naive[" + lag + "]" : "Naive";
            case DRIFT -> "Random walk with drift";
        };
        int finalLag = lag;
        return new SimpleFittedModel(name, params, fitted, Double.NaN, h -> {
            double[] mean = new double[h];
            double[] sd = new double[h];
            for (int i = 0; i < h; i++) {
                int step = i + 1;
                mean[i] = y[n - finalLag + (i % finalLag)] + drift * step;
                double factor = switch (kind) {
                    case NAIVE -> step;
                    case SEASONAL_NAIVE -> Math.floor((step - 1.0) / finalLag) + 1;
                    case DRIFT -> step * (1.0 + step / (double) Math.max(1, n - 1));
                };
                sd[i] = sigma * Math.sqrt(factor);
            }
            return new GaussianPrediction(mean, sd);
        });
    }
}
