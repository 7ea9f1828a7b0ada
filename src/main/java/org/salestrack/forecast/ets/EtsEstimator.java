package org.salestrack.forecast.ets;

import java.util.Optional;
import org.salestrack.forecast.util.NelderMead;

/**
 * Fits one ETS model by maximum likelihood, as forecast's {@code etsmodel}: smoothing parameters and
 * initial states are optimised together by Nelder-Mead (2,000 evaluations, relative tolerance
 * sqrt(machine epsilon)) inside the admissible space, starting from forecast's {@code initparam} values.
 */
final class EtsEstimator {
    /** forecast::ets's optimiser budget */
    static final int MAX_EVALUATIONS = 2000;
    private static final double REL_TOL = Math.sqrt(Math.ulp(1.0));
    private static final NelderMead OPTIMIZER = new NelderMead(REL_TOL, MAX_EVALUATIONS);

    private EtsEstimator() {}

    /** Empty when the series is too short for the model's parameter count. */
    static Optional<EtsEstimate> fit(double[] y, int seasonLength, EtsSpec spec) {
        return fit(y, seasonLength, spec, OPTIMIZER);
    }

    /** The same with a smaller optimiser budget (the combination inside auto). */
    static Optional<EtsEstimate> fit(double[] y, int seasonLength, EtsSpec spec, int maxEvaluations) {
        return fit(y, seasonLength, spec, maxEvaluations == MAX_EVALUATIONS ? OPTIMIZER : new NelderMead(REL_TOL, maxEvaluations));
    }

    private static Optional<EtsEstimate> fit(double[] y, int seasonLength, EtsSpec spec, NelderMead optimizer) {
        int m = spec.hasSeason() ? seasonLength : 1;
        int n = y.length;
        double[] lower = EtsAdmissibility.LOWER.clone();
        double[] upper = EtsAdmissibility.UPPER.clone();
        double alpha = lower[0] + 0.2 * (upper[0] - lower[0]) / m;
        if (alpha > 1 || alpha < 0) {
            alpha = lower[0] + 2e-3;
        }
        double beta = Double.NaN;
        double gamma = Double.NaN;
        double phi = Double.NaN;
        if (spec.hasTrend()) {
            double ub = Math.min(upper[1], alpha);
            beta = lower[1] + 0.1 * (ub - lower[1]);
            if (beta < 0 || beta > alpha) {
                beta = alpha - 1e-3;
            }
        }
        if (spec.hasSeason()) {
            double ug = Math.min(upper[2], 1 - alpha);
            gamma = lower[2] + 0.05 * (ug - lower[2]);
            if (gamma < 0 || gamma > 1 - alpha) {
                gamma = 1 - alpha - 1e-3;
            }
        }
        if (spec.damped()) {
            phi = lower[3] + 0.99 * (upper[3] - lower[3]);
        }
        double[] state0 = EtsInitialState.of(y, m, spec.trend(), spec.season());
        Layout layout = new Layout(spec, m);
        double[] start = layout.pack(alpha, beta, gamma, phi, state0);
        if (start.length >= n - 1) {
            return Optional.empty();
        }
        NelderMead.Result best = optimizer.minimize(p -> layout.objective(y, p), start);
        if (!Double.isFinite(best.value())) {
            return Optional.empty();
        }
        return Optional.of(layout.estimate(y, best.point()));
    }

    /** How the optimiser's flat parameter vector maps onto smoothing parameters and states. */
    private static final class Layout {
        private final EtsSpec spec;
        private final int m;
        private final int nSmoothing;

        Layout(EtsSpec spec, int m) {
            this.spec = spec;
            this.m = m;
            this.nSmoothing = 1 + (spec.hasTrend() ? 1 : 0) + (spec.hasSeason() ? 1 : 0) + (spec.damped() ? 1 : 0);
        }

        double[] pack(double alpha, double beta, double gamma, double phi, double[] state) {
            double[] p = new double[nSmoothing + state.length];
            int k = 0;
            p[k++] = alpha;
            if (spec.hasTrend()) {
                p[k++] = beta;
            }
            if (spec.hasSeason()) {
                p[k++] = gamma;
            }
            if (spec.damped()) {
                p[k++] = phi;
            }
            System.arraycopy(state, 0, p, k, state.length);
            return p;
        }

        double alpha(double[] p) {
            return p[0];
        }

        double beta(double[] p) {
            return spec.hasTrend() ? p[1] : Double.NaN;
        }

        double gamma(double[] p) {
            return spec.hasSeason() ? p[spec.hasTrend() ? 2 : 1] : Double.NaN;
        }

        double phi(double[] p) {
            return spec.damped() ? p[nSmoothing - 1] : 1.0;
        }

        /** The full initial state, with the last seasonal state completing the normalisation. */
        double[] state(double[] p) {
            int given = p.length - nSmoothing;
            double[] x = new double[given + (spec.hasSeason() ? 1 : 0)];
            System.arraycopy(p, nSmoothing, x, 0, given);
            if (spec.hasSeason()) {
                int s0 = spec.hasTrend() ? 2 : 1;
                double sum = 0;
                for (int i = s0; i < given; i++) {
                    sum += x[i];
                }
                x[given] = (spec.season() == 'M' ? m : 0) - sum;
            }
            return x;
        }

        EtsFilter filter(double[] p) {
            return new EtsFilter(spec, m, alpha(p), beta(p), gamma(p), phi(p));
        }

        double objective(double[] y, double[] p) {
            if (!EtsAdmissibility.accepts(alpha(p), beta(p), gamma(p), phi(p), spec.damped(), m)) {
                return Double.POSITIVE_INFINITY;
            }
            double[] x = state(p);
            if (spec.season() == 'M') {
                int s0 = spec.hasTrend() ? 2 : 1;
                for (int i = s0; i < x.length; i++) {
                    if (x[i] < 0) {
                        return Double.POSITIVE_INFINITY;
                    }
                }
            }
            double lik = filter(p).lik(y, x);
            if (Double.isNaN(lik)) {
                return Double.POSITIVE_INFINITY;
            }
            return Math.max(lik, -1e10);
        }

        EtsEstimate estimate(double[] y, double[] p) {
            double[] x0 = state(p);
            EtsFilter.Run run = filter(p).run(y, x0);
            int n = y.length;
            int np = p.length + 1;
            double aic = run.lik() + 2 * np;
            double aicc = aic + 2.0 * np * (np + 1) / (n - np - 1);
            double bic = run.lik() + Math.log(n) * np;
            double sse = 0;
            for (double e : run.residuals()) {
                sse += e * e;
            }
            double sigma2 = sse / (n - p.length);
            return new EtsEstimate(spec, m, alpha(p), beta(p), gamma(p), phi(p), x0, run.finalState(),
                    run.residuals(), run.fitted(), -0.5 * run.lik(), aic, aicc, bic, sigma2);
        }
    }
}
