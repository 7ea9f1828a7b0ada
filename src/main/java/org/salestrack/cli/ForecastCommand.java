package org.salestrack.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.salestrack.forecast.series.SeriesDrivers;
import java.util.concurrent.Callable;
import org.salestrack.forecast.ForecastRequest;
import org.salestrack.forecast.ForecastRunner;
import org.salestrack.forecast.ForecastService;
import org.salestrack.forecast.ModelCatalog;
import org.salestrack.forecast.SeriesForecast;
import org.salestrack.forecast.ensemble.Selection;
import org.salestrack.forecast.series.TimeSeries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code forecast --series FILE.csv --horizon H [--holdout H] [--model auto|...] --out F.csv [--accuracy A.csv] [--json]}.
 * Loading the series is separate from forecasting them, so a workspace source (--workspace, --level) only
 * has to produce the same list of {@link TimeSeries}.
 */
@Command(name = "forecast", mixinStandardHelpOptions = true,
        description = "Forecast series from a CSV file (series_id,period,value[,frequency]) or from the workspace (--workspace, --level).")
public final class ForecastCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--series", paramLabel = "FILE.csv",
            description = "series_id,period,value[,frequency][,DRIVER...]: further numeric columns are drivers; rows after a series' last value with value empty give their future")
    Path seriesFile;

    /** -w: forecast monthly series of the workspace (or the national store) instead of a file, with --level; a workspace keeps the runs */
    @picocli.CommandLine.Mixin
    WorkspaceOption workspace;

    @Option(names = "--level", split = ",", paramLabel = "DIM[,DIM]",
            description = "with --workspace: group by region province city channel channel_type category series model sku (none: the total)")
    List<String> level = new java.util.ArrayList<>();

    @Option(names = "--measure", paramLabel = "units|revenue", defaultValue = "units",
            description = "with --workspace: what to forecast (default ${DEFAULT-VALUE})")
    String measure;

    @Option(names = "--horizon", required = true, paramLabel = "H", description = "periods to forecast")
    int horizon;

    @Option(names = "--holdout", paramLabel = "H", defaultValue = "0",
            description = "fit on all but the last H points and score them (written with --accuracy)")
    int holdout;

    @Option(names = "--origins", paramLabel = "N", defaultValue = "1",
            description = "with --holdout: rolling-origin backtest from N successive origins, measures averaged")
    int origins;

    @Option(names = "--model", paramLabel = "MODEL[,MODEL...]", defaultValue = "auto",
            description = "auto, ets, arima, theta, stl, naive, snaive, drift, naive2, croston, sba, tsb, combo, global "
                    + "(XGBoost across the series; auto adds it on 8+ related series: a workspace level or a file with drivers)")
    String models;

    @Option(names = "--select", paramLabel = "RULE", defaultValue = "combination",
            description = "how auto chooses: combination (ETS+ARIMA+Theta), ic (ETS by AICc), cv (rolling origin)")
    String select;

    @Option(names = "--non-negative", paramLabel = "auto|yes|no", defaultValue = "auto",
            description = "floor forecasts and intervals at 0; auto = when the history has no negative value")
    String nonNegative;

    @Option(names = "--out", required = true, paramLabel = "F.csv", description = "series_id,model,step,period,mean,p10,p50,p90")
    Path out;

    @Option(names = "--accuracy", paramLabel = "A.csv", description = "series_id,model,mape,smape,rmse,mase,coverage80 (needs --holdout)")
    Path accuracy;

    @picocli.CommandLine.Mixin
    PureOption pure;

    @Option(names = "--json", description = "also print the results as one JSON object")
    boolean json;

    @Option(names = "--threads", paramLabel = "N", description = "parallel series (default: all cores)")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        ForecastRequest request = request();
        if (accuracy != null && holdout == 0) {
            throw new IllegalArgumentException("--accuracy needs --holdout H");
        }
        if (seriesFile != null && pure.pureSales().on()) throw new IllegalArgumentException("--pure and --exclude-tags read a workspace (--workspace W)");
        if ((seriesFile == null) == (workspace.file == null)) {
            throw new IllegalArgumentException("give either --series FILE.csv or --workspace W --level DIM[,DIM]");
        }
        List<TimeSeries> series;
        Map<String, SeriesDrivers> drivers = Map.of();
        ForecastService service = null;
        if (workspace.file != null) {
            service = new ForecastService(workspace.openWithStore(), pure.pureSales());
            ForecastService.Measure m = switch (measure) {
                case "units" -> ForecastService.Measure.UNITS;
                case "revenue" -> ForecastService.Measure.REVENUE;
                default -> throw new IllegalArgumentException("--measure: expected units or revenue, got '" + measure + "'");
            };
            ForecastService.LevelSeries loaded = service.loadWithDrivers(level, m, horizon);
            series = loaded.series();
            drivers = loaded.drivers();
            if (series.isEmpty()) throw new IllegalArgumentException(workspace.file + ": the workspace has no counted sales to forecast");
        } else {
            try {
                SeriesCsvReader.SeriesFile file = new SeriesCsvReader().readWithDrivers(seriesFile);
                series = file.series();
                drivers = file.drivers();
            } catch (SeriesFileException ex) {
                err.println("error: " + ex.getMessage());
                return ExitCodes.REJECTED;
            }
            for (TimeSeries s : series) {
                SeriesDrivers d = drivers.get(s.id());
                if (d != null && d.length() - s.length() < horizon) {
                    err.println("error: " + seriesFile + ": series " + s.id() + ": its drivers (" + String.join(", ", d.names()) + ") cover "
                            + (d.length() - s.length()) + " period(s) after its last value (" + s.label(s.length() - 1) + "); --horizon "
                            + horizon + " needs " + horizon + " rows with value empty");
                    return ExitCodes.REJECTED;
                }
            }
        }
        if (holdout > 0) {
            for (TimeSeries s : series) {
                if (s.length() <= holdout + origins) {
                    err.println("error: " + (seriesFile != null ? seriesFile : workspace.file) + ": series " + s.id() + " has " + s.length()
                            + " points, too few to hold out " + holdout + " from " + origins + " origin(s)");
                    return ExitCodes.REJECTED;
                }
            }
        }
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        // a file's series are related when it gives drivers; a workspace level's always are
        List<SeriesForecast> results = service != null ? service.forecastAndSave(level, new ForecastService.LevelSeries(series, drivers), request, n, workspaceMeasure())
                : new ForecastRunner(n).withDrivers(drivers, !drivers.isEmpty()).run(series, request);
        ForecastWriter writer = new ForecastWriter();
        writer.writeForecasts(out, results);
        if (accuracy != null) {
            writer.writeAccuracy(accuracy, results);
        }
        results.stream().map(SeriesForecast::warning).filter(w -> w != null).forEach(w -> err.println("warning: " + w));
        if (json) {
            writer.writeJson(spec.commandLine().getOut(), results);
        } else {
            spec.commandLine().getOut().printf(Locale.ROOT, "forecast %d series x %d model(s), horizon %d -> %s%n",
                    results.stream().map(SeriesForecast::seriesId).distinct().count(), request.modelKeys().size(), horizon, out);
            long launches = results.stream().filter(r -> r.modelName().startsWith(org.salestrack.forecast.launch.LaunchRun.ANALOGY)).count();
            if (launches > 0) {
                spec.commandLine().getOut().printf(Locale.ROOT, "launches forecast by analogy with their predecessors: %d (the model column names them)%n", launches);
            }
            long worse = results.stream().filter(r -> r.versusNaive() != null && r.versusNaive().worse()).count();
            long checked = results.stream().filter(r -> r.versusNaive() != null).count();
            if (checked > 0) {
                spec.commandLine().getOut().printf(Locale.ROOT, "backtest against seasonal naive: %d of %d forecast(s) worse%s%n",
                        worse, checked, worse > 0 ? " (named in the warnings)" : "");
            }
        }
        return ExitCodes.OK;
    }

    private ForecastService.Measure workspaceMeasure() {
        return measure.equals("units") ? ForecastService.Measure.UNITS : ForecastService.Measure.REVENUE;
    }

    private ForecastRequest request() {
        List<String> keys = Arrays.stream(models.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (String k : keys) {
            if (!ModelCatalog.KEYS.contains(k)) {
                throw new IllegalArgumentException("--model: unknown model '" + k + "'; expected one of " + ModelCatalog.KEYS);
            }
        }
        Selection selection = switch (select) {
            case "combination" -> Selection.COMBINATION;
            case "ic" -> Selection.INFORMATION_CRITERION;
            case "cv" -> Selection.CROSS_VALIDATION;
            default -> throw new IllegalArgumentException("--select: expected combination, ic or cv, got '" + select + "'");
        };
        Boolean floor = switch (nonNegative) {
            case "auto" -> null;
            case "yes" -> Boolean.TRUE;
            case "no" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("--non-negative: expected auto, yes or no, got '" + nonNegative + "'");
        };
        if (horizon < 1) {
            throw new IllegalArgumentException("--horizon must be at least 1, got " + horizon);
        }
        if (holdout < 0) {
            throw new IllegalArgumentException("--holdout cannot be negative, got " + holdout);
        }
        if (origins < 1) {
            throw new IllegalArgumentException("--origins must be at least 1, got " + origins);
        }
        return new ForecastRequest(horizon, keys, holdout, origins, selection, floor);
    }
}
