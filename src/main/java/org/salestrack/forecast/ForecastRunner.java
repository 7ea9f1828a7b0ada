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
import org.salestrack.forecast.baseline.NaiveModel;
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
        ForkJoinPool pool = new ForkJoinPool(threads);
        AtomicInteger done = new AtomicInteger();
        try {
            List<List<SeriesForecast>> perSeries = pool.submit(() -> series.parallelStream()
                    .map(s -> {
                        if (cancelled.getAsBoolean()) {
                            throw new CancellationException("forecast cancelled");
                        }
                        List<SeriesForecast> r = forecastAll(s, request);
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

    private static List<SeriesForecast> forecastAll(TimeSeries s, ForecastRequest request) {
        List<SeriesForecast> out = new ArrayList<>();
        for (String key : request.modelKeys()) {
            out.add(forecast(s, key, request));
        }
        return out;
    }

    /** One series, one model; a model that cannot fit falls back to the naive method with a warning. */
    public static SeriesForecast forecast(TimeSeries s, String key, ForecastRequest request) {
        double[] y = s.values();
        int m = s.seasonLength();
        ForecastModel model = ModelCatalog.byKey(key, request.selection());
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
        return new SeriesForecast(s.id(), key, fit.name(), fit.parameters(), steps, accuracy, warning);
    }
}
