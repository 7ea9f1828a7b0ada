package org.salestrack.forecast;

import java.util.List;
import java.util.Map;
import org.salestrack.forecast.accuracy.BacktestResult;

/**
 * The outcome of one model on one series: the fitted model's name and parameters, the forecast per step,
 * the holdout accuracy when requested ({@code null} otherwise), and a warning when the requested model
 * could not fit and a fallback was used ({@code null} otherwise).
 */
public record SeriesForecast(String seriesId, String modelKey, String modelName, Map<String, Double> parameters,
                             List<Step> steps, BacktestResult accuracy, String warning) {

    /** One forecast step: period label, mean and the 10/50/90% quantiles. */
    public record Step(int step, String period, double mean, double p10, double p50, double p90) {}
}
