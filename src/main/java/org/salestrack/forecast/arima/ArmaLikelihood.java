package org.salestrack.forecast.arima;

import java.util.Arrays;

/**
 * Likelihoods of a zero-mean stationary ARMA for a (differenced, demeaned) series w: the conditional sum of
 * squares, and the exact Gaussian likelihood by a Kalman filter on Harvey's state-space form, started from
 * the stationary state covariance. That covariance comes from the process autocovariances in O(r^2)
 * rather than by solving the r^2-dimensional Lyapunov equation, and the filter runs in Chandrasekhar form
 * in O(r) per observation, which keeps seasonal models cheap.
 */
final class ArmaLikelihood {
    private ArmaLikelihood() {}

    /** Conditional sum of squares, conditioning on the first p observations (R's ARIMA_CSS). */
    record Css(double sumSquares, int used, double[] residuals) {}

    static Css css(double[] w, double[] phi, double[] theta) {
        return css(w, 0, phi, theta, new double[w.length]);
    }

    /**
     * The same for w - c, with the residuals written into {@code e} (length of w, reused between calls).
     * Only the non-zero lags are visited: a multiplied-out seasonal polynomial is mostly zeros (an
     * ARMA(2,2)(1,1)[12] has 14 lags on each side of which 5 are non-zero).
     */
    static Css css(double[] w, double c, double[] phi, double[] theta, double[] e) {
        int n = w.length;
        int p = phi.length;
        int[] arLag = nonZeroLags(phi);
        int[] maLag = nonZeroLags(theta);
        double[] arVal = valuesAt(phi, arLag);
        double[] maVal = valuesAt(theta, maLag);
        java.util.Arrays.fill(e, 0, Math.min(p, n), 0.0);
        double ssq = 0;
        int used = 0;
        for (int t = p; t < n; t++) {
            double v = w[t] - c;
            for (int k = 0; k < arLag.length; k++) {
                v -= arVal[k] * (w[t - arLag[k] - 1] - c);
            }
            // residuals before the first p observations are zero (R's ARIMA_CSS)
            for (int k = 0; k < maLag.length && t - maLag[k] - 1 >= p; k++) {
                v -= maVal[k] * e[t - maLag[k] - 1];
            }
            e[t] = v;
            if (Double.isFinite(v)) {
                ssq += v * v;
                used++;
            }
        }
        return new Css(ssq, used, e);
    }

    private static int[] nonZeroLags(double[] coefficients) {
        int count = 0;
        for (double v : coefficients) {
            if (v != 0) {
                count++;
            }
        }
        int[] lags = new int[count];
        int k = 0;
        for (int j = 0; j < coefficients.length; j++) {
            if (coefficients[j] != 0) {
                lags[k++] = j;
            }
        }
        return lags;
    }

    private static double[] valuesAt(double[] coefficients, int[] lags) {
        double[] v = new double[lags.length];
        for (int k = 0; k < lags.length; k++) {
            v[k] = coefficients[lags[k]];
        }
        return v;
    }

    /** Exact likelihood pieces with innovation variance profiled out. */
    record Exact(double sumSquares, double sumLogF, int used, double[] innovations, double[] filteredState) {
        double sigma2() {
            return sumSquares / used;
        }

        /** R's ML objective: 0.5 (log sigma2 + sum log F / n). */
        double objective() {
            return 0.5 * (Math.log(sigma2()) + sumLogF / used);
        }

        double logLik() {
            return -0.5 * (used * Math.log(2 * Math.PI * sigma2()) + sumLogF + used);
        }
    }

