package org.salestrack.ui.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.salestrack.analytics.explore.ExploreService;
import org.salestrack.analytics.explore.Kpis;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Grain;
import org.salestrack.model.cube.Measure;
import org.salestrack.analytics.explore.Trend;
import org.salestrack.model.cube.Cell;
import org.salestrack.model.cube.Measures;
import org.salestrack.model.cube.Slice;
import org.salestrack.ui.QueryPool;

/**
 * Everything the dashboard shows for one slice, computed together off the FX thread. Ranked lists are
 * largest first by revenue; {@code provinces} maps a province code to {this period, previous period};
 * {@code firstDay} is the first day with data, so a comparison period reaching before it is not a
 * comparison ("no previous data") but a partial one.
 */
public record DashboardData(Slice slice, Kpis kpis, Trend trend, List<Cell> channels, List<Cell> skus, List<Cell> stores,
                            Map<String, Measures[]> provinces, LocalDate firstDay) {
    /** Runs every query the dashboard needs for a slice (SQL: call off the FX thread). */
    public static DashboardData load(ExploreService explore, Slice slice, Grain grain, LocalDate firstDay) {
        var stores = QueryPool.start(() -> {
            List<Cell> s = new java.util.ArrayList<>(explore.breakdown(slice, Dimension.STORE, Measure.REVENUE));
            s.removeIf(c -> c.key().equals("0") || c.key().isEmpty());
            return s;
        });
        var provinces = QueryPool.start(() -> explore.withPrevious(slice, Dimension.PROVINCE));
        var kpis = QueryPool.start(() -> explore.kpis(slice));
        var trend = QueryPool.start(() -> explore.trend(slice, grain));
        var skus = QueryPool.start(() -> explore.breakdown(slice, Dimension.SKU, Measure.REVENUE));
        var channels = QueryPool.start(() -> explore.breakdown(slice, Dimension.CHANNEL, Measure.REVENUE));
        // all six end before any failure is reported: a query left running would hold the workspace after its screen gave up
        try {
            java.util.concurrent.CompletableFuture.allOf(stores, provinces, kpis, trend, skus, channels).join();
        } catch (java.util.concurrent.CompletionException e) {
            // each result below rethrows its own failure
        }
        return new DashboardData(slice, QueryPool.result(kpis), QueryPool.result(trend), QueryPool.result(channels), QueryPool.result(skus),
                QueryPool.result(stores), QueryPool.result(provinces), firstDay);
    }

    /** Whether the data covers the whole previous period. */
    public boolean previousCovered() { return !slice.previousPeriod().from().isBefore(firstDay); }

    /** Whether the data covers the whole same period last year. */
    public boolean lastYearCovered() { return !slice.lastYear().from().isBefore(firstDay); }

    public List<Cell> top(List<Cell> ranked, int n) { return ranked.subList(0, Math.min(n, ranked.size())); }

    /** The n smallest, smallest first, not overlapping the top n when the list is short. */
    public List<Cell> bottom(List<Cell> ranked, int n) {
        int from = Math.max(Math.min(n, ranked.size()), ranked.size() - n);
        List<Cell> tail = new java.util.ArrayList<>(ranked.subList(from, ranked.size()));
        java.util.Collections.reverse(tail);
        return tail;
    }
}
