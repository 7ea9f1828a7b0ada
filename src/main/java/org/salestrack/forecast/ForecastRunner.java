package org.salestrack.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.salestrack.forecast.accuracy.Accuracy;
import org.salestrack.forecast.accuracy.Backtest;
import org.salestrack.forecast.accuracy.BacktestResult;
import org.salestrack.forecast.accuracy.VersusSeasonalNaive;
import org.salestrack.forecast.baseline.NaiveModel;
import org.salestrack.forecast.ensemble.AutoModel;
import org.salestrack.forecast.ensemble.SeasonalDonors;
import org.salestrack.forecast.global.GlobalBoostModel;
import org.salestrack.forecast.global.GlobalForecast;
import org.salestrack.forecast.series.SeriesDrivers;
import org.salestrack.forecast.series.TimeSeries;
import org.salestrack.forecast.util.Stats;

/**
 * Forecasts many series with one or more models, in parallel across series. Independent of where the
 * series come from (a CSV file, the workspace) and of how results are written.
 */
public final class ForecastRunner {
    /** The key of the global model, trained across the series of one run rather than one series at a time. */
    public static final String GLOBAL = "global";
    private static final String GLOBAL_NAME = "Global boosted trees (XGBoost)";
    private final int threads;
    private final Map<String, SeriesDrivers> drivers;
    private final boolean related;
    /** series id -> the parent it borrows seasonality from; null: the level's total lends to all */
    private final Map<String, TimeSeries> parents;

    public ForecastRunner(int threads) {
        this(threads, Map.of(), false, null);
    }

