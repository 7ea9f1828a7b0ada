package org.salestrack.forecast.launch;

import java.util.List;
import org.salestrack.forecast.util.NelderMead;

/**
 * The Bass (1969) diffusion curve: of {@code m} eventual buyers, a share {@code p} adopts on its own each period
 * (innovation) and a share {@code q} follows those who already have (imitation). Cumulative adoption by time t is
 * {@code m F(t)} with {@code F(t) = (1 - e^{-(p+q)t}) / (1 + (q/p) e^{-(p+q)t})}; a period's sales are the difference.
 * A phone with a launch peak and a steady decay is a large p; a slow riser is a large q against p.
 */
public record BassDiffusion(double p, double q, double m) {
    private static final NelderMead OPTIMISER = new NelderMead(1e-10, 4000);

    public BassDiffusion {
        if (!(p > 0) || !(q >= 0) || !(m > 0)) throw new IllegalArgumentException("Bass needs p > 0, q >= 0, m > 0");
    }

    /** Share of the eventual buyers who have bought by time {@code t} (t in periods since launch; F(0) = 0). */
    public double cumulative(double t) {
        double e = Math.exp(-(p + q) * t);
        return (1 - e) / (1 + (q / p) * e);
    }

    /** Sales in periods 1..n after launch (index 0 is the launch period). */
    public double[] sales(int n) {
        return sales(0, n);
    }

    /** Sales in the {@code n} periods after the first {@code from} ones. */
    public double[] sales(int from, int n) {
        double[] out = new double[n];
        for (int k = 0; k < n; k++) out[k] = m * (cumulative(from + k + 1.0) - cumulative(from + k));
        return out;
    }

    /** The period (1-based) whose sales are highest: t* = ln(q/p)/(p+q), at least the first. */
    public double peakTime() {
        return q > p ? Math.log(q / p) / (p + q) : 0;
    }

    /** The Bass curve fitted to one sales curve by least squares (periods counted from launch). */
    public static BassDiffusion fit(double[] sales) {
        return fit(List.of(sales));
    }

    /**
     * One Bass curve fitted by nonlinear least squares to several curves at once (each period of each curve one
     * point, curves aligned on their launch): the analogues' common shape. Searched in logs, so p, q and m stay
     * positive, from a few starting shapes (launch peak, slow rise), keeping the best.
     */
    public static BassDiffusion fit(List<double[]> curves) {
        double total = 0;
        int longest = 0;
        int count = 0;
        for (double[] c : curves) {
            double s = 0;
            for (double v : c) {
                if (!Double.isFinite(v) || v < 0) throw new IllegalArgumentException("sales must be finite and non-negative");
                s += v;
            }
            total += s;
            longest = Math.max(longest, c.length);
            count++;
        }
        if (count == 0 || longest < 2 || total <= 0) throw new IllegalArgumentException("Bass needs at least two periods with sales");
        double meanTotal = total / count;
        int horizon = longest;
        NelderMead.Result best = null;
        for (double p0 : new double[] {0.3, 0.03, 0.003}) {
            for (double q0 : new double[] {0.05, 0.4}) {
                for (double share : new double[] {0.95, 0.6}) {
                    double m0 = meanTotal / Math.max(0.05, share * Math.min(1, new BassDiffusion(p0, q0, 1).cumulative(horizon)));
                    NelderMead.Result r = OPTIMISER.minimize(x -> sse(curves, x), new double[] {Math.log(p0), Math.log(q0), Math.log(m0)});
                    r = OPTIMISER.minimize(x -> sse(curves, x), r.point());
                    if (best == null || r.value() < best.value()) best = r;
                }
            }
        }
        double[] x = best.point();
        return new BassDiffusion(Math.exp(x[0]), Math.exp(x[1]), Math.exp(x[2]));
    }

    private static double sse(List<double[]> curves, double[] x) {
        double p = Math.exp(x[0]);
        double q = Math.exp(x[1]);
        double m = Math.exp(x[2]);
        if (!(p > 1e-6) || p > 5 || q > 5 || !Double.isFinite(m)) return Double.POSITIVE_INFINITY;
        BassDiffusion b = new BassDiffusion(p, q, m);
        double s = 0;
        for (double[] c : curves) {
            double prev = 0;
            for (int k = 0; k < c.length; k++) {
                double cum = b.cumulative(k + 1.0);
                double d = c[k] - m * (cum - prev);
                s += d * d;
                prev = cum;
            }
        }
        return s;
    }
}
