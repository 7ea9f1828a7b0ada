package org.salestrack.ui.dashboard;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.salestrack.analytics.explore.ExploreService;
import org.salestrack.analytics.explore.Kpis;
import org.salestrack.model.cube.Dim;
import org.salestrack.model.cube.Grain;
import org.salestrack.model.cube.Measure;
import org.salestrack.analytics.explore.Trend;
import org.salestrack.model.cube.Cell;
import org.salestrack.model.cube.Measures;
import org.salestrack.model.cube.Slice;

/**
 * Everything the dashboard shows for one slice, computed together off the FX thread. Ranked lists are
 * largest first by revenue; {@code provinces} maps a province code to {this period, previous period}.
 */
public record DashboardData(Slice slice, Kpis kpis, Trend trend, List<Cell> channels, List<Cell> skus, List<Cell> stores,
                            Map<String, Measures[]> provinces) {
    /**
     * the dashboard's queries are independent reads of the workspace (WAL lets them run side by side), so
     * they run at once: the figures appear after the slowest query rather than after all of them in turn
     */
    private static final ExecutorService QUERIES = Executors.newFixedThreadPool(Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors())),
            r -> {
                Thread t = new Thread(r, "dashboard-query");
                t.setDaemon(true);
                return t;
            });

    /** Runs every query the dashboard needs for a slice (SQL: call off the FX thread). */
    public static DashboardData load(ExploreService explore, Slice slice, Grain grain) {
        var stores = CompletableFuture.supplyAsync(() -> {
            List<Cell> s = new java.util.ArrayList<>(explore.breakdown(slice, Dim.STORE, Measure.REVENUE));
            s.removeIf(c -> c.key().equals("0") || c.key().isEmpty());
            return s;
        }, QUERIES);
        var provinces = CompletableFuture.supplyAsync(() -> explore.withPrevious(slice, Dim.PROVINCE), QUERIES);
        var kpis = CompletableFuture.supplyAsync(() -> explore.kpis(slice), QUERIES);
        var trend = CompletableFuture.supplyAsync(() -> explore.trend(slice, grain), QUERIES);
        var skus = CompletableFuture.supplyAsync(() -> explore.breakdown(slice, Dim.SKU, Measure.REVENUE), QUERIES);
        var channels = CompletableFuture.supplyAsync(() -> explore.breakdown(slice, Dim.CHANNEL, Measure.REVENUE), QUERIES);
        try {
            return new DashboardData(slice, kpis.join(), trend.join(), channels.join(), skus.join(), stores.join(), provinces.join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    public List<Cell> top(List<Cell> ranked, int n) { return ranked.subList(0, Math.min(n, ranked.size())); }

    /** The n smallest, smallest first, not overlapping the top n when the list is short. */
    public List<Cell> bottom(List<Cell> ranked, int n) {
        int from = Math.max(Math.min(n, ranked.size()), ranked.size() - n);
        List<Cell> tail = new java.util.ArrayList<>(ranked.subList(from, ranked.size()));
        java.util.Collections.reverse(tail);
        return tail;
    }
}
