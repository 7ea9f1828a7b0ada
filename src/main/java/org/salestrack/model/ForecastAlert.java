package org.salestrack.model;

import java.util.List;

/** An alert that a series' actual has left its forecast, with every reason that applied. */
public record ForecastAlert(String seriesId, String period, double actual, double forecast, double p10, double p90,
                            double percentError, List<ForecastAlertReason> reasons) {
    public ForecastAlert {
        if (reasons.isEmpty()) throw new IllegalArgumentException("an alert needs at least one reason");
        reasons = List.copyOf(reasons);
    }

    /** True when the series sold more than forecast. */
    public boolean above() {
        return actual > forecast;
    }
}
