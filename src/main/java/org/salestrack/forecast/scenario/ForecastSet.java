package org.salestrack.forecast.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The forecasts a scenario adjusts: several series (e.g. one per channel) over the same periods. Period
 * labels are for display ("2026-07", "2026-W28"); drivers address steps by index, 0 = first forecast period.
 */
public record ForecastSet(List<String> periods, Map<String, ForecastPaths> series) {
    public ForecastSet {
        periods = List.copyOf(periods);
        if (series.isEmpty()) throw new IllegalArgumentException("a forecast set needs at least one series");
        Map<String, ForecastPaths> copy = new LinkedHashMap<>();
        for (Map.Entry<String, ForecastPaths> entry : series.entrySet()) {
            if (!entry.getKey().equals(entry.getValue().seriesId())) {
                throw new IllegalArgumentException("series stored under " + entry.getKey() + " is " + entry.getValue().seriesId());
            }
            if (entry.getValue().horizon() != periods.size()) {
                throw new IllegalArgumentException("series " + entry.getKey() + " has " + entry.getValue().horizon() + " steps for " + periods.size() + " periods");
            }
            copy.put(entry.getKey(), entry.getValue());
        }
        series = Collections.unmodifiableMap(copy);
    }

    public static ForecastSet of(List<String> periods, List<ForecastPaths> series) {
        Map<String, ForecastPaths> byId = new LinkedHashMap<>();
        for (ForecastPaths s : series) {
            if (byId.put(s.seriesId(), s) != null) throw new IllegalArgumentException("series " + s.seriesId() + " listed twice");
        }
        return new ForecastSet(periods, byId);
    }

    /** Periods labelled "1".."h" when the caller has no calendar labels. */
    public static ForecastSet ofSteps(List<ForecastPaths> series) {
        List<String> periods = new ArrayList<>();
        for (int t = 1; t <= series.get(0).horizon(); t++) periods.add(Integer.toString(t));
        return of(periods, series);
    }

    public int horizon() {
        return periods.size();
    }

    public ForecastPaths series(String seriesId) {
        ForecastPaths forecast = series.get(seriesId);
        if (forecast == null) throw new IllegalArgumentException("no series " + seriesId + " in the forecast (have " + series.keySet() + ")");
        return forecast;
    }

    /** A copy with these series replaced. */
    public ForecastSet with(ForecastPaths... replacements) {
        Map<String, ForecastPaths> copy = new LinkedHashMap<>(series);
        for (ForecastPaths replacement : replacements) {
            series(replacement.seriesId());
            copy.put(replacement.seriesId(), replacement);
        }
        return new ForecastSet(periods, copy);
    }

    /** The sum of every series' mean path. */
    public double[] totalMean() {
        double[] total = new double[horizon()];
        for (ForecastPaths s : series.values()) {
            double[] mean = s.mean();
            for (int t = 0; t < total.length; t++) total[t] += mean[t];
        }
        return total;
    }
}
