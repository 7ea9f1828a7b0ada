package org.salestrack.analytics.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.salestrack.model.cube.Cell;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Grain;
import org.salestrack.model.cube.Measure;
import org.salestrack.model.cube.Measures;
import org.salestrack.model.cube.Slice;
import org.salestrack.analytics.market.ShareCube;
import org.salestrack.model.market.SliceShare;
import java.util.concurrent.Executor;

/** Builds explorer rows from the cube: one query for the period grid, one for the previous period, side by side. */
public final class ExplorerRows {
    private ExplorerRows() {}

    /** Runs the explorer's queries for one level, the two of them side by side on {@code queries}. Blocks: call off the FX thread. */
    public static ExplorerData load(ExploreService explore, Slice slice, Dimension dim, Grain grain, Executor queries) {
        List<String> periods = ExploreService.periods(slice.from(), slice.to(), grain);
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < periods.size(); i++) column.put(periods.get(i), i);
        Map<String, Measures[]> grid = new LinkedHashMap<>();
        Map<String, String> labels = new HashMap<>();
        var before = SideBySide.start(queries, () -> explore.breakdown(slice.previousPeriod(), dim, Measure.REVENUE));
        for (Cell c : explore.matrix(slice, dim, grain)) {
            Measures[] row = grid.computeIfAbsent(c.key(), k -> filled(periods.size()));
            Integer j = column.get(c.period());
            if (j != null) row[j] = row[j].plus(c.measures());
            labels.put(c.key(), c.label());
        }
        Map<String, Measures> previous = new HashMap<>();
        Measures previousAll = Measures.ZERO;
        for (Cell c : SideBySide.result(before)) {
            previous.put(c.key(), c.measures());
            previousAll = previousAll.plus(c.measures());
        }
        Measures all = Measures.ZERO;
        Measures[] allPeriods = filled(periods.size());
        Map<String, Measures> totals = new HashMap<>();
        for (Map.Entry<String, Measures[]> e : grid.entrySet()) {
            Measures t = Measures.ZERO;
            Measures[] row = e.getValue();
            for (int j = 0; j < row.length; j++) {
                t = t.plus(row[j]);
                allPeriods[j] = allPeriods[j].plus(row[j]);
            }
            totals.put(e.getKey(), t);
            all = all.plus(t);
        }
        List<ExplorerRow> rows = new ArrayList<>();
        for (Map.Entry<String, Measures[]> e : grid.entrySet()) {
            rows.add(new ExplorerRow(dim, e.getKey(), labels.get(e.getKey()), List.of(e.getValue()), totals.get(e.getKey()),
                    previous.getOrDefault(e.getKey(), Measures.ZERO), all, false));
        }
        rows.sort(Comparator.comparingLong((ExplorerRow r) -> r.total().amountE4()).reversed());
        ExplorerRow total = new ExplorerRow(dim, null, "", List.of(allPeriods), all, previousAll, all, true);
        return new ExplorerData(slice, dim, grain, periods, rows, total);
    }

    /**
     * The same rows with our share of the market panel in each cell: the row's member (and the grand total's
     * filters) over each period, from a panel read once. A row or period the panel does not break out (a city, a
     * week) carries why not, so the table shows "–" and the screen says why.
     */
    public static ExplorerData withMarket(ExplorerData d, ShareCube cube) {
        List<ExplorerRow> rows = new ArrayList<>();
        for (ExplorerRow r : d.rows()) rows.add(r.withMarket(shares(d, cube, d.slice().with(r.dim(), r.key()))));
        return new ExplorerData(d.slice(), d.dim(), d.grain(), d.periods(), rows, d.total().withMarket(shares(d, cube, d.slice())));
    }

    private static ExplorerRow.MarketShares shares(ExplorerData d, ShareCube cube, Slice slice) {
        List<SliceShare> periods = new ArrayList<>();
        for (String p : d.periods()) periods.add(cube.share(ExploreService.periodSlice(slice, p, d.grain())));
        return new ExplorerRow.MarketShares(periods, cube.share(slice));
    }

    private static Measures[] filled(int n) {
        Measures[] a = new Measures[n];
        java.util.Arrays.fill(a, Measures.ZERO);
        return a;
    }
}
