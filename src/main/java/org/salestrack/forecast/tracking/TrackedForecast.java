package org.salestrack.forecast.tracking;

import java.util.List;

/** A forecast being watched: its periods (labels as the actuals use them), mean and P10/P90 paths. */
public record TrackedForecast(String seriesId, List<String> periods, double[] mean, double[] p10, double[] p90) {
    public TrackedForecast {
        if (seriesId == null || seriesId.isBlank()) throw new IllegalArgumentException("a tracked forecast needs a series id");
        periods = List.copyOf(periods);
        if (mean.length != periods.size() || p10.length != periods.size() || p90.length != periods.size()) {
            throw new IllegalArgumentException("series " + seriesId + ": mean, P10 and P90 need one value per period (" + periods.size() + ")");
        }
        mean = mean.clone();
        p10 = p10.clone();
        p90 = p90.clone();
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] p10() {
        return p10.clone();
    }

    @Override
    public double[] p90() {
        return p90.clone();
    }
}
