package org.salestrack.forecast.ets;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealVector;
import org.salestrack.forecast.util.ClassicalDecomposition;
import org.salestrack.forecast.util.Stats;

/**
 * Starting values for the ETS states, as forecast's {@code initstate}: seasonal indices from a classical
 * decomposition of the whole series (or a trend-plus-one-harmonic regression when there are fewer),
 * then level and growth from a line through the first max(10, 2m) seasonally adjusted values. They are
 * only starting points: the optimiser refines them with the smoothing parameters.
 *
 * <p>Returns {level, [growth], s_1..s_{m-1}}; the last seasonal state follows from the normalisation.
 */
final class EtsInitialState {
    private EtsInitialState() {}

    static double[] of(double[] y, int m, char trend, char season) {
        int n = y.length;
        double[] seasonal = null;
        double[] sa = y;
        if (season != 'N') {
            double[] component = seasonalComponent(y, m, season == 'M');
            seasonal = new double[m - 1];
            for (int i = 0; i < m - 1; i++) {
                seasonal[i] = component[m - 1 - i];
            }
            sa = new double[n];
            if (season == 'A') {
                for (int t = 0; t < n; t++) {
                    sa[t] = y[t] - component[t % component.length];
                }
            } else {
                double sum = 0;
                for (int i = 0; i < m - 1; i++) {
                    seasonal[i] = Math.max(seasonal[i], 1e-2);
                    sum += seasonal[i];
                }
                if (sum > m) {
                    for (int i = 0; i < m - 1; i++) {
                        seasonal[i] /= sum + 1e-2;
                    }
                }
                for (int t = 0; t < n; t++) {
                    sa[t] = y[t] / Math.max(component[t % component.length], 1e-2);
                }
            }
        }
        int maxn = Math.min(Math.max(10, 2 * (season == 'N' ? 1 : m)), n);
        double l0;
        double b0 = Double.NaN;
        if (trend == 'N') {
            l0 = Stats.mean(sa, 0, maxn);
        } else {
            double[] line = Stats.lineFit(sa, maxn);
            // forecast regresses on 1..maxn, so its intercept is the value one step before the first point
            double intercept = line[0] - line[1];
            double slope = line[1];
            if (trend == 'A') {
                l0 = intercept;
                b0 = slope;
                if (Math.abs(l0 + b0) < 1e-8) {
                    l0 *= 1 + 1e-3;
                    b0 *= 1 - 1e-3;
                }
            } else {
                l0 = intercept + slope;
                if (Math.abs(l0) < 1e-8) {
                    l0 = 1e-7;
                }
                b0 = (intercept + 2 * slope) / l0;
                l0 = l0 / b0;
                if (Math.abs(b0) > 1e10) {
                    b0 = Math.signum(b0) * 1e10;
                }
                if (l0 < 1e-8 || b0 < 1e-8) {
                    l0 = Math.max(sa[0], 1e-3);
                    b0 = Math.max(sa[1] / sa[0], 1e-3);
                }
            }
        }
        int size = 1 + (trend == 'N' ? 0 : 1) + (seasonal == null ? 0 : seasonal.length);
        double[] state = new double[size];
        state[0] = l0;
        int k = 1;
        if (trend != 'N') {
            state[k++] = b0;
        }
        if (seasonal != null) {
            System.arraycopy(seasonal, 0, state, k, seasonal.length);
        }
        return state;
    }

    /** The seasonal component by position t mod m over the first cycles. */
    private static double[] seasonalComponent(double[] y, int m, boolean multiplicative) {
        int n = y.length;
        if (n < 4) {
            throw new IllegalArgumentException("not enough data for a seasonal model");
        }
        double[] out = new double[m];
        if (n < 3 * m) {
            double[] fit = trendPlusHarmonic(y, m);
            for (int t = 0; t < m; t++) {
                double line = fit[0] + fit[1] * (t + 1);
                out[t] = multiplicative ? y[t] / line : y[t] - line;
            }
            return out;
        }
        ClassicalDecomposition dec = ClassicalDecomposition.of(y, m, multiplicative);
        for (int t = 0; t < m; t++) {
            out[t] = dec.index(t);
        }
        return out;
    }

    /** Least squares of y on {1, t, sin(2 pi t/m), cos(2 pi t/m)} with t = 1..n, as tslm(y ~ trend + fourier(y, 1)). */
    private static double[] trendPlusHarmonic(double[] y, int m) {
        int n = y.length;
        boolean withSin = m > 2;
        int cols = withSin ? 4 : 3;
        double[][] x = new double[n][cols];
        for (int t = 0; t < n; t++) {
            double w = 2 * Math.PI * (t + 1) / m;
            x[t][0] = 1;
            x[t][1] = t + 1;
            x[t][2] = Math.cos(w);
            if (withSin) {
                x[t][3] = Math.sin(w);
            }
        }
        RealVector beta = new QRDecomposition(new Array2DRowRealMatrix(x, false)).getSolver()
                .solve(new ArrayRealVector(y, false));
        return beta.toArray();
    }
}
