package org.salestrack.analytics.marketing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A synthetic control: the treated series before the window as a weighted combination of untouched series, with
 * non-negative weights summing to 1 fitted by least squares on the fit days; the same combination over the window is
 * the counterfactual. Every series is indexed to its own mean over the fit days first (a channel ten times the
 * campaign's size is a pattern, not a level), and the combination is scaled back by the treated series' mean.
 *
 * The constrained least squares is solved by accelerated projected gradient onto the simplex (the problem is convex:
 * the iterations reach its one optimum; weights agree with an exact solution to 1e-6 on the tests' cases).
 */
public final class SyntheticControl {
    private static final int MAX_ITERATIONS = 20_000;
    private static final double TOLERANCE = 1e-11;

    /**
     * The fitted combination. {@code weights} by donor; {@code scale} the treated series' mean over the fit days;
     * {@code donorMeans} each donor's; {@code residuals} treated - fitted on the fit days, in their order (units).
     */
    public record Fit(double[] weights, double scale, double[] donorMeans, int fitDays, double[] residuals) {
        /** The counterfactual of day {@code i} of the donors' series. */
        public double at(double[][] donors, int i) {
            double v = 0;
            for (int j = 0; j < weights.length; j++) if (weights[j] > 0) v += weights[j] * donors[j][i] / donorMeans[j];
            return v * scale;
        }

        /** Root mean square of the fit's residuals. */
        public double rmse() {
            double s = 0;
            for (double r : residuals) s += r * r;
            return residuals.length == 0 ? 0 : Math.sqrt(s / residuals.length);
        }

        /**
         * Quantile {@code q} of the sum of {@code length} consecutive fit-day residuals (every such run): how far the fit
         * strays over a window of that length. When fewer than 5 runs fit, {@code length} x the day residuals' quantile
         * (every day's error taken to move together, as the forecast baseline's interval does).
         */
        public double runSumQuantile(int length, double q) {
            int runs = residuals.length - length + 1;
            if (runs < 5) return length * quantile(residuals.clone(), q);
            double[] sums = new double[runs];
            double s = 0;
            for (int i = 0; i < length; i++) s += residuals[i];
            sums[0] = s;
            for (int i = 1; i < runs; i++) {
                s += residuals[i + length - 1] - residuals[i - 1];
                sums[i] = s;
            }
            return quantile(sums, q);
        }
    }

    private SyntheticControl() {}

    /**
     * Fits the treated series on the days {@code fit} marks; donors with no sales on those days are given weight 0.
     * Null when no day is marked, the treated series has no sales on them or no donor has.
     */
    public static Fit fit(double[] treated, double[][] donors, boolean[] fit) {
        int n = 0;
        for (boolean b : fit) if (b) n++;
        if (n == 0 || donors.length == 0) return null;
        int k = donors.length;
        double scale = 0;
        double[] means = new double[k];
        for (int i = 0; i < fit.length; i++) {
            if (!fit[i]) continue;
            scale += treated[i];
            for (int j = 0; j < k; j++) means[j] += donors[j][i];
        }
        scale /= n;
        if (scale <= 0) return null;
        boolean any = false;
        for (int j = 0; j < k; j++) {
            means[j] /= n;
            any |= means[j] > 0;
        }
        if (!any) return null;
        // y and X indexed to their means over the fit days; a donor with no sales there is a column of zeros, held at 0
        double[] y = new double[n];
        double[][] x = new double[n][k];
        int r = 0;
        for (int i = 0; i < fit.length; i++) {
            if (!fit[i]) continue;
            y[r] = treated[i] / scale;
            for (int j = 0; j < k; j++) x[r][j] = means[j] > 0 ? donors[j][i] / means[j] : 0;
            r++;
        }
        boolean[] usable = new boolean[k];
        for (int j = 0; j < k; j++) usable[j] = means[j] > 0;
        double[] w = simplexLeastSquares(x, y, usable);
        double[] res = new double[n];
        for (int i = 0; i < n; i++) {
            double f = 0;
            for (int j = 0; j < k; j++) f += x[i][j] * w[j];
            res[i] = (y[i] - f) * scale;
        }
        double[] safeMeans = means.clone();
        for (int j = 0; j < k; j++) if (safeMeans[j] <= 0) safeMeans[j] = 1;
        return new Fit(w, scale, safeMeans, n, res);
    }

    /**
     * In-time placebos: up to {@code maxRuns} runs of {@code length} consecutive fit days, evenly spread, each held out in
     * turn while the weights are fitted on the other fit days; the treated units minus the combination summed over the run.
     * What the fit misses on days it did not see, which the residuals of the days it saw understate when donors are many.
     * Empty when fewer than {@code minFit} fit days would remain.
     */
    public static double[] placeboErrors(double[] treated, double[][] donors, boolean[] fit, int length, int maxRuns, int minFit) {
        List<Integer> days = new ArrayList<>();
        for (int i = 0; i < fit.length; i++) if (fit[i]) days.add(i);
        int positions = days.size() - length + 1;
        if (positions < 1 || days.size() - length < minFit) return new double[0];
        int runs = Math.min(maxRuns, positions);
        double[] out = new double[runs];
        int n = 0;
        for (int r = 0; r < runs; r++) {
            int startAt = runs == 1 ? 0 : (int) Math.round((double) r * (positions - 1) / (runs - 1));
            boolean[] rest = fit.clone();
            for (int k = 0; k < length; k++) rest[days.get(startAt + k)] = false;
            Fit f = fit(treated, donors, rest);
            if (f == null) continue;
            double e = 0;
            for (int k = 0; k < length; k++) {
                int i = days.get(startAt + k);
                e += treated[i] - f.at(donors, i);
            }
            out[n++] = e;
        }
        return Arrays.copyOf(out, n);
    }

    /** Quantile {@code q} of {@code values} (linear between order statistics). */
    public static double quantileOf(double[] values, double q) { return quantile(values.clone(), q); }

    /** argmin ||y - X w||^2 over w >= 0, sum w = 1, w_j = 0 where not usable. */
    static double[] simplexLeastSquares(double[][] x, double[] y, boolean[] usable) {
        int n = y.length, k = usable.length;
        double[][] g = new double[k][k];
        double[] b = new double[k];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < k; a++) {
                if (!usable[a]) continue;
                b[a] += x[i][a] * y[i];
                for (int c = 0; c < k; c++) if (usable[c]) g[a][c] += x[i][a] * x[i][c];
            }
        }
        double lipschitz = largestEigenvalue(g);
        if (lipschitz <= 0) lipschitz = 1;
        int m = 0;
        for (boolean u : usable) if (u) m++;
        double[] w = new double[k];
        for (int j = 0; j < k; j++) w[j] = usable[j] ? 1.0 / m : 0;
        double[] z = w.clone();
        double t = 1;
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double[] grad = new double[k];
            for (int a = 0; a < k; a++) {
                if (!usable[a]) continue;
                double s = -b[a];
                for (int c = 0; c < k; c++) s += g[a][c] * z[c];
                grad[a] = s;
            }
            double[] next = new double[k];
            for (int j = 0; j < k; j++) next[j] = z[j] - grad[j] / lipschitz;
            next = projectOntoSimplex(next, usable);
            double tNext = (1 + Math.sqrt(1 + 4 * t * t)) / 2;
            double change = 0;
            for (int j = 0; j < k; j++) {
                z[j] = next[j] + (t - 1) / tNext * (next[j] - w[j]);
                change = Math.max(change, Math.abs(next[j] - w[j]));
            }
            w = next;
            t = tNext;
            if (change < TOLERANCE && it > 10) break;
        }
        return w;
    }

    /** Euclidean projection onto {w >= 0, sum w = 1} over the usable coordinates (sort and threshold). */
    static double[] projectOntoSimplex(double[] v, boolean[] usable) {
        int m = 0;
        for (boolean u : usable) if (u) m++;
        double[] u = new double[m];
        int p = 0;
        for (int j = 0; j < v.length; j++) if (usable[j]) u[p++] = v[j];
        Arrays.sort(u);
        double cumulative = 0, theta = 0;
        for (int i = m - 1; i >= 0; i--) {
            cumulative += u[i];
            double candidate = (cumulative - 1) / (m - i);
            if (i == 0 || u[i - 1] <= candidate) {
                theta = candidate;
                break;
            }
        }
        double[] out = new double[v.length];
        for (int j = 0; j < v.length; j++) out[j] = usable[j] ? Math.max(v[j] - theta, 0) : 0;
        return out;
    }

    private static double largestEigenvalue(double[][] g) {
        int k = g.length;
        double[] v = new double[k];
        Arrays.fill(v, 1);
        double lambda = 0;
        for (int it = 0; it < 200; it++) {
            double[] next = new double[k];
            for (int a = 0; a < k; a++) for (int c = 0; c < k; c++) next[a] += g[a][c] * v[c];
            double norm = 0;
            for (double x : next) norm += x * x;
            norm = Math.sqrt(norm);
            if (norm == 0) return 0;
            for (int a = 0; a < k; a++) v[a] = next[a] / norm;
            lambda = norm;
        }
        return lambda * 1.01;
    }

    private static double quantile(double[] values, double q) {
        Arrays.sort(values);
        double pos = q * (values.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, values.length - 1);
        return values[lo] + (pos - lo) * (values[hi] - values[lo]);
    }
}
