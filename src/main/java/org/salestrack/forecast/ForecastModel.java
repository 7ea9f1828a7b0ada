package org.salestrack.forecast;

/**
 * A forecasting method: fits one series and returns what it learned. Implementations are stateless and
 * thread-safe, so one instance can fit many series in parallel.
 */
public interface ForecastModel {

    /** Short method key as used on the command line, e.g. {@code "ets"}, {@code "arima"}. */
    String key();

    /**
     * Fits the series.
     *
     * @param y            observations, oldest first, no missing values
     * @param seasonLength observations per seasonal cycle (1 = none, 4 quarterly, 12 monthly, 7 daily, 52 weekly)
     * @throws IllegalArgumentException when the series is too short or not finite for this method
     */
    FittedModel fit(double[] y, int seasonLength);
}
