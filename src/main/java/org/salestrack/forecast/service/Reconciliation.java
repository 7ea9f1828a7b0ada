package org.salestrack.forecast.service;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.salestrack.forecast.FittedModel;
import org.salestrack.forecast.ForecastModel;
import org.salestrack.forecast.ModelCatalog;
import org.salestrack.forecast.Prediction;
import org.salestrack.forecast.hierarchy.BaseForecasts;
import org.salestrack.forecast.hierarchy.SeriesHierarchy;
import org.salestrack.forecast.hierarchy.HierarchyDimension;
import org.salestrack.forecast.hierarchy.LeafKey;
import org.salestrack.forecast.hierarchy.ReconciledForecasts;
import org.salestrack.forecast.hierarchy.ReconciliationMethod;
import org.salestrack.forecast.hierarchy.ReconciliationOptions;
import org.salestrack.forecast.hierarchy.Reconciler;
import org.salestrack.task.Cancellation;

/**
 * Reconciles a level's series as a grouped structure: each level dimension (province, series, channel)
 * is its own grouping, so provinces add up to the total and so do series. Every node is fitted with the
 * same model; residuals feed MinT, the leaves' history feeds top-down.
 */
final class Reconciliation {
    private static final int THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    CoherentForecast reconcile(List<String> level, List<SeriesHistory> all, String seriesId, String modelKey, int horizon,
                               ReconciliationMethod method, Cancellation cancel) {
        if (level.isEmpty()) throw new IllegalArgumentException("the grand total needs no reconciliation");
        List<HierarchyDimension> dims = level.stream().map(l -> HierarchyDimension.of(l, l)).toList();
        List<LeafKey> leaves = new ArrayList<>();
        double[][] bottom = new double[all.size()][];
        int chosen = -1;
        for (int j = 0; j < all.size(); j++) {
            SeriesHistory s = all.get(j);
            leaves.add(new LeafKey(s.keys().stream().map(List::of).toList()));
            bottom[j] = s.units().values();
            if (s.id().equals(seriesId)) chosen = j;
        }
        if (chosen < 0) throw new IllegalArgumentException("series " + seriesId + " is not in the level");
        SeriesHierarchy h = SeriesHierarchy.of(dims, leaves);
        double[][] history = h.aggregate(bottom);
        int n = h.size();
        double[][] mean = new double[n][];
        double[][] p10 = new double[n][];
        double[][] p90 = new double[n][];
        double[][] residuals = new double[n][];
        ForecastModel model = ModelCatalog.byKey(modelKey);
        ForkJoinPool pool = new ForkJoinPool(THREADS);
        try {
            pool.submit(() -> java.util.stream.IntStream.range(0, n).parallel().forEach(i -> {
                cancel.check();
                FittedModel fit = model.fit(history[i], ForecastDesk.SEASON);
                Prediction p = fit.predict(horizon);
                mean[i] = p.mean();
                p10[i] = p.quantile(0.1);
                p90[i] = p.quantile(0.9);
                double[] f = fit.fitted();
                double[] r = new double[history[i].length];
                for (int t = 0; t < r.length; t++) r[t] = history[i][t] - f[t];
                residuals[i] = r;
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("reconciliation interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
        BaseForecasts base = BaseForecasts.of(mean).withIntervals(p10, p90).withResiduals(residuals).withBottomHistory(bottom);
        ReconciledForecasts r = Reconciler.reconcile(h, base, ReconciliationOptions.of(method).nonNegativeUnits());
        int node = h.leafNodeIndex(chosen);
        return new CoherentForecast(method, r.mean(node), r.hasIntervals() ? r.p10()[node].clone() : null,
                r.hasIntervals() ? r.p90()[node].clone() : null, all.size());
    }

}
