package org.salestrack.forecast.ets;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.salestrack.forecast.FittedModel;
import org.salestrack.forecast.GaussianPrediction;
import org.salestrack.forecast.Prediction;
import org.salestrack.forecast.SampledPrediction;
import org.salestrack.forecast.util.Stats;

/**
 * A fitted ETS model. Linear models (class 1) get the closed-form forecast variance of Hyndman et al.
 * (2008, ch. 6); the others get quantiles from simulated sample paths of the model itself, with its point
 * forecast as the mean, as forecast::forecast.ets does with simulate = TRUE.
 */
public final class EtsFit implements FittedModel {
    static final int SAMPLE_PATHS = 2000;

    private final EtsEstimate estimate;
    private final long seed;

    EtsFit(EtsEstimate estimate, double[] y) {
        this.estimate = estimate;
        this.seed = Stats.seedOf(y);
    }

    public EtsSpec spec() {
        return estimate.spec();
    }

    public double logLik() {
        return estimate.logLik();
    }

    public double sigma2() {
        return estimate.sigma2();
    }

    @Override
    public String name() {
        return estimate.spec().name();
    }

    @Override
    public Map<String, Double> parameters() {
        Map<String, Double> p = new LinkedHashMap<>();
        EtsSpec spec = estimate.spec();
        p.put("alpha", estimate.alpha());
        if (spec.hasTrend()) {
            p.put("beta", estimate.beta());
        }
        if (spec.hasSeason()) {
            p.put("gamma", estimate.gamma());
        }
        if (spec.damped()) {
            p.put("phi", estimate.phi());
        }
        double[] x0 = estimate.initialState();
        p.put("l0", x0[0]);
        int k = 1;
        if (spec.hasTrend()) {
            p.put("b0", x0[k++]);
        }
        for (int i = 0; k < x0.length; i++, k++) {
            p.put("s" + i, x0[k]);
        }
        p.put("sigma2", estimate.sigma2());
        return p;
    }

    @Override
    public double[] fitted() {
        return estimate.fitted().clone();
    }

    @Override
    public double aicc() {
        return estimate.aicc();
    }

    public double aic() {
        return estimate.aic();
    }

    @Override
    public Prediction predict(int horizon) {
        double[] mean = estimate.filter().pointForecasts(estimate.finalState(), horizon);
        if (estimate.spec().isLinear()) {
            return new GaussianPrediction(mean, linearSd(horizon));
        }
        return new SampledPrediction(mean, simulate(horizon));
    }

    /** sd_h = sigma sqrt(1 + sum_{j<h} c_j^2) with c_j = w' F^(j-1) g for the additive state space. */
    private double[] linearSd(int h) {
        EtsSpec spec = estimate.spec();
        int m = estimate.m();
        double phi = spec.damped() ? estimate.phi() : 1.0;
        double vl = estimate.alpha();
        double vb = spec.hasTrend() ? estimate.beta() : 0;
        double[] vs = new double[spec.hasSeason() ? m : 0];
        if (vs.length > 0) {
            vs[0] = estimate.gamma();
        }
        double[] sd = new double[h];
        double sum = 1;
        for (int j = 1; j <= h; j++) {
            sd[j - 1] = Math.sqrt(estimate.sigma2() * sum);
            double c = vl + phi * vb + (vs.length > 0 ? vs[m - 1] : 0);
            sum += c * c;
            vl = vl + phi * vb;
            vb = phi * vb;
            if (vs.length > 0) {
                double last = vs[m - 1];
                System.arraycopy(vs, 0, vs, 1, m - 1);
                vs[0] = last;
            }
        }
        return sd;
    }

    private double[][] simulate(int h) {
        EtsFilter filter = estimate.filter();
        double sigma = Math.sqrt(estimate.sigma2());
        SplittableRandom random = new SplittableRandom(seed);
        double[][] paths = new double[SAMPLE_PATHS][h];
        double[] state = new double[estimate.finalState().length];
        double[] next = new double[state.length];
        for (double[] path : paths) {
            System.arraycopy(estimate.finalState(), 0, state, 0, state.length);
            for (int i = 0; i < h; i++) {
                double f = filter.oneStep(state);
                double e = sigma * gaussian(random);
                double y = estimate.spec().error() == 'A' ? f + e : f * (1 + e);
                path[i] = Double.isNaN(y) ? f : y;
                filter.update(state, next, path[i]);
                double[] swap = state;
                state = next;
                next = swap;
            }
        }
        return paths;
    }

    static double gaussian(SplittableRandom random) {
        // Box-Muller; SplittableRandom has no nextGaussian on Java 17
        double u = random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }
}
