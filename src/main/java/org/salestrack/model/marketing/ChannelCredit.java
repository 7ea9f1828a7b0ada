package org.salestrack.model.marketing;

/**
 * What one model credits a channel with: conversions (fractional), the revenue of those conversions, and
 * for the Markov model its removal effect (the share of conversions lost without it; null otherwise).
 */
public record ChannelCredit(String channel, double conversions, double value, Double removalEffect) {}
