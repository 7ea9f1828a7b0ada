package org.salestrack.forecast.arima;

import java.util.Arrays;
import java.util.Optional;
import org.salestrack.forecast.util.Bfgs;
import org.salestrack.forecast.util.Polynomials;
import org.salestrack.forecast.util.Stats;

/**
 * Estimates one ARIMA order as R's {@code arima(method = "CSS-ML")}: conditional sum of squares for
 * starting values, then exact maximum likelihood with the AR parts kept stationary through the partial
 * autocorrelation transform, both by BFGS with numerical gradients. The series is differenced first and
 * the constant is the mean of the differenced series (a mean when d + D = 0, a drift when d + D = 1),
 * which gives the same likelihood as R's diffuse treatment of the differences.
 */
final class ArimaEstimator {
    private static final double REL_TOL = 1.490116e-8;
    private static final double GRADIENT_STEP = 1e-3;
    private static final Bfgs OPTIMIZER = new Bfgs(REL_TOL, 100, GRADIENT_STEP);

    enum Method { CSS, CSS_ML }

    private ArimaEstimator() {}

    static Optional<ArimaEstimate> fit(double[] y, ArimaOrder order, Method method) {
        return fit(y, order, method, OPTIMIZER);
    }

    /**
     * As {@link #fit(double[], ArimaOrder, Method)} with the maximum-likelihood step stopped after at most
     * {@code mlIterations} BFGS iterations from the CSS estimates (R's arima allows 100).
     */
    static Optional<ArimaEstimate> fit(double[] y, ArimaOrder order, Method method, int mlIterations) {
        return fit(y, order, method, new Bfgs(REL_TOL, mlIterations, GRADIENT_STEP));
    }

    private static Optional<ArimaEstimate> fit(double[] y, ArimaOrder order, Method method, Bfgs mlOptimizer) {
        double[] w = difference(y, order);
        int n = w.length;
        int k = order.coefficientCount();
        if (n <= k + 1 || n < 3 || order.p() + order.m() * order.bigP() >= n) {
            return Optional.empty();
        }
        Layout layout = new Layout(order, w);
        double[] start = new double[k];
        Bfgs.Result css = OPTIMIZER.minimize(layout::cssObjective, start);
        if (!Double.isFinite(css.value())) {
            return Optional.empty();
        }
        double[] coef = css.point();
        if (method == Method.CSS) {
            return layout.cssEstimate(coef);
        }
        double[] init = layout.toTransformed(coef);
        if (init == null) {
            init = new double[k];
            if (order.constant()) {
                init[k - 1] = coef[k - 1];
            }
        }
        Bfgs.Result ml = mlOptimizer.minimize(layout::mlObjective, init);
        if (!Double.isFinite(ml.value())) {
            return Optional.empty();
        }
        return layout.mlEstimate(layout.fromTransformed(ml.point()));
    }

    static double[] difference(double[] y, ArimaOrder order) {
        double[] w = y;
        for (int i = 0; i < order.d(); i++) {
            w = Stats.diff(w, 1);
        }
        for (int i = 0; i < order.bigD(); i++) {
            w = Stats.diff(w, order.m());
        }
        return w;
    }

    /** Maps the optimiser's vector (ar, ma, sar, sma, scaled constant) onto the model. */
    private static final class Layout {
        private final ArimaOrder o;
        private final double[] w;
        private final double mean0;
        private final double scale;
        /** The CSS objective's residuals, reused between evaluations. */
        private final double[] residuals;

        Layout(ArimaOrder o, double[] w) {
            this.residuals = new double[w.length];
            this.o = o;
            this.w = w;
            this.mean0 = o.constant() ? Stats.mean(w) : 0;
            // R's arima scales the regression coefficient by 10 standard errors (parscale)
            double sd = w.length > 1 ? Math.sqrt(Stats.variance(w)) : 0;
            this.scale = sd > 0 ? 10 * sd / Math.sqrt(w.length) : 1;
        }

        double[] block(double[] x, int from, int len) {
            return Arrays.copyOfRange(x, from, from + len);
        }

        double[] ar(double[] x) {
            return block(x, 0, o.p());
        }

        double[] ma(double[] x) {
            return block(x, o.p(), o.q());
        }

