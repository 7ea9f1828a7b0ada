package org.salestrack.forecast.theta;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.salestrack.forecast.FittedModel;
import org.salestrack.forecast.ForecastModel;
import org.salestrack.forecast.GaussianPrediction;
import org.salestrack.forecast.SimpleFittedModel;
import org.salestrack.forecast.ets.EtsFit;
import org.salestrack.forecast.ets.EtsModel;
import org.salestrack.forecast.ets.EtsSpec;
import org.salestrack.forecast.util.ClassicalDecomposition;
import org.salestrack.forecast.util.SeasonalityTest;
import org.salestrack.forecast.util.Stats;

/**
 * The Theta method of Assimakopoulos and Nikolopoulos (2000) in the form of forecast::thetaf (Hyndman and
 * Billah 2003: simple exponential smoothing with drift equal to half the slope of the linear trend), with
 * classical multiplicative seasonal adjustment when the 90% autocorrelation test finds seasonality.
 */
public final class ThetaModel implements ForecastModel {
    private static final EtsModel SES = new EtsModel(List.of(EtsSpec.of("ANN", false)));

    @Override
    public String key() {
        return "theta";
    }

    @Override
    public FittedModel fit(double[] y, int seasonLength) {
        int n = y.length;
        if (n < 4 || !Stats.allFinite(y)) {
            throw new IllegalArgumentException("Theta needs at least 4 finite observations");
        }
        ClassicalDecomposition dec = null;
        if (SeasonalityTest.isSeasonal(y, seasonLength) && Stats.min(y) > 0) {
            ClassicalDecomposition candidate = ClassicalDecomposition.of(y, seasonLength, true);
            if (Stats.min(absolute(candidate.figure())) >= 1e-4) {
                dec = candidate;
            }
        }
        double[] x = dec == null ? y : dec.adjust(y);
        EtsFit ses = SES.fit(x, 1);
        double alpha = Math.max(1e-10, ses.parameters().get("alpha"));
        double drift = Stats.lineFit(x, n)[1] / 2;
        double sigma = Math.sqrt(ses.sigma2());
        double[] sesFitted = ses.fitted();
        double[] fitted = new double[n];
        for (int t = 0; t < n; t++) {
            fitted[t] = dec == null ? sesFitted[t] : dec.reseasonalise(sesFitted[t], t);
        }
        Map<String, Double> params = new LinkedHashMap<>();
        params.put("alpha", alpha);
        params.put("drift", drift);
        params.put("l0", ses.parameters().get("l0"));
        params.put("sigma2", ses.sigma2());
        ClassicalDecomposition seasonal = dec;
        String name = dec == null ? "Theta" : "Theta (seasonally adjusted)";
        return new SimpleFittedModel(name, params, fitted, Double.NaN, h -> {
            double[] base = ses.predict(h).mean();
            double[] mean = new double[h];
            double[] sd = new double[h];
            double tail = (1 - Math.pow(1 - alpha, n)) / alpha;
            for (int i = 0; i < h; i++) {
                double m = base[i] + drift * (i + tail);
                double s = sigma * Math.sqrt(i * alpha * alpha + 1);
                mean[i] = seasonal == null ? m : seasonal.reseasonalise(m, n + i);
                sd[i] = seasonal == null ? s : s * seasonal.index(n + i);
            }
            return new GaussianPrediction(mean, sd);
        });
    }

    private static double[] absolute(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Math.abs(v[i]);
        }
        return out;
    }
}
