package org.salestrack.forecast;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.salestrack.forecast.ensemble.Selection;
import org.salestrack.forecast.series.TimeSeries;
import org.salestrack.forecast.tracking.AlertPolicy;
import org.salestrack.forecast.tracking.ForecastTracker;
import org.salestrack.forecast.tracking.TrackedForecast;
import org.salestrack.forecast.tracking.TrackingReport;
import org.salestrack.model.DataAsOf;
import org.salestrack.model.ForecastAlert;
import org.salestrack.model.ForecastPoint;
import org.salestrack.model.MonthlySeries;
import org.salestrack.model.StoredForecast;
import org.salestrack.store.Alerts;
import org.salestrack.model.alert.AlertFinding;
import org.salestrack.model.alert.AlertLink;
import org.salestrack.model.alert.AlertRule;
import org.salestrack.store.ForecastRuns;
import org.salestrack.store.SeriesQuery;
import org.salestrack.store.Workspace;

/**
 * After an import: records each stored forecast against the months that have now arrived, raises an
 * alert where the actual left the forecast, and refits every tracked level on a rolling window so the
 * next comparison is against a current forecast. Only complete months count as arrived, so a half-imported
 * month does not look like a collapse.
 */
public final class ForecastTrackingService {
    /** Months of history a refit uses: long enough for two seasons, short enough to follow change. */
    public static final int WINDOW_MONTHS = 36;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SeriesQuery series;
    private final ForecastRuns runs;
    private final Alerts alerts;
    private final ForecastService forecasts;
    private final ForecastTracker tracker;

    public ForecastTrackingService(Workspace workspace, AlertPolicy policy) {
        this.series = new SeriesQuery(workspace);
        this.runs = new ForecastRuns(workspace);
        this.alerts = new Alerts(workspace);
        this.forecasts = new ForecastService(workspace);
        this.tracker = new ForecastTracker(policy);
    }

    /** What one pass did. */
    public record Outcome(int seriesTracked, int alertsRaised, int seriesRefit) {}

    public Outcome afterImport(boolean refit, int threads) {
        String last = series.lastSaleDate();
        if (last == null) return new Outcome(0, 0, 0);
        String lastComplete = lastCompleteMonth(LocalDate.parse(last));
        int tracked = 0;
        int raised = 0;
        int refitted = 0;
        for (String levelText : runs.levels()) {
            List<String> level = levelText.isEmpty() ? List.of() : Arrays.asList(levelText.split(","));
            List<StoredForecast> latest = runs.latest(levelText);
            Map<String, MonthlySeries> actual = new HashMap<>();
            for (MonthlySeries s : series.monthly(level, null, lastComplete)) actual.put(s.id(), s);
            for (StoredForecast f : latest) {
                Map<String, Double> arrived = arrived(f, actual.get(f.seriesKey()), lastComplete);
                if (arrived.isEmpty()) continue;
                tracked++;
                runs.recordActuals(f.runId(), arrived);
                TrackingReport report = tracker.track(tracked(f), arrived);
                for (ForecastAlert a : report.alerts()) {
                    String subject = "forecast:" + levelText + ":" + f.seriesKey() + ":" + a.period();
                    String label = (levelText.isEmpty() ? "total" : levelText) + " " + f.seriesKey();
                    java.util.Map<String, String> filters = level.size() == 1 ? java.util.Map.of(level.get(0), f.seriesKey()) : java.util.Map.of();
                    AlertFinding finding = new AlertFinding(AlertRule.FORECAST, "warning", subject, label, a.period(), a.actual(), a.forecast(),
                            a.percentError(), null, new AlertLink("forecast", null, null, filters));
                    if (alerts.raise(finding, message(levelText, f.seriesKey(), a), null).isPresent()) raised++;
                }
            }
            if (refit && !latest.isEmpty()) refitted += refit(level, latest, lastComplete, threads);
        }
        return new Outcome(tracked, raised, refitted);
    }

    private int refit(List<String> level, List<StoredForecast> latest, String lastComplete, int threads) {
        String from = YearMonth.parse(lastComplete).minusMonths(WINDOW_MONTHS - 1L).toString();
        List<TimeSeries> input = forecasts.load(level, ForecastService.Measure.UNITS, from, lastComplete);
        List<String> keys = new ArrayList<>(new java.util.LinkedHashSet<>(latest.stream().map(ForecastTrackingService::modelKey).toList()));
        int horizon = latest.get(0).horizon();
        forecasts.forecastAndSave(level, input, new ForecastRequest(horizon, keys, 0, 1, Selection.COMBINATION, true), threads);
        return input.size();
    }

    /** The catalogue key the run was made with, kept in its parameters; "auto" when unknown. */
    private static String modelKey(StoredForecast f) {
        try {
            JsonNode p = f.params() == null ? null : JSON.readTree(f.params());
            if (p != null && p.has("modelKey")) return p.get("modelKey").asText();
        } catch (java.io.IOException e) {
            // parameters written by an older version: fall back to auto
        }
        return "auto";
    }

    static Map<String, Double> arrived(StoredForecast f, MonthlySeries actual, String lastComplete) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (ForecastPoint p : f.points()) {
            if (p.period().compareTo(lastComplete) > 0) continue;
            double v = 0;
            if (actual != null) {
                int i = monthIndex(actual.firstMonth(), p.period());
                if (i >= 0 && i < actual.length()) v = actual.units()[i];
            }
            out.put(p.period(), v);
        }
        return out;
    }

    private static TrackedForecast tracked(StoredForecast f) {
        int n = f.points().size();
        double[] mean = new double[n];
        double[] p10 = new double[n];
        double[] p90 = new double[n];
        List<String> periods = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ForecastPoint p = f.points().get(i);
            periods.add(p.period());
            mean[i] = p.mean();
            p10[i] = p.p10() == null ? Double.NaN : p.p10();
            p90[i] = p.p90() == null ? Double.NaN : p.p90();
        }
        return new TrackedForecast(f.seriesKey(), periods, mean, p10, p90);
    }

    static String lastCompleteMonth(LocalDate lastSale) {
        return new DataAsOf(lastSale).lastCompleteMonth().toString();
    }

    private static int monthIndex(String first, String month) {
        YearMonth a = YearMonth.parse(first);
        YearMonth b = YearMonth.parse(month);
        return (b.getYear() - a.getYear()) * 12 + b.getMonthValue() - a.getMonthValue();
    }

    private static String message(String level, String key, ForecastAlert a) {
        return String.format(Locale.ROOT, "%s %s %s: sold %.0f against a forecast of %.0f (P10 %.0f, P90 %.0f, %+.0f%%; %s)",
                level, key, a.period(), a.actual(), a.forecast(), a.p10(), a.p90(), a.percentError() * 100, a.reasons());
    }
}
