package org.salestrack.forecast.arima;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.salestrack.forecast.FittedModel;
import org.salestrack.forecast.GaussianPrediction;
import org.salestrack.forecast.Prediction;

/**
 * A fitted ARIMA model. Forecasts run the Kalman state of the differenced series forward and undo the
 * differencing; the forecast variance is sigma^2 times the running sum of squared psi weights of the full
 * model (differencing included), which is what R's predict.Arima gives once the state is known.
 */
public final class ArimaFit implements FittedModel {
    private final ArimaEstimate estimate;
    private final double[] y;

    ArimaFit(ArimaEstimate estimate, double[] y) {
        this.estimate = estimate;
        this.y = y.clone();
    }

    public ArimaOrder order() {
        return estimate.order();
    }

    public double logLik() {
        return estimate.logLik();
    }

    public double sigma2() {
        return estimate.sigma2();
    }

    public double aic() {
        return estimate.aic();
    }

    @Override
    public String name() {
        return estimate.order().name();
    }

    @Override
    public Map<String, Double> parameters() {
        Map<String, Double> p = new LinkedHashMap<>();
        put(p, "ar", estimate.ar());
        put(p, "ma", estimate.ma());
        put(p, "sar", estimate.sar());
        put(p, "sma", estimate.sma());
        ArimaOrder o = estimate.order();
        if (o.constant()) {
            p.put(o.d() + o.bigD() == 0 ? "mean" : "drift", estimate.constant());
        }
        p.put("sigma2", estimate.sigma2());
        return p;
    }

    private static void put(Map<String, Double> p, String prefix, double[] values) {
        for (int i = 0; i < values.length; i++) {
            p.put(prefix + (i + 1), values[i]);
        }
    }

    @Override
    public double[] fitted() {
        int offset = y.length - estimate.differenced().length;
        double[] f = new double[y.length];
        Arrays.fill(f, Double.NaN);
        double[] e = estimate.innovations();
        for (int t = offset; t < y.length; t++) {
            f[t] = y[t] - e[t - offset];
        }
        return f;
    }

    @Override
    public double aicc() {
        return estimate.aicc();
    }

    @Override
    public Prediction predict(int horizon) {
        ArimaOrder o = estimate.order();
        double[] phi = estimate.fullAr();
        double[] theta = estimate.fullMa();
        double[] a = estimate.filteredState().clone();
        int r = a.length;
        double[] wHat = new double[horizon];
        for (int i = 0; i < horizon; i++) {
            double a0 = a[0];
            for (int j = 0; j < r; j++) {
                a[j] = (j < phi.length ? phi[j] : 0) * a0 + (j + 1 < r ? a[j + 1] : 0);
            }
            wHat[i] = a[0] + estimate.constant();
        }
        double[] delta = ArmaPolynomials.differencing(o.d(), o.bigD(), o.m());
        int n = y.length;
        double[] ext = Arrays.copyOf(y, n + horizon);
        double[] mean = new double[horizon];
        for (int i = 0; i < horizon; i++) {
            double v = wHat[i];
            for (int k = 0; k < delta.length; k++) {
                v += delta[k] * ext[n + i - k - 1];
            }
            ext[n + i] = v;
            mean[i] = v;
        }
        double[] psi = ArmaPolynomials.psiWeights(withDifferencing(phi, delta), theta, horizon);
        // forecast::Arima's degrees-of-freedom correction of the ML variance, for honest small-sample bands
        int used = estimate.differenced().length;
        int npar = o.coefficientCount() + 1;
        double variance = used - npar + 1 > 0 ? estimate.sigma2() * used / (used - npar + 1) : estimate.sigma2();
        double[] sd = new double[horizon];
        double sum = 0;
        for (int i = 0; i < horizon; i++) {
            sum += psi[i] * psi[i];
            sd[i] = Math.sqrt(variance * sum);
        }
        return new GaussianPrediction(mean, sd);
    }

    /** AR coefficients of phi(B) times the differencing operator, in the same y = sum c y_{t-k} convention. */
    private static double[] withDifferencing(double[] phi, double[] delta) {
        double[] a = new double[phi.length + 1];
        a[0] = 1;
        for (int i = 0; i < phi.length; i++) {
            a[i + 1] = -phi[i];
        }
        double[] b = new double[delta.length + 1];
        b[0] = 1;
        for (int i = 0; i < delta.length; i++) {
            b[i + 1] = -delta[i];
        }
        double[] c = new double[a.length + b.length - 1];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                c[i + j] += a[i] * b[j];
            }
        }
        double[] out = new double[c.length - 1];
        for (int k = 1; k < c.length; k++) {
            out[k - 1] = -c[k];
        }
        return out;
    }
}
