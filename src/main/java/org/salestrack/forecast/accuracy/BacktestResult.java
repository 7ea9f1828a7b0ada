package org.salestrack.forecast.accuracy;

/**
 * Accuracy of a model over held-out data. Percentages (MAPE, sMAPE, WAPE, coverage) are in percent;
 * MAPE is infinite when an actual is zero. Rolling-origin results are means over the origins.
 */
public record BacktestResult(String model, int origins, int horizon, double mape, double smape, double wape,
                             double rmse, double mase, double coverage80) {}
