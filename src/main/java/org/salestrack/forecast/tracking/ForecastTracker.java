package org.salestrack.forecast.tracking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.salestrack.model.ForecastAlert;
import org.salestrack.model.ForecastAlertReason;
import org.salestrack.model.ForecastDeviation;

/**
 * Compares a forecast with actuals as they arrive and raises alerts by an {@link AlertPolicy}. Pure: the
 * caller (the tracking service after each import) supplies the actuals and stores what comes back.
 * Actuals for periods outside the forecast, and missing (NaN) ones, are ignored.
 */
public final class ForecastTracker {
    private final AlertPolicy policy;

    public ForecastTracker(AlertPolicy policy) {
        this.policy = policy;
    }

    public ForecastTracker() {
        this(AlertPolicy.DEFAULT);
    }

    /** Every tracked series against its actuals (series id to period to value); series without actuals report empty. */
    public List<TrackingReport> trackAll(List<TrackedForecast> forecasts, Map<String, Map<String, Double>> actualsBySeries) {
        List<TrackingReport> reports = new ArrayList<>();
        for (TrackedForecast forecast : forecasts) reports.add(track(forecast, actualsBySeries.getOrDefault(forecast.seriesId(), Map.of())));
        return reports;
    }

    public TrackingReport track(TrackedForecast forecast, Map<String, Double> actualsByPeriod) {
        List<ForecastDeviation> deviations = new ArrayList<>();
        List<ForecastAlert> alerts = new ArrayList<>();
        double errorSum = 0;
        double absErrorSum = 0;
        double absPercentSum = 0;
        int percentCount = 0;
        int inside = 0;
        double[][] paths = {forecast.mean(), forecast.p10(), forecast.p90()};
        for (int t = 0; t < forecast.periods().size(); t++) {
            String period = forecast.periods().get(t);
            Double actual = actualsByPeriod.get(period);
            if (actual == null || !Double.isFinite(actual)) continue;
            ForecastDeviation deviation = deviation(forecast, paths, t, actual);
            deviations.add(deviation);
            errorSum += deviation.error();
            absErrorSum += Math.abs(deviation.error());
            if (deviation.forecast() != 0) {
                absPercentSum += Math.abs(deviation.percentError());
                percentCount++;
            }
            if (deviation.withinInterval()) inside++;
            double signal = trackingSignal(errorSum, absErrorSum, deviations.size());
            List<ForecastAlertReason> reasons = reasons(deviation, signal, deviations.size());
            if (!reasons.isEmpty()) {
                alerts.add(new ForecastAlert(forecast.seriesId(), period, actual, deviation.forecast(), deviation.p10(), deviation.p90(),
                        deviation.percentError(), reasons));
            }
        }
        int n = deviations.size();
        return new TrackingReport(forecast.seriesId(), deviations, alerts,
                percentCount == 0 ? Double.NaN : absPercentSum / percentCount,
                n == 0 ? Double.NaN : (double) inside / n,
                n == 0 ? Double.NaN : trackingSignal(errorSum, absErrorSum, n));
    }

    private static ForecastDeviation deviation(TrackedForecast forecast, double[][] paths, int t, double actual) {
        double mean = paths[0][t];
        double p10 = paths[1][t];
        double p90 = paths[2][t];
        double error = actual - mean;
        double percent = mean != 0 ? error / mean : error == 0 ? 0.0 : Math.copySign(Double.POSITIVE_INFINITY, error);
        return new ForecastDeviation(forecast.seriesId(), forecast.periods().get(t), actual, mean, p10, p90, error, percent,
                actual >= p10 && actual <= p90);
    }

    private List<ForecastAlertReason> reasons(ForecastDeviation deviation, double trackingSignal, int periodsSoFar) {
        List<ForecastAlertReason> reasons = new ArrayList<>();
        if (policy.outsideInterval()) {
            if (deviation.actual() < deviation.p10()) reasons.add(ForecastAlertReason.BELOW_P10);
            if (deviation.actual() > deviation.p90()) reasons.add(ForecastAlertReason.ABOVE_P90);
        }
        if (Math.abs(deviation.percentError()) > policy.maxAbsPercentError() && Math.abs(deviation.error()) >= policy.minAbsError()) {
            reasons.add(ForecastAlertReason.PERCENT_ERROR);
        }
        if (!Double.isNaN(policy.trackingSignalLimit()) && periodsSoFar >= policy.minPeriodsForBias()
                && Math.abs(trackingSignal) > policy.trackingSignalLimit()) {
            reasons.add(ForecastAlertReason.BIAS);
        }
        return reasons;
    }

    /** Sum of errors over mean absolute error; 0 while every error is zero. */
    private static double trackingSignal(double errorSum, double absErrorSum, int n) {
        return absErrorSum == 0 ? 0.0 : errorSum / (absErrorSum / n);
    }
}
