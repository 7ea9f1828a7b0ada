package org.salestrack.forecast.global;

/**
 * The global model's forecast of one series: mean and 80% band (split-conformal: the band's half-width is
 * the 80th percentile of the absolute scaled errors every series of the level made at that step of the
 * holdout), and the holdout forecast itself, so auto can hold it against the series' own model.
 *
 * @param backtest the forecast of the last {@code holdout} points from the model trained without them; null when too short
 */
public record GlobalForecast(String seriesId, double[] mean, double[] p10, double[] p90, double[] backtest, int holdout) {}
