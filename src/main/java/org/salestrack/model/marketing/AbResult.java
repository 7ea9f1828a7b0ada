package org.salestrack.model.marketing;

/**
 * A Bayesian A/B test of two conversion rates. {@code expectedLossA} is what choosing A costs in
 * conversion rate when B is in truth better (E[max(pB - pA, 0)]), {@code expectedLossB} the reverse.
 */
public record AbResult(double probabilityBBeatsA, double expectedLossA, double expectedLossB, Posterior a, Posterior b,
                       double credibleLevel) {}
