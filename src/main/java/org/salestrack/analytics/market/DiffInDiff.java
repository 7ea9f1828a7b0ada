package org.salestrack.analytics.market;

import java.util.List;
import org.hipparchus.distribution.continuous.TDistribution;
import org.salestrack.model.market.Interval;

/**
 * Difference in differences over units of observation (provinces), each with a value before, a value after
 * and a weight (its market before, so a province of a hundred phones a month does not count as much as one
 * of ten thousand). The estimate is the weighted mean change of the treated minus that of the controls.
 * Each side's variance is the cluster-robust one of a weighted mean, n/(n-1) * sum w^2 (d - mean)^2 / (sum w)^2;
 * the interval is t-based with Welch-Satterthwaite degrees of freedom.
 */
public final class DiffInDiff {
    /** One province: its value before and after, and its weight. */
    public record Unit(String id, double before, double after, double weight) {
        double change() { return after - before; }
    }

    /** A weighted mean change and the variance of that mean. */
    record Side(double mean, double variance, int n) {}

    private DiffInDiff() {}

    /** The treated minus control change with its two-sided {@code level} interval; null with fewer than two units a side. */
    public static Interval estimate(List<Unit> treated, List<Unit> controls, double level) {
        if (treated.size() < 2 || controls.size() < 2) return null;
        Side t = side(treated);
        Side c = side(controls);
        double effect = t.mean - c.mean;
        double variance = t.variance + c.variance;
        double df = variance * variance / (t.variance * t.variance / (t.n - 1) + c.variance * c.variance / (c.n - 1));
        double half = variance == 0 ? 0 : quantile(df, level) * Math.sqrt(variance);
        return new Interval(effect, effect - half, effect + half, t.n, c.n);
    }

    /** One group's weighted mean of {@code values} and its interval (a paired difference in differences). */
    public static Interval mean(List<Unit> units, double level) {
        if (units.size() < 2) return null;
        Side s = side(units);
        double half = s.variance == 0 ? 0 : quantile(s.n - 1, level) * Math.sqrt(s.variance);
        return new Interval(s.mean, s.mean - half, s.mean + half, s.n, 0);
    }

    static Side side(List<Unit> units) {
        double w = 0;
        double wd = 0;
        for (Unit u : units) {
            w += u.weight();
            wd += u.weight() * u.change();
        }
        double mean = wd / w;
        double ss = 0;
        for (Unit u : units) {
            double dev = u.change() - mean;
            ss += u.weight() * u.weight() * dev * dev;
        }
        int n = units.size();
        return new Side(mean, n / (n - 1.0) * ss / (w * w), n);
    }

    private static double quantile(double df, double level) {
        if (!(df > 0) || Double.isInfinite(df)) return 1.959963984540054;
        return new TDistribution(df).inverseCumulativeProbability(0.5 + level / 2);
    }
}
