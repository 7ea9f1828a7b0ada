package org.salestrack.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.salestrack.forecast.accuracy.Backtest;
import org.salestrack.forecast.accuracy.BacktestResult;
import org.salestrack.forecast.accuracy.VersusSeasonalNaive;
import org.salestrack.forecast.baseline.NaiveModel;
import org.salestrack.forecast.ensemble.AutoModel;
import org.salestrack.forecast.ensemble.SeasonalDonors;
import org.salestrack.forecast.series.TimeSeries;
import org.salestrack.forecast.util.Stats;

/**
 * Forecasts many series with one or more models, in parallel across series. Independent of where the
 * series come from (a CSV file, the workspace) and of how results are written.
 */
public final class ForecastRunner {
    private final int threads;

    public ForecastRunner(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.threads = threads;
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
        SeasonalDonors donors = SeasonalDonors.ofLevel(series);
        ForkJoinPool pool = new ForkJoinPool(threads);
        AtomicInteger done = new AtomicInteger();
        try {
            List<List<SeriesForecast>> perSeries = pool.submit(() -> series.parallelStream()
                    .map(s -> {
                        if (cancelled.getAsBoolean()) {
                            throw new CancellationException("forecast cancelled");
                        }
                        List<SeriesForecast> r = forecastAll(s, request, donors.modelFor(s));
                        seriesDone.accept(done.incrementAndGet());
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

    private static List<SeriesForecast> forecastAll(TimeSeries s, ForecastRequest request, ForecastModel borrowed) {
        List<SeriesForecast> out = new ArrayList<>();
        for (String key : request.modelKeys()) {
            out.add(forecast(s, key, request, borrowed));
        }
        return out;
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
        if (versus != null && versus.worse()) {
            String msg = String.format(java.util.Locale.ROOT,
                    "series %s: %s backtests worse than seasonal naive (MASE %.2f vs %.2f, WAPE %.1f%% vs %.1f%% over the last %d periods)",
                    s.id(), key, versus.mase(), versus.naiveMase(), versus.wape(), versus.naiveWape(), versus.horizon());
            warning = warning == null ? msg : warning + "; " + msg;
        }
        return new SeriesForecast(s.id(), key, fit.name(), fit.parameters(), steps, accuracy, warning, versus);
    }
}
