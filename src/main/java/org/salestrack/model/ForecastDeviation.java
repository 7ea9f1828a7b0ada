package org.salestrack.model;

/**
 * One period's forecast against its actual. {@code percentError} = (actual - forecast) / forecast, 0 when both
 * are zero and infinite when only the forecast is; {@code withinInterval} means P10 &lt;= actual &lt;= P90.
 */
public record ForecastDeviation(String seriesId, String period, double actual, double forecast, double p10, double p90,
                                double error, double percentError, boolean withinInterval) {
}
