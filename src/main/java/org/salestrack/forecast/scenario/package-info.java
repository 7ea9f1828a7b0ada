/**
 * What-if scenarios on a base forecast: drivers (price, promotion, competitor launch, channel shift) with
 * the elasticity and uplift they need estimated from history.
 *
 * <pre>{@code
 * ElasticityEstimate e = new ElasticityEstimator().estimate(units, prices, 12);
 * UpliftEstimate u = new UpliftEstimator(12, 1).estimate(history, pastCampaigns).get("618");
 * Scenario cut = Scenario.of("price -5% + 618",
 *     new PriceChange("*", -0.05, e.elasticity(), 0), new Promotion("online", "618", 5, 2, u.uplift()));
 * ScenarioComparison table = ScenarioComparator.compare(base, List.of(cut, other), ScenarioComparator.TOTAL);
 * Map<String, Object> json = cut.toDefinition().toMap();   // Scenario.fromDefinition(ScenarioDefinition.fromMap(json))
 * }</pre>
 */
package org.salestrack.forecast.scenario;
