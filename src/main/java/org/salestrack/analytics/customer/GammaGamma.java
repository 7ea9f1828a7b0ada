package org.salestrack.analytics.customer;

import static org.hipparchus.special.Gamma.logGamma;

import java.util.List;
import org.salestrack.model.customer.RepeatSummary;

/**
 * The Gamma-Gamma spend model (Fader, Hardie and Lee, "RFM and CLV", 2005; Hardie's note 025): a
 * customer's purchase values are Gamma(p, nu) around a mean that is Gamma(q, gamma) across customers.
 * Fitted on the customers with at least one repeat purchase, from their repeat count and mean repeat
 * value; customers without repeats get the population mean.
 */
public final class GammaGamma {
    private GammaGamma() {}

    public record Params(double p, double q, double gamma, double logLikelihood, int customers, boolean atBound) {}

    /** Empty when no customer has a repeat purchase with a positive value: there is nothing to fit. */
    public static java.util.Optional<Params> fit(List<RepeatSummary> all) {
        List<RepeatSummary> repeaters = all.stream().filter(c -> c.repeats() > 0 && c.meanRepeatSpend() > 0).toList();
        if (repeaters.isEmpty()) return java.util.Optional.empty();
        int n = repeaters.size();
        int[] x = new int[n];
        double[] lnM = new double[n];
        double[] m = new double[n];
        int maxX = 0;
        double mean = 0;
        for (int i = 0; i < n; i++) {
            x[i] = repeaters.get(i).repeats();
            m[i] = repeaters.get(i).meanRepeatSpend();
            lnM[i] = Math.log(m[i]);
            maxX = Math.max(maxX, x[i]);
            mean += m[i] / n;
        }
        int top = maxX;
        LogSpaceFit.Result f = LogSpaceFit.maximise(v -> logLikelihood(v[0], v[1], v[2], x, m, lnM, top), new double[] {1, 1, mean});
        double[] v = f.params();
        return java.util.Optional.of(new Params(v[0], v[1], v[2], f.logLikelihood(), n, f.atBound()));
    }

    /** The log-gamma terms depend on x alone: computed once per distinct x, not once per customer. */
    static double logLikelihood(double p, double q, double gamma, int[] x, double[] m, double[] lnM, int maxX) {
        double[] byX = new double[maxX + 1];
        double constant = -logGamma(q) + q * Math.log(gamma);
        for (int k = 1; k <= maxX; k++) byX[k] = logGamma(p * k + q) - logGamma(p * k) + constant + p * k * Math.log(k);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double px = p * x[i];
            sum += byX[x[i]] + (px - 1) * lnM[i] - (px + q) * Math.log(gamma + m[i] * x[i]);
        }
        return sum;
    }

    /** Expected mean purchase value of a customer with this history. */
    public static double expectedSpend(Params g, RepeatSummary c) {
        int x = c.repeats();
        if (x == 0 || c.meanRepeatSpend() <= 0) return populationMean(g);
        return g.p() * (g.gamma() + x * c.meanRepeatSpend()) / (g.p() * x + g.q() - 1);
    }

    /** The mean of the spend distribution, p gamma / (q - 1); infinite when q <= 1. */
    public static double populationMean(Params g) {
        return g.q() > 1 ? g.p() * g.gamma() / (g.q() - 1) : Double.POSITIVE_INFINITY;
    }
}
