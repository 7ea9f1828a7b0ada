package org.salestrack.forecast.arima;

import java.util.Arrays;

/**
 * The textbook Kalman filter on Harvey's state-space form, with the full (r x r) state covariance updated
 * at every step: the reference that {@link ArmaLikelihood#exact} must agree with.
 */
final class KalmanReference {
    private KalmanReference() {}

    static ArmaLikelihood.Exact exact(double[] w, double[] phi, double[] theta) {
        int n = w.length;
        int p = phi.length;
        int q = theta.length;
        int r = Math.max(p, q + 1);
        double[] ph = new double[r + 1];
        System.arraycopy(phi, 0, ph, 0, p);
        double[] th = new double[r + 1];
        th[0] = 1;
        System.arraycopy(theta, 0, th, 1, q);
        double[][] p0 = initialCovariance(phi, theta, r, ph, th);
        if (p0 == null) {
            return new ArmaLikelihood.Exact(Double.NaN, Double.NaN, n, new double[n], new double[r]);
        }
        // Upper triangle of P in a flat (r+1)x(r+1) array; row and column r stay zero so the companion
        // shift P[i+1][j+1] needs no bounds checks.
        int s = r + 1;
        double[] pm = new double[s * s];
        for (int i = 0; i < r; i++) {
            for (int k = i; k < r; k++) {
                pm[i * s + k] = p0[i][k];
            }
        }
        double[] a = new double[r + 1];
        double[] pc = new double[r + 1];
        double[] pf0 = new double[s];
        double[] innovations = new double[n];
        double ssq = 0;
        double sumLog = 0;
        boolean steady = false;
        double[] gain = new double[r];
        for (int t = 0; t < n; t++) {
            double v = w[t] - a[0];
            innovations[t] = v;
            double f = 1;
            if (steady) {
                ssq += v * v;
                for (int i = 0; i < r; i++) {
                    a[i] += gain[i] * v;
                }
            } else {
                f = pm[0];
                if (!(f > 0)) {
                    return new ArmaLikelihood.Exact(Double.NaN, Double.NaN, n, innovations, Arrays.copyOf(a, r));
                }
                ssq += v * v / f;
                sumLog += Math.log(f);
                for (int i = 0; i < r; i++) {
                    pc[i] = pm[i];
                    a[i] += pc[i] / f * v;
                }
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
                // P <- T (P - pc pc'/f) T' + R R', in place over the upper triangle: entry (i, j) reads
                // only entries (i+1, j+1) not yet overwritten and the saved filtered first row
                double pf00 = pm[0] - pc[0] * pc[0] / f;
                Arrays.fill(pf0, 0.0);
                for (int k = 0; k < r; k++) {
                    pf0[k] = pm[k] - pc[0] * pc[k] / f;
                }
                double change = 0;
                for (int i = 0; i < r; i++) {
                    int row = i * s;
                    int next = (i + 1) * s;
                    double phiI = ph[i];
                    double pci = pc[i + 1] / f;
                    for (int k = i; k < r; k++) {
                        double pfShift = pm[next + k + 1] - pci * pc[k + 1];
                        double rr = th[i] * th[k];
                        double nv = phiI * ph[k] * pf00 + phiI * pf0[k + 1] + ph[k] * pf0[i + 1] + pfShift + rr;
                        pm[row + k] = nv;
                        change = Math.max(change, Math.abs(nv - rr));
                    }
                }
                // the state is known exactly up to the next shock: the filter has reached steady state
                if (change < 1e-12) {
                    steady = true;
                    System.arraycopy(th, 0, gain, 0, r);
                }
            }
        }
        return new ArmaLikelihood.Exact(ssq, sumLog, n, innovations, Arrays.copyOf(a, r));
    }

    /** Stationary covariance of Harvey's state vector from autocovariances and psi weights. */
    private static double[][] initialCovariance(double[] phi, double[] theta, int r, double[] ph, double[] th) {
        double[] gamma = ArmaPolynomials.autocovariances(phi, theta, r);
        if (Double.isNaN(gamma[0]) || !(gamma[0] > 0)) {
            return null;
        }
        double[] psi = ArmaPolynomials.psiWeights(phi, theta, r + 1);
        double[][] pm = new double[r][r];
        pm[0][0] = gamma[0];
        for (int k = 1; k < r; k++) {
            double s = 0;
            for (int j = k + 1; j <= r; j++) {
                s += ph[j - 1] * gamma[j - k];
            }
            for (int j = k; j <= r - 1; j++) {
                s += th[j] * psi[j - k];
            }
            pm[0][k] = s;
            pm[k][0] = s;
        }
        for (int i = r - 1; i >= 1; i--) {
            for (int k = r - 1; k >= i; k--) {
                double v = ph[i] * ph[k] * pm[0][0] + ph[i] * (k + 1 < r ? pm[0][k + 1] : 0)
                        + ph[k] * (i + 1 < r ? pm[i + 1][0] : 0)
                        + (i + 1 < r && k + 1 < r ? pm[i + 1][k + 1] : 0) + th[i] * th[k];
                pm[i][k] = v;
                pm[k][i] = v;
            }
        }
        return pm;
    }
}
