package org.salestrack.forecast.scenario;

/**
 * A price elasticity of units estimated from history and shrunk towards a prior.
 *
 * @param elasticity          the value to use: shrinkageWeight * prior + (1 - shrinkageWeight) * estimate
 * @param estimate            the log-log regression coefficient of units on price (NaN when not estimable)
 * @param standardError       its standard error (infinite when not estimable)
 * @param shrinkageWeight     se^2 / (se^2 + priorStandardError^2): 0 trusts the data, 1 the prior
 * @param observations        periods used (those with positive units and price)
 * @param trendControl        whether a linear trend was in the regression
 * @param seasonControl       whether season dummies were in the regression
 */
public record ElasticityEstimate(double elasticity, double estimate, double standardError, double shrinkageWeight,
                                 double prior, double priorStandardError, int observations,
                                 boolean trendControl, boolean seasonControl) {
}
