package org.salestrack.forecast.arima;

/**
 * Coefficient algebra for (seasonal) ARMA models in the sign convention of R's arima:
 * y_t = sum phi_i y_{t-i} + e_t + sum theta_j e_{t-j}.
 */
final class ArmaPolynomials {
    private ArmaPolynomials() {}

    /** Multiplies out phi(B) Phi(B^m) into one AR polynomial of order p + mP (R's ARIMA_transPars). */
    static double[] expandAr(double[] phi, double[] seasonalPhi, int m) {
        int p = phi.length;
        double[] full = new double[p + m * seasonalPhi.length];
        System.arraycopy(phi, 0, full, 0, p);
        for (int j = 0; j < seasonalPhi.length; j++) {
            full[(j + 1) * m - 1] += seasonalPhi[j];
            for (int i = 0; i < p; i++) {
                full[(j + 1) * m + i] -= phi[i] * seasonalPhi[j];
            }
        }
        return full;
    }

    /** Multiplies out theta(B) Theta(B^m). */
    static double[] expandMa(double[] theta, double[] seasonalTheta, int m) {
        int q = theta.length;
        double[] full = new double[q + m * seasonalTheta.length];
        System.arraycopy(theta, 0, full, 0, q);
        for (int j = 0; j < seasonalTheta.length; j++) {
            full[(j + 1) * m - 1] += seasonalTheta[j];
            for (int i = 0; i < q; i++) {
                full[(j + 1) * m + i] += theta[i] * seasonalTheta[j];
            }
        }
        return full;
    }

    /** The differencing operator (1-B)^d (1-B^m)^D as coefficients delta with y_t = w_t + sum delta_k y_{t-k}. */
    static double[] differencing(int d, int bigD, int m) {
        double[] poly = {1};
        for (int i = 0; i < d; i++) {
            poly = multiply(poly, lagPolynomial(1));
        }
        for (int i = 0; i < bigD; i++) {
            poly = multiply(poly, lagPolynomial(m));
        }
        double[] delta = new double[poly.length - 1];
        for (int k = 1; k < poly.length; k++) {
            delta[k - 1] = -poly[k];
        }
        return delta;
    }

    private static double[] lagPolynomial(int lag) {
        double[] p = new double[lag + 1];
        p[0] = 1;
        p[lag] = -1;
        return p;
    }

    private static double[] multiply(double[] a, double[] b) {
        double[] c = new double[a.length + b.length - 1];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                c[i + j] += a[i] * b[j];
            }
        }
        return c;
    }

    /** Maps unconstrained values to a stationary AR polynomial through partial autocorrelations (R's partrans). */
    static double[] fromPacf(double[] raw) {
        int p = raw.length;
        double[] work = new double[p];
        double[] out = new double[p];
        for (int j = 0; j < p; j++) {
            work[j] = out[j] = Math.tanh(raw[j]);
        }
        for (int j = 1; j < p; j++) {
            double a = out[j];
            for (int k = 0; k < j; k++) {
                work[k] -= a * out[j - k - 1];
            }
            System.arraycopy(work, 0, out, 0, j);
        }
        return out;
    }

    /** Inverse of {@link #fromPacf} (R's invpartrans). */
    static double[] toPacf(double[] phi) {
        int p = phi.length;
        double[] work = phi.clone();
        double[] out = phi.clone();
        for (int j = p - 1; j > 0; j--) {
            double a = out[j];
            for (int k = 0; k < j; k++) {
                work[k] = (out[k] + a * out[j - k - 1]) / (1 - a * a);
            }
            System.arraycopy(work, 0, out, 0, j);
        }
        for (int j = 0; j < p; j++) {
            out[j] = atanh(out[j]);
        }
        return out;
    }

    private static double atanh(double x) {
        return 0.5 * Math.log((1 + x) / (1 - x));
    }

    /** psi weights psi_0..psi_{count-1} of the MA(infinity) form of an ARMA (AR may include differencing). */
    static double[] psiWeights(double[] phi, double[] theta, int count) {
        double[] psi = new double[count];
        if (count == 0) {
            return psi;
        }
        psi[0] = 1;
        for (int j = 1; j < count; j++) {
            double v = j <= theta.length ? theta[j - 1] : 0;
            for (int i = 1; i <= Math.min(j, phi.length); i++) {
                v += phi[i - 1] * psi[j - i];
            }
            psi[j] = v;
        }
        return psi;
    }

    /**
     * Autocovariances gamma(0..maxLag) of a stationary ARMA with unit innovation variance, by the linear
     * system of Brockwell and Davis (1991, eq. 3.3.8); NaN when the AR part is not stationary.
     */
    static double[] autocovariances(double[] phi, double[] theta, int maxLag) {
        int p = phi.length;
        int q = theta.length;
        double[] psi = psiWeights(phi, theta, q + 1);
        double[] gamma = new double[maxLag + 1];
        int solveTo = Math.min(p, maxLag);
        int size = p + 1;
        double[][] a = new double[size][size + 1];
        for (int k = 0; k < size; k++) {
            a[k][k] += 1;
            for (int i = 1; i <= p; i++) {
                a[k][Math.abs(k - i)] -= phi[i - 1];
            }
            a[k][size] = rhs(theta, psi, k);
        }
        double[] g = solve(a);
        if (g == null) {
            java.util.Arrays.fill(gamma, Double.NaN);
            return gamma;
        }
        System.arraycopy(g, 0, gamma, 0, Math.min(size, maxLag + 1));
        for (int k = solveTo + 1; k <= maxLag; k++) {
            double v = rhs(theta, psi, k);
            for (int i = 1; i <= p; i++) {
                v += phi[i - 1] * (k - i >= 0 ? gamma[k - i] : g[i - k]);
            }
            gamma[k] = v;
        }
        return gamma;
    }

    private static double rhs(double[] theta, double[] psi, int k) {
        double s = 0;
        for (int j = k; j <= theta.length; j++) {
            double t = j == 0 ? 1 : theta[j - 1];
            s += t * psi[j - k];
        }
        return s;
    }

    /** Gaussian elimination with partial pivoting on an augmented matrix; null when singular. */
    private static double[] solve(double[][] a) {
        int n = a.length;
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
                    pivot = r;
                }
            }
            if (Math.abs(a[pivot][c]) < 1e-12) {
                return null;
            }
            double[] tmp = a[c];
            a[c] = a[pivot];
            a[pivot] = tmp;
            for (int r = c + 1; r < n; r++) {
                double f = a[r][c] / a[c][c];
                if (f != 0) {
                    for (int k = c; k <= n; k++) {
                        a[r][k] -= f * a[c][k];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = a[r][n];
            for (int k = r + 1; k < n; k++) {
                s -= a[r][k] * x[k];
            }
            x[r] = s / a[r][r];
        }
        return x;
    }
}
