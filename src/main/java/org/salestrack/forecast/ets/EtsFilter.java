package org.salestrack.forecast.ets;

/**
 * The ETS state recursions (Hyndman et al. 2008, table 2.3, in the error-correction form of forecast's C
 * code etscalc/update/forecast). A state vector is {level, [growth], s_1..s_m} with s_1 the most recent
 * seasonal component and s_m the one that applies to the next period.
 */
final class EtsFilter {
    private static final double TOL = 1.0e-10;
    private static final double HUGE = 1.0e10;

    private final EtsSpec spec;
    private final int m;
    private final double alpha;
    private final double beta;
    private final double gamma;
    private final double phi;

    EtsFilter(EtsSpec spec, int m, double alpha, double beta, double gamma, double phi) {
        this.spec = spec;
        this.m = spec.hasSeason() ? m : 1;
        this.alpha = alpha;
        this.beta = beta;
        this.gamma = gamma;
        this.phi = spec.damped() ? phi : 1.0;
    }

    int stateSize() {
        return 1 + (spec.hasTrend() ? 1 : 0) + (spec.hasSeason() ? m : 0);
    }

    /** Result of running the filter over the data. */
    record Run(double[] residuals, double[] fitted, double[] finalState, double lik) {}

    /**
     * Runs the recursions from the initial state. {@code lik} is forecast's objective, n log(SSE) plus
     * 2 sum log|yhat| for multiplicative errors; NaN when a forecast becomes undefined.
     */
    Run run(double[] y, double[] initialState) {
        return run(y, initialState, true);
    }

    /** The same objective as {@link #run}{@code .lik()} without recording residuals, fits or the final state. */
    double lik(double[] y, double[] initialState) {
        return run(y, initialState, false).lik();
    }

    private Run run(double[] y, double[] initialState, boolean record) {
        // Same recursions as update(), with the seasonal states in a ring buffer instead of shifting m
        // values every period: this loop is where estimation spends its time (the optimiser calls it up
        // to 2,000 times per model), so it allocates nothing per evaluation unless asked to record.
        int n = y.length;
        char trend = spec.trend();
        char season = spec.season();
        boolean multiplicativeError = spec.error() == 'M';
        int s0 = spec.hasTrend() ? 2 : 1;
        double l = initialState[0];
        double b = spec.hasTrend() ? initialState[1] : 0;
        double[] seas = new double[m];
        if (spec.hasSeason()) {
            System.arraycopy(initialState, s0, seas, 0, m);
        }
        int oldest = m - 1;
        int newest = 0;
        double ratio = beta / alpha;
        double[] e = record ? new double[n] : null;
        double[] f = record ? new double[n] : null;
        double sse = 0;
        double logSum = 0;
        double product = 1;
        for (int t = 0; t < n; t++) {
            double q;
            double phib;
            if (trend == 'N') {
                q = l;
                phib = 0;
            } else if (trend == 'A') {
                phib = phi * b;
                q = l + phib;
            } else {
                if (b < 0) {
                    return new Run(e, f, initialState, Double.NaN);
                }
                phib = Math.abs(phi - 1.0) < TOL ? b : Math.pow(b, phi);
                q = l * phib;
            }
            double sm = seas[oldest];
            double yhat = season == 'N' ? q : season == 'A' ? q + sm : q * sm;
            double yt = y[t];
            double err = multiplicativeError ? (yt - yhat) / yhat : yt - yhat;
            if (record) {
                f[t] = yhat;
                e[t] = err;
            }
            sse += err * err;
            if (multiplicativeError) {
                // sum log|yhat| as the log of a running product, flushed before it can over- or underflow:
                // one logarithm per ~20 observations instead of one each
                product *= Math.abs(yhat);
                if (!(product < 1e100 && product > 1e-100)) {
                    logSum += Math.log(product);
                    product = 1;
                }
            }
            double pv;
            if (season == 'N') {
                pv = yt;
            } else if (season == 'A') {
                pv = yt - sm;
            } else {
                pv = Math.abs(sm) < TOL ? HUGE : yt / sm;
            }
            double lnew = q + alpha * (pv - q);
            if (trend != 'N') {
                double r;
                if (trend == 'A') {
                    r = lnew - l;
                } else {
                    r = Math.abs(l) < TOL ? HUGE : lnew / l;
                }
                b = phib + ratio * (r - phib);
            }
            l = lnew;
            if (season != 'N') {
                double tv;
                if (season == 'A') {
                    tv = yt - q;
                } else {
                    tv = Math.abs(q) < TOL ? HUGE : yt / q;
                }
                seas[oldest] = sm + gamma * (tv - sm);
                newest = oldest;
                oldest = oldest == 0 ? m - 1 : oldest - 1;
            }
        }
        double lik = n * Math.log(sse);
        if (multiplicativeError) {
            lik += 2 * (logSum + Math.log(product));
        }
        if (!record) {
            return new Run(null, null, null, lik);
        }
        double[] x = new double[initialState.length];
        x[0] = l;
        if (spec.hasTrend()) {
            x[1] = b;
        }
        if (spec.hasSeason()) {
            for (int k = 0; k < m; k++) {
                x[s0 + k] = seas[(newest + k) % m];
            }
        }
        return new Run(e, f, x, lik);
    }

