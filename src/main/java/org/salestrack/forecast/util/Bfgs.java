package org.salestrack.forecast.util;

/**
 * Variable-metric (BFGS) minimiser with central-difference gradients, a port of R's {@code vmmin} as called
 * by {@code optim(method = "BFGS")}, which is what stats::arima uses. Same line search, restarts and
 * relative-tolerance stop, so ARIMA estimates agree with R's.
 */
public final class Bfgs {
    private static final double STEP_REDUCTION = 0.2;
    private static final double ACCEPT_TOL = 0.0001;
    private static final double REL_TEST = 10.0;

    private final double relTol;
    private final int maxIterations;
    private final double gradientStep;

    public Bfgs(double relTol, int maxIterations, double gradientStep) {
        this.relTol = relTol;
        this.maxIterations = maxIterations;
        this.gradientStep = gradientStep;
    }

    public record Result(double[] point, double value, boolean converged) {}

    public Result minimize(Objective f, double[] start) {
        int n = start.length;
        double[] b = start.clone();
        double fmin = f.value(b);
        if (!Double.isFinite(fmin)) {
            return new Result(b, Double.POSITIVE_INFINITY, false);
        }
        if (n == 0) {
            return new Result(b, fmin, true);
        }
        double[] g = gradient(f, b);
        double[] t = new double[n];
        double[] x = new double[n];
        double[] c = new double[n];
        double[][] bm = new double[n][n];
        int gradcount = 1;
        int ilast = gradcount;
        int iter = 1;
        int count;
        do {
            if (ilast == gradcount) {
                for (int i = 0; i < n; i++) {
                    java.util.Arrays.fill(bm[i], 0.0);
                    bm[i][i] = 1.0;
                }
            }
            System.arraycopy(b, 0, x, 0, n);
            System.arraycopy(g, 0, c, 0, n);
            double gradproj = 0.0;
            for (int i = 0; i < n; i++) {
                double s = 0.0;
                for (int j = 0; j <= i; j++) {
                    s -= bm[i][j] * g[j];
                }
                for (int j = i + 1; j < n; j++) {
                    s -= bm[j][i] * g[j];
                }
                t[i] = s;
                gradproj += s * g[i];
            }
            if (gradproj < 0.0) {
                double steplength = 1.0;
                boolean accpoint = false;
                double fv = fmin;
                do {
                    count = 0;
                    for (int i = 0; i < n; i++) {
                        b[i] = x[i] + steplength * t[i];
                        if (REL_TEST + x[i] == REL_TEST + b[i]) {
                            count++;
                        }
                    }
                    if (count < n) {
                        fv = f.value(b);
                        accpoint = Double.isFinite(fv) && fv <= fmin + gradproj * steplength * ACCEPT_TOL;
                        if (!accpoint) {
                            steplength *= STEP_REDUCTION;
                        }
                    }
                } while (!(count == n || accpoint));
                boolean enough = Math.abs(fv - fmin) > relTol * (Math.abs(fmin) + relTol);
                if (!enough) {
                    count = n;
                    if (Double.isFinite(fv) && fv < fmin) {
                        fmin = fv;
                    } else {
                        System.arraycopy(x, 0, b, 0, n);
                    }
                }
                if (count < n) {
                    fmin = fv;
                    g = gradient(f, b);
                    gradcount++;
                    iter++;
                    double d1 = 0.0;
                    for (int i = 0; i < n; i++) {
                        t[i] = steplength * t[i];
                        c[i] = g[i] - c[i];
                        d1 += t[i] * c[i];
                    }
                    if (d1 > 0) {
                        double d2 = 0.0;
                        for (int i = 0; i < n; i++) {
                            double s = 0.0;
                            for (int j = 0; j <= i; j++) {
                                s += bm[i][j] * c[j];
                            }
                            for (int j = i + 1; j < n; j++) {
                                s += bm[j][i] * c[j];
                            }
                            x[i] = s;
                            d2 += s * c[i];
                        }
                        d2 = 1.0 + d2 / d1;
                        for (int i = 0; i < n; i++) {
                            for (int j = 0; j <= i; j++) {
                                bm[i][j] += (d2 * t[i] * t[j] - x[i] * c[j] - t[i] * x[j]) / d1;
                            }
                        }
                    } else {
                        ilast = gradcount;
                    }
                } else if (ilast < gradcount) {
                    count = 0;
                    ilast = gradcount;
                }
            } else {
                count = 0;
                if (ilast == gradcount) {
                    count = n;
                } else {
                    ilast = gradcount;
                }
            }
            if (iter >= maxIterations) {
                return new Result(b, fmin, false);
            }
            if (gradcount - ilast > 2 * n) {
                ilast = gradcount;
            }
        } while (count != n || ilast != gradcount);
        return new Result(b, fmin, true);
    }

    private double[] gradient(Objective f, double[] x) {
        double[] g = new double[x.length];
        double[] probe = x.clone();
        for (int i = 0; i < x.length; i++) {
            probe[i] = x[i] + gradientStep;
            double up = f.value(probe);
            probe[i] = x[i] - gradientStep;
            double down = f.value(probe);
            probe[i] = x[i];
            double d = (up - down) / (2 * gradientStep);
            g[i] = Double.isFinite(d) ? d : 0.0;
        }
        return g;
    }
}
