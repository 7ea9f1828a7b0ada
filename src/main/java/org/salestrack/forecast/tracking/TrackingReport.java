package org.salestrack.forecast.tracking;

import java.util.List;
import org.salestrack.model.ForecastAlert;
import org.salestrack.model.ForecastDeviation;

/**
 * A forecast against the actuals received so far: every period's deviation, the alerts raised, and running
 * measures (NaN before the first actual): mean absolute percent error over periods with a non-zero forecast,
 * the share of actuals inside P10-P90, and the tracking signal.
 */
public record TrackingReport(String seriesId, List<ForecastDeviation> deviations, List<ForecastAlert> alerts,
                             double meanAbsPercentError, double intervalCoverage, double trackingSignal) {
    public TrackingReport {
        deviations = List.copyOf(deviations);
        alerts = List.copyOf(alerts);
    }
}