        double[] sar(double[] x) {
            return block(x, o.p() + o.q(), o.bigP());
        }

        double[] sma(double[] x) {
            return block(x, o.p() + o.q() + o.bigP(), o.bigQ());
        }

        double constant(double[] x) {
            return o.constant() ? mean0 + scale * x[x.length - 1] : 0;
        }

        double[] demeaned(double c) {
            if (c == 0) {
                return w;
            }
            double[] z = new double[w.length];
            for (int t = 0; t < z.length; t++) {
                z[t] = w[t] - c;
            }
            return z;
        }

        double cssObjective(double[] x) {
            ArmaLikelihood.Css css = ArmaLikelihood.css(w, constant(x), fullAr(x), fullMa(x), residuals);
            if (css.used() == 0) {
                return Double.POSITIVE_INFINITY;
            }
            return 0.5 * Math.log(css.sumSquares() / css.used());
        }

        double mlObjective(double[] transformed) {
            double[] x = fromTransformed(transformed);
            ArmaLikelihood.Exact ex = ArmaLikelihood.exact(demeaned(constant(x)), fullAr(x), fullMa(x));
            double v = ex.objective();
            return Double.isFinite(v) ? v : Double.POSITIVE_INFINITY;
        }

        double[] fullAr(double[] x) {
            return ArmaPolynomials.expandAr(ar(x), sar(x), o.m());
        }

        double[] fullMa(double[] x) {
            return ArmaPolynomials.expandMa(ma(x), sma(x), o.m());
        }

        double[] fromTransformed(double[] t) {
            double[] x = t.clone();
            System.arraycopy(ArmaPolynomials.fromPacf(ar(t)), 0, x, 0, o.p());
            System.arraycopy(ArmaPolynomials.fromPacf(sar(t)), 0, x, o.p() + o.q(), o.bigP());
            return x;
        }

        /** Null when the AR parts are not stationary and so have no PACF representation. */
        double[] toTransformed(double[] x) {
            if (!Polynomials.lagPolynomialRootsOutside(ar(x), -1, 1.0)
                    || !Polynomials.lagPolynomialRootsOutside(sar(x), -1, 1.0)) {
                return null;
            }
            double[] t = x.clone();
            double[] a = ArmaPolynomials.toPacf(ar(x));
            double[] sa = ArmaPolynomials.toPacf(sar(x));
            if (!Stats.allFinite(a) || !Stats.allFinite(sa)) {
                return null;
            }
            System.arraycopy(a, 0, t, 0, o.p());
            System.arraycopy(sa, 0, t, o.p() + o.q(), o.bigP());
            return t;
        }

        Optional<ArimaEstimate> cssEstimate(double[] x) {
            double c = constant(x);
            double[] z = demeaned(c);
            ArmaLikelihood.Css css = ArmaLikelihood.css(z, fullAr(x), fullMa(x));
            int n = w.length;
            double sigma2 = css.sumSquares() / css.used();
            double logLik = -0.5 * (n * Math.log(2 * Math.PI * sigma2) + n);
            // no Kalman state: CSS fits only rank orders during the search and are refitted before forecasting
            return Optional.of(build(x, sigma2, logLik, css.residuals(), null, false));
        }

        Optional<ArimaEstimate> mlEstimate(double[] x) {
            ArmaLikelihood.Exact ex = ArmaLikelihood.exact(demeaned(constant(x)), fullAr(x), fullMa(x));
            if (!Double.isFinite(ex.objective())) {
                return Optional.empty();
            }
            return Optional.of(build(x, ex.sigma2(), ex.logLik(), ex.innovations(), ex.filteredState(), true));
        }

        private ArimaEstimate build(double[] x, double sigma2, double logLik, double[] innovations, double[] state,
                boolean exact) {
            int n = w.length;
            int npar = o.coefficientCount() + 1;
            double aic = -2 * logLik + 2 * npar;
            double aicc = n - npar - 1 > 0 ? aic + 2.0 * npar * (npar + 1) / (n - npar - 1) : Double.POSITIVE_INFINITY;
            double bic = aic + npar * (Math.log(n) - 2);
            return new ArimaEstimate(o, ar(x), ma(x), sar(x), sma(x), constant(x), sigma2, logLik, aic, aicc, bic,
                    w, innovations, state, exact);
        }
    }
}
