package org.salestrack.analytics.marketing;

import org.hipparchus.distribution.continuous.BetaDistribution;
import org.hipparchus.special.Beta;
import org.salestrack.model.marketing.AbResult;
import org.salestrack.model.marketing.Conversions;
import org.salestrack.model.marketing.Posterior;

/**
 * Bayesian A/B test of two conversion rates with Beta-Binomial conjugacy. With a Beta(1, 1) (uniform) prior
 * each rate's posterior is Beta(conversions + 1, failures + 1). P(B > A) uses the exact finite sum for an
 * integer first parameter (Miller 2015), so it needs no sampling; the expected losses follow from the same
 * sum with one parameter raised by one (Stucchio 2015).
 */
public final class BetaBinomialTest {
    public static final double DEFAULT_LEVEL = 0.95;

    private BetaBinomialTest() {}

    public static AbResult compare(Conversions a, Conversions b) {
        return compare(a, b, 1, 1, DEFAULT_LEVEL);
    }

    /** @param priorAlpha,priorBeta the Beta prior of both rates (integers for the exact sum; 1, 1 is uniform) */
    public static AbResult compare(Conversions a, Conversions b, int priorAlpha, int priorBeta, double level) {
        double aa = a.conversions() + priorAlpha;
        double ba = a.trials() - a.conversions() + priorBeta;
        double ab = b.conversions() + priorAlpha;
        double bb = b.trials() - b.conversions() + priorBeta;
        double pB = probabilityGreater(aa, ba, ab, bb);
        double meanA = aa / (aa + ba);
        double meanB = ab / (ab + bb);
        double lossA = meanB * probabilityGreater(aa, ba, ab + 1, bb) - meanA * probabilityGreater(aa + 1, ba, ab, bb);
        double lossB = lossA - (meanB - meanA);
        return new AbResult(pB, Math.max(0, lossA), Math.max(0, lossB), posterior(aa, ba, level), posterior(ab, bb, level), level);
    }

    /** P(X > Y) for X ~ Beta(ax, bx), Y ~ Beta(ay, by); ax must be a whole number. */
    static double probabilityGreater(double ay, double by, double ax, double bx) {
        long terms = Math.round(ax);
        if (Math.abs(terms - ax) > 1e-9) throw new IllegalArgumentException("the exact sum needs a whole first parameter");
        double logBetaY = Beta.logBeta(ay, by);
        double total = 0;
        for (long i = 0; i < terms; i++) {
            total += Math.exp(Beta.logBeta(ay + i, by + bx) - Math.log(bx + i) - Beta.logBeta(1 + i, bx) - logBetaY);
        }
        return Math.min(1, Math.max(0, total));
    }

    static Posterior posterior(double alpha, double beta, double level) {
        BetaDistribution d = new BetaDistribution(alpha, beta);
        double tail = (1 - level) / 2;
        return new Posterior(alpha / (alpha + beta), d.inverseCumulativeProbability(tail), d.inverseCumulativeProbability(1 - tail));
    }
}
