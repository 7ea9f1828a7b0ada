package org.salestrack.forecast.ets;

import org.salestrack.forecast.util.Polynomials;

/**
 * The parameter space forecast::ets searches with bounds = "both": the usual bounds
 * (0 &lt; beta &lt; alpha &lt; 1, 0 &lt; gamma &lt; 1 - alpha, 0.8 &lt; phi &lt; 0.98) intersected with the
 * admissible (forecastable) region of Hyndman, Akram and Archibald (2008).
 */
final class EtsAdmissibility {
    static final double[] LOWER = {1e-4, 1e-4, 1e-4, 0.8};
    static final double[] UPPER = {0.9999, 0.9999, 0.9999, 0.98};

    private EtsAdmissibility() {}

    /** beta and gamma are NaN when the model has no trend or no season; phi is 1 when undamped. */
    static boolean accepts(double alpha, double beta, double gamma, double phi, boolean damped, int m) {
        if (alpha < LOWER[0] || alpha > UPPER[0]) {
            return false;
        }
        if (!Double.isNaN(beta) && (beta < LOWER[1] || beta > alpha || beta > UPPER[1])) {
            return false;
        }
        if (damped && (phi < LOWER[3] || phi > UPPER[3])) {
            return false;
        }
        if (!Double.isNaN(gamma) && (gamma < LOWER[2] || gamma > 1 - alpha || gamma > UPPER[2])) {
            return false;
        }
        return admissible(alpha, beta, gamma, phi, m);
    }

    static boolean admissible(double alpha, double beta, double gamma, double phi, int m) {
        if (phi < 0 || phi > 1 + 1e-8) {
            return false;
        }
        if (Double.isNaN(gamma)) {
            if (alpha < 1 - 1 / phi || alpha > 1 + 1 / phi) {
                return false;
            }
            return Double.isNaN(beta) || (beta >= alpha * (phi - 1) && beta <= (1 + phi) * (2 - alpha));
        }
        if (m <= 1) {
            return true;
        }
        double b = Double.isNaN(beta) ? 0 : beta;
        if (gamma < Math.max(1 - 1 / phi - alpha, 0) || gamma > 1 + 1 / phi - alpha) {
            return false;
        }
        if (alpha < 1 - 1 / phi - gamma * (1 - m + phi + phi * m) / (2 * phi * m)) {
            return false;
        }
        if (b < -(1 - phi) * (gamma / m + alpha)) {
            return false;
        }
        // characteristic polynomial, coefficients in increasing powers, as in forecast's admissible()
        double[] p = new double[m + 2];
        p[0] = phi * (1 - alpha - gamma);
        p[1] = alpha + b - alpha * phi + gamma - 1;
        for (int k = 2; k < m; k++) {
            p[k] = alpha + b - alpha * phi;
        }
        p[m] = alpha + b - phi;
        p[m + 1] = 1;
        return Polynomials.rootsInside(p, 1 + 1e-10);
    }
}
