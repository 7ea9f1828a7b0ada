package org.salestrack.analytics.customer;

import static org.hipparchus.special.Gamma.logGamma;

import java.util.List;
import org.salestrack.model.customer.RepeatSummary;

/**
 * The BG/NBD model of Fader, Hardie and Lee ("Counting your customers the easy way", Marketing Science
 * 2005): while alive a customer buys as a Poisson process whose rate is Gamma(r, alpha) across
 * customers, and after each purchase drops out with a probability that is Beta(a, b) across customers.
 * Fitted by maximum likelihood on the customers' (x, t_x, T); the formulas are the paper's equations
 * (3), (7), (9) and (10).
 */
public final class BgNbd {
    private BgNbd() {}

    /** The fitted parameters; {@code atBound} when the data could not pin one down (see LogSpaceFit). */
    public record Params(double r, double alpha, double a, double b, double logLikelihood, boolean atBound) {
        public Params {
            // (a + b - 1) / (a - 1) has a removable singularity at a = 1; step just past it
            if (Math.abs(a - 1) < 1e-7) a = 1 + 1e-7;
        }
    }

    public static Params fit(List<RepeatSummary> customers) {
        if (customers.isEmpty()) throw new IllegalArgumentException("no customers to fit");
        Histories h = Histories.of(customers);
        // r and alpha start where the mean rate matches the data; a, b where about half stay
        LogSpaceFit.Result f = LogSpaceFit.maximise(p -> h.logLikelihood(p[0], p[1], p[2], p[3]), new double[] {1, Math.max(h.meanAge, 1e-3), 1, 1});
        double[] p = f.params();
        return new Params(p[0], p[1], p[2], p[3], f.logLikelihood(), f.atBound());
    }

    /**
     * The customers as distinct (x, t_x, T) with their counts: customers who bought once differ only by
     * T, so a million customers are a few hundred thousand terms. Terms that depend on x alone, on T
     * alone or on t_x alone (log-gammas, log(alpha + T), log(alpha + t_x)) are computed once per distinct
     * value for each likelihood evaluation, leaving a few multiplications and one log1p/exp per term.
     */
    private record Histories(int[] x, int[] txIndex, int[] ageIndex, double[] weight, int maxX, double[] txs, double[] ages, double meanAge) {
        static Histories of(List<RepeatSummary> customers) {
            java.util.HashMap<RepeatSummary, Integer> counts = new java.util.HashMap<>();
            java.util.TreeMap<Double, Integer> txs = new java.util.TreeMap<>();
            java.util.TreeMap<Double, Integer> ages = new java.util.TreeMap<>();
            double meanAge = 0;
            for (RepeatSummary c : customers) {
                counts.merge(RepeatSummary.of(c.repeats(), c.recency(), c.age()), 1, Integer::sum);
                txs.putIfAbsent(c.recency(), 0);
                ages.putIfAbsent(c.age(), 0);
                meanAge += c.age() / customers.size();
            }
            double[] txValues = index(txs);
            double[] ageValues = index(ages);
            int n = counts.size();
            int[] x = new int[n];
            int[] tx = new int[n];
            int[] age = new int[n];
            double[] w = new double[n];
            int i = 0;
            int maxX = 0;
            for (var e : counts.entrySet()) {
                x[i] = e.getKey().repeats();
                tx[i] = txs.get(e.getKey().recency());
                age[i] = ages.get(e.getKey().age());
                w[i] = e.getValue();
                maxX = Math.max(maxX, x[i]);
                i++;
            }
            return new Histories(x, tx, age, w, maxX, txValues, ageValues, meanAge);
        }

        /** Numbers the keys in order (the map's values become the indexes) and returns them as an array. */
        private static double[] index(java.util.TreeMap<Double, Integer> values) {
            double[] out = new double[values.size()];
            int i = 0;
            for (var e : values.entrySet()) {
                out[i] = e.getKey();
                e.setValue(i++);
            }
            return out;
        }

        double logLikelihood(double r, double alpha, double a, double b) {
            double[] byX = new double[maxX + 1];   // ln Γ(r+x) − ln Γ(r) + r ln α + ln B(a, b+x) − ln B(a, b)
            double[] lnBx = new double[maxX + 1];  // ln(b + x − 1)
            double lnGammaR = logGamma(r);
            double lnAB = logGamma(a + b) - logGamma(b);
            for (int k = 0; k <= maxX; k++) {
                byX[k] = logGamma(r + k) - lnGammaR + r * Math.log(alpha) + lnAB + logGamma(b + k) - logGamma(a + b + k);
                lnBx[k] = k > 0 ? Math.log(b + k - 1) : 0;
            }
            double[] lnAge = new double[ages.length];
            for (int k = 0; k < ages.length; k++) lnAge[k] = Math.log(alpha + ages[k]);
            double[] lnTx = new double[txs.length];
            for (int k = 0; k < txs.length; k++) lnTx[k] = Math.log(alpha + txs[k]);
            double lnA = Math.log(a);
            double sum = 0;
            for (int i = 0; i < x.length; i++) {
                int xi = x[i];
                double tail = -(r + xi) * lnAge[ageIndex[i]];
                if (xi > 0) {
                    double a4 = lnA - lnBx[xi] - (r + xi) * lnTx[txIndex[i]];
                    tail = a4 > tail ? a4 + Math.log1p(Math.exp(tail - a4)) : tail + Math.log1p(Math.exp(a4 - tail));
                }
                sum += weight[i] * (byX[xi] + tail);
            }
            return sum;
        }
    }

    /** Expected purchases of a customer just acquired, within {@code t} of the first purchase (eq. 7). */
    public static double expectedPurchases(Params p, double t) {
        double z = t / (p.alpha() + t);
        return (p.a() + p.b() - 1) / (p.a() - 1)
                * (1 - Math.pow(p.alpha() / (p.alpha() + t), p.r()) * Hypergeometric.f21(p.r(), p.b(), p.a() + p.b() - 1, z));
    }

    /** Expected purchases in the next {@code t} of a customer with this history (eq. 10). */
    public static double conditionalExpectedPurchases(Params p, RepeatSummary c, double t) {
        return probabilityAlive(p, c) * expectedPurchasesIfAlive(p, c.repeats(), c.age(), t);
    }

    /**
     * Eq. 10 without its alive probability: expected purchases in the next {@code t} of a customer still
     * alive after x repeats by age T. It does not depend on t_x, so customers can share it.
     */
    public static double expectedPurchasesIfAlive(Params p, int x, double age, double t) {
        double r = p.r();
        double alpha = p.alpha();
        double a = p.a();
        double b = p.b();
        double z = t / (alpha + age + t);
        double head = (a + b + x - 1) / (a - 1);
        return head * (1 - Math.pow((alpha + age) / (alpha + age + t), r + x) * Hypergeometric.f21(r + x, b + x, a + b + x - 1, z));
    }

    /** Probability that a customer with this history is still alive at the window's end (eq. 9 of the note). */
    public static double probabilityAlive(Params p, RepeatSummary c) {
        return 1 / (1 + deadOdds(p, c));
    }

    private static double deadOdds(Params p, RepeatSummary c) {
        int x = c.repeats();
        if (x == 0) return 0;
        return p.a() / (p.b() + x - 1) * Math.pow((p.alpha() + c.age()) / (p.alpha() + c.recency()), p.r() + x);
    }
}
