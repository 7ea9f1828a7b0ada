package org.salestrack.model.report;

/** One step of the latest forecast run for a series; quantiles are null when the model gave none. */
public record ForecastLine(String level, String seriesKey, String model, String runAt, int step, String period,
                           double mean, Double p10, Double p50, Double p90) {}
