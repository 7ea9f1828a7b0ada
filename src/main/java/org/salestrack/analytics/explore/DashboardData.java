package org.salestrack.analytics.explore;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Grain;
import org.salestrack.model.cube.Measure;
import org.salestrack.model.cube.Cell;
import org.salestrack.model.cube.Measures;
import org.salestrack.model.cube.Slice;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Everything the dashboard shows for one slice, computed together off the FX thread. Ranked lists are
 * largest first by revenue; {@code provinces} maps a province code to {this period, previous period};
 * {@code firstDay} is the first day with data, so a comparison period reaching before it is not a
 * comparison ("no previous data") but a partial one.
 */
public record DashboardData(Slice slice, Kpis kpis, Trend trend, List<Cell> channels, List<Cell> skus, List<Cell> stores,
                            Map<String, Measures[]> provinces, LocalDate firstDay) {
    /**
     * Runs every query the dashboard needs for a slice side by side on {@code queries} (WAL lets readers share the
     * workspace, so the figures come after the slowest query rather than after all in turn). Blocks: call off the FX thread.
     */
    public static DashboardData load(ExploreService explore, Slice slice, Grain grain, LocalDate firstDay, Executor queries) {
        var stores = SideBySide.start(queries, () -> {
            List<Cell> s = new java.util.ArrayList<>(explore.breakdown(slice, Dimension.STORE, Measure.REVENUE));
            s.removeIf(c -> c.key().equals("0") || c.key().isEmpty());
            return s;
        });
        var provinces = SideBySide.start(queries, () -> explore.withPrevious(slice, Dimension.PROVINCE));
        var kpis = SideBySide.start(queries, () -> explore.kpis(slice));
        var trend = SideBySide.start(queries, () -> explore.trend(slice, grain));
        var skus = SideBySide.start(queries, () -> explore.breakdown(slice, Dimension.SKU, Measure.REVENUE));
        var channels = SideBySide.start(queries, () -> explore.breakdown(slice, Dimension.CHANNEL, Measure.REVENUE));
        // all six end before any failure is reported: a query left running would hold the workspace after its screen gave up
        try {
            CompletableFuture.allOf(stores, provinces, kpis, trend, skus, channels).join();
        } catch (CompletionException e) {
            // each result below rethrows its own failure
        }
        return new DashboardData(slice, SideBySide.result(kpis), SideBySide.result(trend), SideBySide.result(channels), SideBySide.result(skus),
                SideBySide.result(stores), SideBySide.result(provinces), firstDay);
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
