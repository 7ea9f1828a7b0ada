package org.salestrack.model.marketing;

/** A conversion rate's posterior: its mean and a central credible interval. */
public record Posterior(double mean, double low, double high) {}