    /** The one-step forecast from a state; NaN when undefined (negative multiplicative growth). */
    double oneStep(double[] x) {
        double fc;
        if (spec.trend() == 'N') {
            fc = x[0];
        } else if (spec.trend() == 'A') {
            fc = x[0] + phi * x[1];
        } else if (x[1] < 0) {
            return Double.NaN;
        } else {
            fc = x[0] * Math.pow(x[1], phi);
        }
        if (spec.hasSeason()) {
            double s = x[x.length - 1];
            fc = spec.season() == 'A' ? fc + s : fc * s;
        }
        return fc;
    }

    /** Point forecasts h steps ahead from a state. */
    double[] pointForecasts(double[] x, int h) {
        double l = x[0];
        double b = spec.hasTrend() ? x[1] : 0;
        int s0 = spec.hasTrend() ? 2 : 1;
        double[] out = new double[h];
        double phistar = phi;
        for (int i = 0; i < h; i++) {
            double fc;
            if (spec.trend() == 'N') {
                fc = l;
            } else if (spec.trend() == 'A') {
                fc = l + phistar * b;
            } else if (b < 0) {
                fc = Double.NaN;
            } else {
                fc = l * Math.pow(b, phistar);
            }
            if (spec.hasSeason()) {
                int j = Math.floorMod(m - 1 - i, m);
                fc = spec.season() == 'A' ? fc + x[s0 + j] : fc * x[s0 + j];
            }
            out[i] = fc;
            phistar += Math.abs(phi - 1.0) < TOL ? 1.0 : Math.pow(phi, i + 2);
        }
        return out;
    }

    /** Writes the state after observing y into {@code out}. */
    void update(double[] old, double[] out, double y) {
        double oldl = old[0];
        double oldb = spec.hasTrend() ? old[1] : 0;
        int s0 = spec.hasTrend() ? 2 : 1;
        double q;
        double phib;
        if (spec.trend() == 'N') {
            q = oldl;
            phib = 0;
        } else if (spec.trend() == 'A') {
            phib = phi * oldb;
            q = oldl + phib;
        } else {
            phib = Math.abs(phi - 1.0) < TOL ? oldb : Math.pow(oldb, phi);
            q = oldl * phib;
        }
        double sm = spec.hasSeason() ? old[s0 + m - 1] : 0;
        double p;
        if (spec.season() == 'N') {
            p = y;
        } else if (spec.season() == 'A') {
            p = y - sm;
        } else {
            p = Math.abs(sm) < TOL ? HUGE : y / sm;
        }
        double l = q + alpha * (p - q);
        out[0] = l;
        if (spec.hasTrend()) {
            double r;
            if (spec.trend() == 'A') {
                r = l - oldl;
            } else {
                r = Math.abs(oldl) < TOL ? HUGE : l / oldl;
            }
            out[1] = phib + (beta / alpha) * (r - phib);
        }
        if (spec.hasSeason()) {
            double t;
            if (spec.season() == 'A') {
                t = y - q;
            } else {
                t = Math.abs(q) < TOL ? HUGE : y / q;
            }
            out[s0] = sm + gamma * (t - sm);
            System.arraycopy(old, s0, out, s0 + 1, m - 1);
        }
    }
}
