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
        int n = customers.size();
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] age = new double[n];
        double meanAge = 0;
        for (int i = 0; i < n; i++) {
            RepeatSummary c = customers.get(i);
            x[i] = c.repeats();
            tx[i] = c.recency();
            age[i] = c.age();
            meanAge += c.age() / n;
        }
        // r and alpha start where the mean rate matches the data; a, b where about half stay
        LogSpaceFit.Result f = LogSpaceFit.maximise(p -> logLikelihood(p[0], p[1], p[2], p[3], x, tx, age),
                new double[] {1, Math.max(meanAge, 1e-3), 1, 1});
        double[] p = f.params();
        return new Params(p[0], p[1], p[2], p[3], f.logLikelihood(), f.atBound());
    }

    static double logLikelihood(double r, double alpha, double a, double b, int[] x, double[] tx, double[] age) {
        double lnBetaAB = logGamma(a) + logGamma(b) - logGamma(a + b);
        double sum = 0;
        double lnGammaR = logGamma(r);
        for (int i = 0; i < x.length; i++) {
            int xi = x[i];
            double a1 = logGamma(r + xi) - lnGammaR + r * Math.log(alpha);
            double a2 = logGamma(a + b) + logGamma(b + xi) - logGamma(b) - logGamma(a + b + xi);
            double a3 = -(r + xi) * Math.log(alpha + age[i]);
            double tail = a3;
            if (xi > 0) {
                double a4 = Math.log(a) - Math.log(b + xi - 1) - (r + xi) * Math.log(alpha + tx[i]);
                double hi = Math.max(a3, a4);
                tail = hi + Math.log(Math.exp(a3 - hi) + Math.exp(a4 - hi));
            }
            sum += a1 + a2 + tail;
        }
        return Double.isNaN(lnBetaAB) ? Double.NaN : sum;
    }

    /** Expected purchases of a customer just acquired, within {@code t} of the first purchase (eq. 7). */
    public static double expectedPurchases(Params p, double t) {
        double z = t / (p.alpha() + t);
        return (p.a() + p.b() - 1) / (p.a() - 1)
                * (1 - Math.pow(p.alpha() / (p.alpha() + t), p.r()) * Hypergeometric.f21(p.r(), p.b(), p.a() + p.b() - 1, z));
    }

    /** Expected purchases in the next {@code t} of a customer with this history (eq. 10). */
    public static double conditionalExpectedPurchases(Params p, RepeatSummary c, double t) {
        double r = p.r();
        double alpha = p.alpha();
        double a = p.a();
        double b = p.b();
        int x = c.repeats();
        double T = c.age();
        double z = t / (alpha + T + t);
        double head = (a + b + x - 1) / (a - 1);
        double body = 1 - Math.pow((alpha + T) / (alpha + T + t), r + x) * Hypergeometric.f21(r + x, b + x, a + b + x - 1, z);
        return head * body / (1 + deadOdds(p, c));
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
