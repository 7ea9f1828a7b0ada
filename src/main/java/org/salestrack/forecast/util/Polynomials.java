package org.salestrack.forecast.util;

/** Stability tests on polynomials without computing their roots. */
public final class Polynomials {
    private Polynomials() {}

    /**
     * Schur-Cohn test: true when every root of sum c[k] z^k lies strictly inside the circle |z| &lt; radius.
     * O(degree^2); used at every objective evaluation, where root finding would dominate the cost.
     */
    public static boolean rootsInside(double[] coefficients, double radius) {
        int deg = coefficients.length - 1;
        while (deg > 0 && coefficients[deg] == 0) {
            deg--;
        }
        // two buffers, swapped at each reduction step: this runs at every ETS objective evaluation
        double[] a = new double[deg + 1];
        double[] next = new double[deg + 1];
        double scale = 1;
        for (int k = 0; k <= deg; k++) {
            a[k] = coefficients[k] * scale;
            scale *= radius;
        }
        while (deg > 0) {
            double k = a[0] / a[deg];
            if (!(Math.abs(k) < 1)) {
                return false;
            }
            for (int j = 0; j < deg; j++) {
                next[j] = a[j + 1] - k * a[deg - 1 - j];
            }
            double[] swap = a;
            a = next;
            next = swap;
            deg--;
        }
        return true;
    }

    /**
     * True when every root of 1 + sign * (c1 z + ... + cp z^p) lies outside |z| &lt;= minModulus: the
     * stationarity (sign -1, AR) or invertibility (sign +1, MA) check of forecast::auto.arima.
     */
    public static boolean lagPolynomialRootsOutside(double[] c, double sign, double minModulus) {
        int p = c.length;
        while (p > 0 && Math.abs(c[p - 1]) <= 1e-8) {
            p--;
        }
        if (p == 0) {
            return true;
        }
        // roots of the reversed polynomial are the reciprocals
        double[] reversed = new double[p + 1];
        reversed[p] = 1;
        for (int i = 1; i <= p; i++) {
            reversed[p - i] = sign * c[i - 1];
        }
        return rootsInside(reversed, 1 / minModulus);
    }
}
