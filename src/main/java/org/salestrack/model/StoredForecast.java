package org.salestrack.model;

import java.util.List;

/**
 * A forecast run as the workspace keeps it: which level and series, the model and its fitted parameters
 * (JSON), the holdout accuracy (JSON, may be null) and the steps.
 */
public record StoredForecast(long runId, String at, String level, String seriesKey, String model, String params,
                             int horizon, int frequency, String accuracy, List<ForecastPoint> points) {}
