package org.salestrack.forecast.stl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.salestrack.forecast.FittedModel;
import org.salestrack.forecast.ForecastModel;
import org.salestrack.forecast.Prediction;
import org.salestrack.forecast.SimpleFittedModel;
import org.salestrack.forecast.ets.EtsFit;
import org.salestrack.forecast.ets.EtsModel;
import org.salestrack.forecast.ets.EtsSpec;
import org.salestrack.forecast.util.Stl;

/**
 * STL decomposition, ETS on the seasonally adjusted series and a seasonal naive forecast of each seasonal
 * component, as forecast::stlf over mstl. Handles what ETS cannot: long seasons (weekly data, m = 52) and
 * several seasons at once (daily store data: weekly and yearly, m = 7 gets 365 added when the history
 * covers two years).
 */
public final class StlEtsModel implements ForecastModel {
    private static final int ITERATIONS = 2;
    private static final EtsModel NON_SEASONAL_ETS = new EtsModel(List.of(
            EtsSpec.of("ANN", false), EtsSpec.of("AAN", false), EtsSpec.of("AAN", true),
            EtsSpec.of("MNN", false), EtsSpec.of("MAN", false), EtsSpec.of("MAN", true)));

    @Override
    public String key() {
        return "stl";
    }

    /** The seasonal periods used for a series of this season length and length. */
    static int[] periods(int m, int n) {
        List<Integer> out = new ArrayList<>();
        if (m > 1 && n > 2 * m) {
            out.add(m);
        }
        if (m == 7 && n > 2 * 365) {
            out.add(365);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public FittedModel fit(double[] y, int seasonLength) {
        int n = y.length;
        if (n < 4) {
            throw new IllegalArgumentException("STL needs at least 4 observations");
        }
        int[] periods = periods(seasonLength, n);
        double[][] seasonals = decompose(y, periods);
        double[] adjusted = y.clone();
        for (double[] s : seasonals) {
            for (int t = 0; t < n; t++) {
                adjusted[t] -= s[t];
            }
        }
        EtsFit ets = NON_SEASONAL_ETS.fit(adjusted, 1);
        double[] fitted = ets.fitted();
        for (double[] s : seasonals) {
            for (int t = 0; t < n; t++) {
                fitted[t] += s[t];
            }
        }
        Map<String, Double> params = new LinkedHashMap<>(ets.parameters());
        for (int i = 0; i < periods.length; i++) {
            params.put("period" + (i + 1), (double) periods[i]);
        }
        String name = periods.length == 0 ? ets.name() : "STL" + Arrays.toString(periods) + "+" + ets.name();
        return new SimpleFittedModel(name, params, fitted, Double.NaN, h -> {
            Prediction base = ets.predict(h);
            double[] shift = new double[h];
            for (int k = 0; k < periods.length; k++) {
                for (int i = 0; i < h; i++) {
                    int p = periods[k];
                    shift[i] += seasonals[k][n - p + (i % p)];
                }
            }
            return new ShiftedPrediction(base, shift);
        });
    }

    /** Multiple seasonal decomposition by iterated STL (Bandara, Hyndman and Bergmeir 2021). */
    private static double[][] decompose(double[] y, int[] periods) {
        int n = y.length;
        double[][] seasonals = new double[periods.length][n];
        for (int iter = 0; iter < (periods.length > 1 ? ITERATIONS : 1); iter++) {
            for (int k = 0; k < periods.length; k++) {
                double[] partial = y.clone();
                for (int j = 0; j < periods.length; j++) {
                    if (j != k) {
                        for (int t = 0; t < n; t++) {
                            partial[t] -= seasonals[j][t];
                        }
                    }
                }
                seasonals[k] = Stl.decompose(partial, periods[k], 7 + 4 * (k + 1))[1];
            }
        }
        return seasonals;
    }

    /** A prediction moved by a known amount per step (the seasonal component). */
    private record ShiftedPrediction(Prediction base, double[] shift) implements Prediction {
        @Override
        public double[] mean() {
            return add(base.mean());
        }

        @Override
        public double[] quantile(double p) {
            return add(base.quantile(p));
        }

        private double[] add(double[] v) {
            double[] out = v.clone();
            for (int i = 0; i < out.length; i++) {
                out[i] += shift[i];
            }
            return out;
        }
    }
}
