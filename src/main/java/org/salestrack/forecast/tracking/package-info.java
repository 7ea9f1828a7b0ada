/**
 * Forecast against actuals as they arrive: deviations, running accuracy, and alerts by policy.
 *
 * <pre>{@code
 * TrackingReport report = new ForecastTracker(AlertPolicy.DEFAULT)
 *     .track(new TrackedForecast("GD|X9", periods, mean, p10, p90), Map.of("2026-W27", 412.0));
 * report.alerts();   // ForecastAlert records (org.salestrack.model) to store and show
 * }</pre>
 */
package org.salestrack.forecast.tracking;
