package org.salestrack.forecast.service;

import java.util.List;
import java.util.Map;
import org.salestrack.forecast.SeriesForecast;
import org.salestrack.forecast.accuracy.BacktestResult;

/**
 * One model on one series, as the forecast screen shows it: the forecast with its band, the fitted
 * parameters, the holdout accuracy, the in-sample one-step fit, and the holdout forecast (what the model
 * fitted on the earlier points said about the held-out ones; null without a holdout).
 */
public record ModelRun(String key, String name, Map<String, Double> parameters, List<SeriesForecast.Step> steps,
                       BacktestResult accuracy, double[] fitted, double[] backtest, String warning) {

    public double[] mean() { return steps.stream().mapToDouble(SeriesForecast.Step::mean).toArray(); }

    public double[] p10() { return steps.stream().mapToDouble(SeriesForecast.Step::p10).toArray(); }

    public double[] p50() { return steps.stream().mapToDouble(SeriesForecast.Step::p50).toArray(); }

    public double[] p90() { return steps.stream().mapToDouble(SeriesForecast.Step::p90).toArray(); }

    public List<String> periods() { return steps.stream().map(SeriesForecast.Step::period).toList(); }
}