    /**
     * Exact likelihood by the Kalman filter in its Chandrasekhar form (Morf, Sidhu and Kailath 1974;
     * Melard 1984): started from the stationary covariance P1, the one-step change P2 - P1 has rank one, so
     * the filter carries that change as M W W' and the column P Z' instead of the r x r covariance. Each
     * step costs O(r) instead of O(r^2), which matters for seasonal models (r = 13 to 27 for m = 12); the
     * innovations, their variances and the final state are those of the full filter.
     */
    static Exact exact(double[] w, double[] phi, double[] theta) {
        int n = w.length;
        int p = phi.length;
        int q = theta.length;
        int r = Math.max(p, q + 1);
        double[] ph = new double[r + 1];
        System.arraycopy(phi, 0, ph, 0, p);
        double[] th = new double[r + 1];
        th[0] = 1;
        System.arraycopy(theta, 0, th, 1, q);
        // pc = P Z', the first column of the predicted state covariance (innovation variance 1); entry r
        // stays zero so the companion shift (T x)_i = ph_i x_0 + x_{i+1} needs no bounds checks
        double[] pc = initialCovarianceColumn(phi, theta, r, ph, th);
        if (pc == null) {
            return new Exact(Double.NaN, Double.NaN, n, new double[n], new double[r]);
        }
        double[] a = new double[r + 1];
        double[] innovations = new double[n];
        // P_{t+1} - P_t = m W W'; for the stationary start P_2 - P_1 = -T P Z' Z P T' / F_1
        double[] wv = new double[r + 1];
        double f = pc[0];
        if (!(f > 0)) {
            return new Exact(Double.NaN, Double.NaN, n, innovations, new double[r]);
        }
        for (int i = 0; i < r; i++) {
            wv[i] = ph[i] * pc[0] + pc[i + 1];
        }
        double mm = -1 / f;
        boolean steady = false;
        double logF = 0;
        double ssq = 0;
        double sumLog = 0;
        for (int t = 0; t < n; t++) {
            f = pc[0];
            if (!(f > 0)) {
                return new Exact(Double.NaN, Double.NaN, n, innovations, Arrays.copyOf(a, r));
            }
            double v = w[t] - a[0];
            innovations[t] = v;
            ssq += v * v / f;
            sumLog += steady ? logF : Math.log(f);
            double k = v / f;
            for (int i = 0; i < r; i++) {
                a[i] += pc[i] * k;
            }
            if (t == n - 1) {
                break;
            }
            // predict: a <- T a
            double a0 = a[0];
            for (int i = 0; i < r; i++) {
                a[i] = ph[i] * a0 + a[i + 1];
            }
            if (!steady) {
                // P Z' <- P Z' + m W (W' Z'); then W <- T (W - (W' Z' / F_new) P Z'), m <- m F_new / F
                double w0 = wv[0];
                double step = mm * w0;
                double size = 0;
                for (int i = 0; i < r; i++) {
                    pc[i] += step * wv[i];
                }
                double fNew = pc[0];
                if (!(fNew > 0)) {
                    return new Exact(Double.NaN, Double.NaN, n, innovations, Arrays.copyOf(a, r));
                }
                double c = w0 / fNew;
                for (int i = 0; i < r; i++) {
                    wv[i] -= c * pc[i];
                }
                double u0 = wv[0];
                for (int i = 0; i < r; i++) {
                    wv[i] = ph[i] * u0 + wv[i + 1];
                    size = Math.max(size, wv[i] * wv[i]);
                }
                mm *= fNew / f;
                // the covariance no longer changes: the filter has reached its steady state
                if (Math.abs(mm) * size < 1e-15) {
                    steady = true;
                    logF = Math.log(pc[0]);
                }
            }
        }
        return new Exact(ssq, sumLog, n, innovations, Arrays.copyOf(a, r));
    }

    /**
     * First column of the stationary covariance of Harvey's state vector (padded with a zero), from the
     * autocovariances and psi weights; null when the AR part is not stationary.
     */
    private static double[] initialCovarianceColumn(double[] phi, double[] theta, int r, double[] ph, double[] th) {
        double[] gamma = ArmaPolynomials.autocovariances(phi, theta, r);
        if (Double.isNaN(gamma[0]) || !(gamma[0] > 0)) {
            return null;
        }
        double[] psi = ArmaPolynomials.psiWeights(phi, theta, r + 1);
        double[] col = new double[r + 1];
        col[0] = gamma[0];
        for (int k = 1; k < r; k++) {
            double s = 0;
            for (int j = k + 1; j <= r; j++) {
                s += ph[j - 1] * gamma[j - k];
            }
            for (int j = k; j <= r - 1; j++) {
                s += th[j] * psi[j - k];
            }
            col[k] = s;
        }
        return col;
    }
}