    private ForecastRunner(int threads, Map<String, SeriesDrivers> drivers, boolean related, Map<String, TimeSeries> parents) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.threads = threads;
        this.drivers = Map.copyOf(drivers);
        this.related = related;
        this.parents = parents == null ? null : Map.copyOf(parents);
    }

    /**
     * This runner with each series' parent in the product hierarchy ({@link org.salestrack.forecast.ensemble.SeasonalParents}):
     * auto fits a product from its first sale (the months before its launch are no demand of zero) and a product
     * short of seasons borrows its parent's seasonality rather than the level total's.
     */
    public ForecastRunner withParents(Map<String, TimeSeries> parents) {
        return new ForecastRunner(threads, drivers, related, parents);
    }

    /**
     * This runner with the series' known drivers, and whether the series are related (one level of one
     * hierarchy, or a file that gives drivers): only then does {@code auto} bring in the global model, and
     * only from {@link GlobalBoostModel#MIN_SERIES} series of one calendar. Unrelated series (M3) never see it.
     */
    public ForecastRunner withDrivers(Map<String, SeriesDrivers> drivers, boolean related) {
        return new ForecastRunner(threads, drivers, related, parents);
    }

    /** True when auto on these series combines its own forecast with the global model's. */
    public boolean autoUsesGlobal(List<TimeSeries> series) {
        return related && series.size() >= GlobalBoostModel.MIN_SERIES && oneCalendar(series);
    }

    /** The series from its first non-zero value, when enough of it is left for auto (else as it is). */
    public static TimeSeries fromFirstSale(TimeSeries s) {
        double[] y = s.values();
        int from = 0;
        while (from < y.length && y[from] == 0) from++;
        if (from == 0 || y.length - from < 6) return s;
        return new TimeSeries(s.id(), s.kind(), s.firstOrdinal() + from, Arrays.copyOfRange(y, from, y.length), s.seasonLength());
    }

    private static boolean oneCalendar(List<TimeSeries> series) {
        return series.stream().allMatch(s -> s.kind() == series.get(0).kind() && s.seasonLength() == series.get(0).seasonLength());
    }

    /** Results in input order: for each series, one entry per requested model. */
    public List<SeriesForecast> run(List<TimeSeries> series, ForecastRequest request) {
        return run(series, request, done -> { }, () -> false);
    }

    /**
     * As {@link #run(List, ForecastRequest)}, reporting the number of series finished so far and stopping
     * with a {@link CancellationException} once {@code cancelled} turns true. Plain java.util.function
     * types keep the engine free of the task layer; a service adapts its progress listener and cancel flag.
     */
    public List<SeriesForecast> run(List<TimeSeries> series, ForecastRequest request, IntConsumer seriesDone,
            BooleanSupplier cancelled) {
        SeasonalDonors donors = parents == null ? SeasonalDonors.ofLevel(series) : SeasonalDonors.ofParents(series, parents);
        boolean fromLaunch = parents != null;
        Map<String, GlobalForecast> global = global(series, request);
        GlobalInAuto choice = global.isEmpty() || !request.modelKeys().contains("auto") ? GlobalInAuto.OWN : choose(series, request);
        ForkJoinPool pool = new ForkJoinPool(threads);
        AtomicInteger done = new AtomicInteger();
        int[] reported = {0};
        try {
            List<List<SeriesForecast>> perSeries = pool.submit(() -> series.parallelStream()
                    .map(s -> {
                        if (cancelled.getAsBoolean()) {
                            throw new CancellationException("forecast cancelled");
                        }
                        TimeSeries own = fromLaunch ? fromFirstSale(s) : s;
                        List<SeriesForecast> r = forecastAll(own, request, donors.modelFor(own), global.get(s.id()), choice);
                        int d = done.incrementAndGet();
                        // two threads can finish in one order and report in the other: progress never goes back
                        synchronized (done) {
                            if (d > reported[0]) {
                                reported[0] = d;
                                seriesDone.accept(d);
                            }
                        }
                        return r;
                    }).toList()).get();
            List<SeriesForecast> out = new ArrayList<>();
            perSeries.forEach(out::addAll);
            return out;
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("forecast interrupted", ex);
        } catch (ExecutionException ex) {
            throw ex.getCause() instanceof RuntimeException r ? r : new IllegalStateException(ex.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /**
     * The global model's forecasts when asked for or when auto uses it, keyed by series id; its holdout is the
     * request's (one origin) or else the check holdout of the longest series, the window auto is judged on.
     */
    private Map<String, GlobalForecast> global(List<TimeSeries> series, ForecastRequest request) {
        boolean asked = request.modelKeys().contains(GLOBAL);
        if (!asked && !(request.modelKeys().contains("auto") && autoUsesGlobal(series))) return Map.of();
        if (!oneCalendar(series)) throw new IllegalArgumentException("--model global needs series of one calendar (one period kind and season length)");
        int longest = series.stream().mapToInt(TimeSeries::length).max().orElse(1);
        int m = series.get(0).seasonLength();
        int h = request.holdout() > 0 ? request.holdout() : VersusSeasonalNaive.checkHorizon(longest, m, request.horizon());
        boolean floor = request.nonNegative() != null ? request.nonNegative() : series.stream().allMatch(x -> Stats.min(x.values()) >= 0);
        Map<String, GlobalForecast> out = new HashMap<>();
        for (GlobalForecast g : new GlobalBoostModel().forecast(series, drivers, request.horizon(), h, floor)) out.put(g.seriesId(), g);
        return out;
    }

    private GlobalInAuto choose(List<TimeSeries> series, ForecastRequest request) {
        int longest = series.stream().mapToInt(TimeSeries::length).max().orElse(1);
        int m = series.get(0).seasonLength();
        int window = VersusSeasonalNaive.checkHorizon(longest - request.holdout(), m, request.horizon());
        boolean floor = request.nonNegative() != null ? request.nonNegative() : series.stream().allMatch(x -> Stats.min(x.values()) >= 0);
        return GlobalInAuto.choose(series, drivers, request.selection(), request.holdout(), window, floor);
    }

    private static List<SeriesForecast> forecastAll(TimeSeries s, ForecastRequest request, ForecastModel borrowed, GlobalForecast global,
                                                    GlobalInAuto choice) {
        List<SeriesForecast> out = new ArrayList<>();
        for (String key : request.modelKeys()) {
            if (key.equals(GLOBAL)) {
                out.add(globalOnly(s, request, global));
            } else if (key.equals("auto") && global != null && choice != GlobalInAuto.OWN) {
                out.add(withGlobal(forecast(s, key, request, borrowed), s, request, borrowed, global, choice == GlobalInAuto.GLOBAL ? 1.0 : 0.5));
            } else {
                out.add(forecast(s, key, request, borrowed));
            }
        }
        return out;
    }

    private static SeriesForecast globalOnly(TimeSeries s, ForecastRequest request, GlobalForecast g) {
        List<SeriesForecast.Step> steps = new ArrayList<>();
        for (int i = 0; i < g.mean().length; i++) {
            steps.add(new SeriesForecast.Step(i + 1, s.futureLabel(i + 1), g.mean()[i], g.p10()[i], g.mean()[i], g.p90()[i]));
        }
        BacktestResult accuracy = null;
        VersusSeasonalNaive versus = null;
        if (g.backtest() != null) {
            BacktestResult b = score(GLOBAL_NAME, s, g.backtest(), null, null);
            accuracy = request.holdout() > 0 ? b : null;
            versus = VersusSeasonalNaive.of(b, s.values(), s.seasonLength());
        }
        return new SeriesForecast(s.id(), GLOBAL, GLOBAL_NAME, Map.of(), steps, accuracy, worseWarning(s, GLOBAL, versus, null), versus);
    }

    /**
     * Auto on a level that qualifies: the equal-weight mean of the series' own auto forecast and the global
     * model's (band edges averaged too), scored on the same holdout by averaging the two holdout forecasts.
     */
    private static SeriesForecast withGlobal(SeriesForecast own, TimeSeries s, ForecastRequest request, ForecastModel borrowed, GlobalForecast g,
                                             double w) {
        List<SeriesForecast.Step> steps = new ArrayList<>();
        for (int i = 0; i < own.steps().size(); i++) {
            SeriesForecast.Step o = own.steps().get(i);
            steps.add(new SeriesForecast.Step(o.step(), o.period(), mix(o.mean(), g.mean()[i], w), mix(o.p10(), g.p10()[i], w),
                    mix(o.p50(), g.mean()[i], w), mix(o.p90(), g.p90()[i], w)));
        }
        String name = w >= 1 ? "Auto: " + GLOBAL_NAME : "Auto, mean of " + own.modelName() + " and " + GLOBAL_NAME;
        BacktestResult accuracy = null;
        VersusSeasonalNaive versus = own.versusNaive();
        String warning = own.warning();
        if (g.backtest() != null) {
            int h = g.holdout();
            double[] y = s.values();
            try {
                ForecastModel model = ModelCatalog.byKey("auto", request.selection());
                if (borrowed != null && model instanceof AutoModel auto) model = auto.withBorrowedSeasonality(borrowed);
                Prediction p = model.fit(Arrays.copyOf(y, y.length - h), s.seasonLength()).predict(h);
                double[] mean = p.mean();
                for (int k = 0; k < h; k++) mean[k] = mix(Math.max(0, mean[k]), g.backtest()[k], w);
                BacktestResult b = score(name, s, mean, null, null);
                accuracy = request.holdout() > 0 ? b : null;
                versus = VersusSeasonalNaive.of(b, y, s.seasonLength());
                warning = worseWarning(s, "auto", versus, null);
            } catch (IllegalArgumentException | ArithmeticException ex) {
                // too short to hold out: the combination is kept, judged by the series' own check
            }
        }
        return new SeriesForecast(s.id(), "auto", name, own.parameters(), steps, accuracy, warning, versus);
    }

    private static double mix(double own, double global, double w) {
        return (1 - w) * own + w * global;
    }

    /** One-origin accuracy of a holdout forecast of the series' last {@code f.length} points. */
    private static BacktestResult score(String name, TimeSeries s, double[] f, double[] p10, double[] p90) {
        double[] y = s.values();
        int h = f.length;
        double[] train = Arrays.copyOf(y, y.length - h);
        double[] actual = Arrays.copyOfRange(y, y.length - h, y.length);
        return new BacktestResult(name, 1, h, Accuracy.mape(actual, f), Accuracy.smape(actual, f), Accuracy.wape(actual, f),
                Accuracy.rmse(actual, f), Accuracy.mase(actual, f, train, s.seasonLength()),
                p10 == null ? Double.NaN : Accuracy.coverage(actual, p10, p90));
    }

    private static String worseWarning(TimeSeries s, String key, VersusSeasonalNaive versus, String warning) {
        if (versus == null || !versus.worse()) return warning;
        String msg = String.format(java.util.Locale.ROOT,
                "series %s: %s backtests worse than seasonal naive (MASE %.2f vs %.2f, WAPE %.1f%% vs %.1f%% over the last %d periods)",
                s.id(), key, versus.mase(), versus.naiveMase(), versus.wape(), versus.naiveWape(), versus.horizon());
        return warning == null ? msg : warning + "; " + msg;
    }

    /** One series, one model; a model that cannot fit falls back to the naive method with a warning. */
    public static SeriesForecast forecast(TimeSeries s, String key, ForecastRequest request) {
        return forecast(s, key, request, null);
    }

    /**
     * As {@link #forecast(TimeSeries, String, ForecastRequest)}; {@code borrowed} (may be null) is the
     * seasonality a short series may borrow, offered to {@code auto}. Auto is always checked against seasonal
     * naive (on the holdout when one is asked for, otherwise on {@link VersusSeasonalNaive#checkHorizon}); a
     * forecast that does worse says so in its warning.
     */
    public static SeriesForecast forecast(TimeSeries s, String key, ForecastRequest request, ForecastModel borrowed) {
        double[] y = s.values();
        int m = s.seasonLength();
        ForecastModel model = ModelCatalog.byKey(key, request.selection());
        if (borrowed != null && model instanceof AutoModel auto) model = auto.withBorrowedSeasonality(borrowed);
        String warning = null;
        FittedModel fit;
        try {
            fit = model.fit(y, m);
        } catch (IllegalArgumentException | ArithmeticException ex) {
            warning = "series " + s.id() + ": " + key + " failed (" + ex.getMessage() + "); used the naive method";
            model = new NaiveModel(NaiveModel.Kind.NAIVE);
            fit = model.fit(y, m);
        }
        boolean floor = request.nonNegative() != null ? request.nonNegative() : Stats.min(y) >= 0;
        Prediction p = fit.predict(request.horizon());
        if (floor) {
            p = p.floorAtZero();
        }
        double[] mean = p.mean();
        double[] p10 = p.quantile(0.1);
        double[] p50 = p.quantile(0.5);
        double[] p90 = p.quantile(0.9);
        List<SeriesForecast.Step> steps = new ArrayList<>();
        for (int i = 0; i < mean.length; i++) {
            steps.add(new SeriesForecast.Step(i + 1, s.futureLabel(i + 1), mean[i], p10[i], p50[i], p90[i]));
        }
        BacktestResult accuracy = null;
        if (request.holdout() > 0) {
            try {
                accuracy = Backtest.rollingOrigin(model, y, m, request.holdout(), request.origins());
            } catch (IllegalArgumentException | ArithmeticException ex) {
                String msg = "series " + s.id() + ": no holdout accuracy for " + key + " (" + ex.getMessage() + ")";
                warning = warning == null ? msg : warning + "; " + msg;
            }
        }
        VersusSeasonalNaive versus = null;
        if (!key.equals("snaive") && (accuracy != null || key.equals("auto"))) {
            try {
                versus = accuracy != null ? VersusSeasonalNaive.of(accuracy, y, m)
                        : VersusSeasonalNaive.of(model, y, m, VersusSeasonalNaive.checkHorizon(y.length, m, request.horizon()), 1);
            } catch (IllegalArgumentException | ArithmeticException ex) {
                versus = null; // too short to hold anything out: there is no backtest to compare
            }
        }
        warning = worseWarning(s, key, versus, warning);
        return new SeriesForecast(s.id(), key, fit.name(), fit.parameters(), steps, accuracy, warning, versus);
    }
}
