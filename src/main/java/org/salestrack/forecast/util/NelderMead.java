package org.salestrack.forecast.util;

/**
 * Nelder-Mead simplex minimiser, a port of R's {@code nmmin} (src/appl/optim.c), the optimiser forecast::ets
 * uses. Porting it rather than using Hipparchus' SimplexOptimizer keeps the initial simplex, the stopping
 * rule and the treatment of infeasible points (a huge value) identical to R, so fits land where ets's land.
 */
public final class NelderMead {
    private static final double BIG = 1.0e35;
    private static final double ALPHA = 1.0;
    private static final double BETA = 0.5;
    private static final double GAMMA = 2.0;

    private final double relTol;
    private final int maxEvaluations;

    public NelderMead(double relTol, int maxEvaluations) {
        this.relTol = relTol;
        this.maxEvaluations = maxEvaluations;
    }

    /** Result: the best point, its value and the number of evaluations used. */
    public record Result(double[] point, double value, int evaluations) {}

    public Result minimize(Objective f, double[] start) {
        int n = start.length;
        double[] b = start.clone();
        double fx = f.value(b);
        if (!Double.isFinite(fx)) {
            return new Result(b, Double.POSITIVE_INFINITY, 1);
        }
        int n1 = n + 1;
        int c = n + 2;
        double[][] p = new double[n1][c];   // p[i][j]: coordinate i (row n holds values) of vertex j
        int funcount = 1;
        double convtol = relTol * (Math.abs(fx) + relTol);
        p[n1 - 1][0] = fx;
        for (int i = 0; i < n; i++) {
            p[i][0] = b[i];
        }
        int l = 1;
        double step = 0.0;
        for (int i = 0; i < n; i++) {
            step = Math.max(step, 0.1 * Math.abs(b[i]));
        }
        if (step == 0.0) {
            step = 0.1;
        }
        double size = 0.0;
        for (int j = 2; j <= n1; j++) {
            for (int i = 0; i < n; i++) {
                p[i][j - 1] = b[i];
            }
            double trystep = step;
            while (p[j - 2][j - 1] == b[j - 2]) {
                p[j - 2][j - 1] = b[j - 2] + trystep;
                trystep *= 10;
            }
            size += trystep;
        }
        double oldsize = size;
        boolean calcvert = true;
        do {
            if (calcvert) {
                for (int j = 0; j < n1; j++) {
                    if (j + 1 != l) {
                        for (int i = 0; i < n; i++) {
                            b[i] = p[i][j];
                        }
                        p[n1 - 1][j] = finite(f.value(b));
                        funcount++;
                    }
                }
                calcvert = false;
            }
            double vl = p[n1 - 1][l - 1];
            double vh = vl;
            int h = l;
            for (int j = 1; j <= n1; j++) {
                if (j != l) {
                    double v = p[n1 - 1][j - 1];
                    if (v < vl) {
                        l = j;
                        vl = v;
                    }
                    if (v > vh) {
                        h = j;
                        vh = v;
                    }
                }
            }
            if (vh <= vl + convtol) {
                break;
            }
            for (int i = 0; i < n; i++) {
                double temp = -p[i][h - 1];
                for (int j = 0; j < n1; j++) {
                    temp += p[i][j];
                }
                p[i][c - 1] = temp / n;
            }
            for (int i = 0; i < n; i++) {
                b[i] = (1.0 + ALPHA) * p[i][c - 1] - ALPHA * p[i][h - 1];
            }
            double vr = finite(f.value(b));
            funcount++;
            if (vr < vl) {
                p[n1 - 1][c - 1] = vr;
                for (int i = 0; i < n; i++) {
                    double e = GAMMA * b[i] + (1 - GAMMA) * p[i][c - 1];
                    p[i][c - 1] = b[i];
                    b[i] = e;
                }
                double fe = finite(f.value(b));
                funcount++;
                if (fe < vr) {
                    for (int i = 0; i < n; i++) {
                        p[i][h - 1] = b[i];
                    }
                    p[n1 - 1][h - 1] = fe;
                } else {
                    for (int i = 0; i < n; i++) {
                        p[i][h - 1] = p[i][c - 1];
                    }
                    p[n1 - 1][h - 1] = vr;
                }
            } else {
                if (vr < vh) {
                    for (int i = 0; i < n; i++) {
                        p[i][h - 1] = b[i];
                    }
                    p[n1 - 1][h - 1] = vr;
                }
                for (int i = 0; i < n; i++) {
                    b[i] = (1 - BETA) * p[i][h - 1] + BETA * p[i][c - 1];
                }
                double fc = finite(f.value(b));
                funcount++;
                if (fc < p[n1 - 1][h - 1]) {
                    for (int i = 0; i < n; i++) {
                        p[i][h - 1] = b[i];
                    }
                    p[n1 - 1][h - 1] = fc;
                } else if (vr >= vh) {
                    calcvert = true;
                    size = 0.0;
                    for (int j = 0; j < n1; j++) {
                        if (j + 1 != l) {
                            for (int i = 0; i < n; i++) {
                                p[i][j] = BETA * (p[i][j] - p[i][l - 1]) + p[i][l - 1];
                                size += Math.abs(p[i][j] - p[i][l - 1]);
                            }
                        }
                    }
                    if (size < oldsize) {
                        oldsize = size;
                    } else {
                        break;
                    }
                }
            }
        } while (funcount <= maxEvaluations);
        double[] best = new double[n];
        for (int i = 0; i < n; i++) {
            best[i] = p[i][l - 1];
        }
        return new Result(best, p[n1 - 1][l - 1], funcount);
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : BIG;
    }
}
