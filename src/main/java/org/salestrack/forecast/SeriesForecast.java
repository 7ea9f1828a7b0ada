package org.salestrack.forecast;

import java.util.List;
import java.util.Map;
import org.salestrack.forecast.accuracy.BacktestResult;
import org.salestrack.forecast.accuracy.VersusSeasonalNaive;

/**
 * The outcome of one model on one series: the fitted model's name and parameters, the forecast per step,
 * the holdout accuracy when requested ({@code null} otherwise), and a warning when the requested model
 * could not fit and a fallback was used ({@code null} otherwise), and the model's backtest next to seasonal
 * naive's ({@code null} when not checked; {@code auto} is always checked).
 */
public record SeriesForecast(String seriesId, String modelKey, String modelName, Map<String, Double> parameters,
                             List<Step> steps, BacktestResult accuracy, String warning,
                             VersusSeasonalNaive versusNaive) {

    public SeriesForecast(String seriesId, String modelKey, String modelName, Map<String, Double> parameters, List<Step> steps,
                          BacktestResult accuracy, String warning) {
        this(seriesId, modelKey, modelName, parameters, steps, accuracy, warning, null);
    }

    /** One forecast step: period label, mean and the 10/50/90% quantiles. */
    public record Step(int step, String period, double mean, double p10, double p50, double p90) {}
}
