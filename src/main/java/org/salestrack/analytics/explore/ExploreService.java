package org.salestrack.analytics.explore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.salestrack.model.SummaryRow;
import org.salestrack.model.cube.Cell;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Grain;
import org.salestrack.model.cube.Measure;
import org.salestrack.model.cube.Measures;
import org.salestrack.model.cube.Member;
import org.salestrack.model.cube.Slice;
import org.salestrack.store.SummaryQuery;
import org.salestrack.model.lines.LineCursor;
import org.salestrack.model.lines.LinePage;
import org.salestrack.model.lines.LineQuery;
import org.salestrack.model.lines.StoredLine;
import org.salestrack.model.cube.SavedView;
import org.salestrack.store.SavedViews;
import org.salestrack.model.cube.StockOnHand;
import org.salestrack.store.Workspace;
import org.salestrack.store.lines.SaleLinesQuery;
import org.salestrack.store.cube.CubeDimensions;
import org.salestrack.store.cube.CubeQuery;
import org.salestrack.store.cube.CubeRollups;
import org.salestrack.store.cube.HeldSales;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;

/**
 * What the dashboard and the explorer ask of the sales cube. Every method runs SQL: call it from a
 * background task, never from the FX thread.
 */
public final class ExploreService {
    private final org.salestrack.store.marketing.CampaignCover cover;
    private final CubeQuery cube;
    private final CubeDimensions dimensions;
    private final CubeRollups rollups;
    private final SummaryQuery summaries;
    private final SaleLinesQuery lines;
    private final SavedViews views;
    private final HeldSales held;
    private final boolean onServer;

    public ExploreService(Workspace workspace) {
        this.onServer = workspace.onServer();
        this.cube = new CubeQuery(workspace);
        this.cover = new org.salestrack.store.marketing.CampaignCover(workspace);
        this.dimensions = new CubeDimensions(workspace);
        this.rollups = new CubeRollups(workspace);
        this.summaries = new SummaryQuery(workspace);
        this.lines = new SaleLinesQuery(workspace);
        this.views = new SavedViews(workspace);
        this.held = new HeldSales(workspace);
    }

    /**
     * Brings the rollups up to date with the workspace (after imports); returns whether work was done. The national
     * store keeps its own rollups (rebuilt by every publish, in its transaction): there is nothing to refresh, and the
     * workspace's cube tables and their refresh are SQLite's.
     */
    public boolean refresh(Cancellation cancel) { return refresh(cancel, ProgressListener.NONE); }

    /** As {@link #refresh(Cancellation)}, telling {@code progress} its steps in words. */
    public boolean refresh(Cancellation cancel, ProgressListener progress) { return !onServer && rollups.refresh(cancel, progress); }

    public boolean stale() { return !onServer && rollups.stale(); }

    /** Whether this reads the national store (no imports, no local rollups) rather than a workspace file. */
    public boolean onServer() { return onServer; }

    /** What open findings hold out of the slice's figures pending review (paid lines only). */
    public Measures held(Slice slice) { return held.measures(slice); }

    public Optional<Slice> span() { return dimensions.span(); }

    /** The dimensions the cube groups and filters by. */
    public Set<Dimension> dimensions() { return dimensions.dimensions(); }

    public List<Member> members(Dimension dim) { return dimensions.members(dim); }

    /** Members of the given levels whose label contains {@code text} (ignoring case), at most {@code limit}, level by level. */
    public List<Member> find(List<Dimension> levels, String text, int limit) {
        String q = text.strip().toLowerCase(java.util.Locale.ROOT);
        List<Member> out = new ArrayList<>();
        if (q.isEmpty()) return out;
        for (Dimension d : levels) {
            for (Member m : dimensions.members(d)) {
                if (out.size() >= limit) return out;
                if (m.label().toLowerCase(java.util.Locale.ROOT).contains(q)) out.add(m);
            }
        }
        return out;
    }

    /**
     * Where a member sits on a drill path: for each level {@code above}, the member holding most of its
     * sales over the whole span (a store belongs to one city, a model to one series), in path order.
     */
    public List<Member> pathTo(Slice slice, Dimension dim, String key, List<Dimension> above) {
        if (above.isEmpty()) return List.of();
        Slice whole = span().map(s -> slice.withRange(s.from(), s.to())).orElse(slice).with(dim, key);
        List<Cell> cells = cube.query(whole, above, null);
        if (cells.isEmpty()) return List.of();
        Cell most = java.util.Collections.max(cells, Comparator.comparingLong((Cell c) -> c.measures().rows()));
        List<Member> out = new ArrayList<>();
        for (int i = 0; i < above.size(); i++) out.add(new Member(above.get(i), most.keys().get(i), most.labels().get(i), ""));
        return out;
    }

    public Measures totals(Slice slice) {
        List<Cell> cells = cube.query(slice, List.of(), null);
        return cells.isEmpty() ? Measures.ZERO : cells.get(0).measures();
    }

    public Kpis kpis(Slice slice) {
        Measures now = totals(slice);
        long online = 0;
        for (Cell c : cube.query(slice, List.of(Dimension.CHANNEL_TYPE), null)) if (c.key().equals("online")) online = c.measures().qty();
        OptionalDouble cover = OptionalDouble.empty();
        StockOnHand stock = dimensions.stockOnHand(slice);
        double weeks = slice.days() / 7.0;
        if (stock.applies() && stock.units().isPresent() && now.qty() > 0) {
            cover = OptionalDouble.of(stock.units().getAsLong() / (now.qty() / weeks));
        }
        return new Kpis(now, totals(slice.previousPeriod()), totals(slice.lastYear()), online, cover, stock, held.measures(slice));
    }

    /** One page of the lines behind a figure (drill-through), starting after {@code after} (null: the first page). */
    public LinePage lines(LineQuery query, LineCursor after, int size) { return lines.page(query, after, size); }

    /** Every line of a query, read a page at a time as the iteration goes (an export of any size, bounded heap). */
    public Iterable<StoredLine> allLines(LineQuery query) {
        return () -> new java.util.Iterator<>() {
            private static final int PAGE = 5_000;
            private LinePage page = ExploreService.this.lines(query, null, PAGE);
            private int at;

            @Override
            public boolean hasNext() {
                if (at < page.lines().size()) return true;
                if (page.next() == null) return false;
                page = ExploreService.this.lines(query, page.next(), PAGE);
                at = 0;
                return !page.lines().isEmpty();
            }

            @Override
            public StoredLine next() {
                if (!hasNext()) throw new java.util.NoSuchElementException();
                return page.lines().get(at++);
            }
        };
    }

    /** The views saved in the workspace, by name. */
    /** The saved views of the workspace; the national store keeps none (a view is one analyst's, in her workspace). */
    public List<SavedView> savedViews() { return onServer ? List.of() : views.list(); }

    /** Saves (or replaces) a named view; audited. */
    public void saveView(SavedView view) { views.save(view); }

    public void deleteView(String name) { views.delete(name); }

    /** Groups of one dimension, largest first by the measure. */
    public List<Cell> breakdown(Slice slice, Dimension dim, Measure order) {
        List<Cell> cells = new ArrayList<>(cube.query(slice, List.of(dim), null));
        cells.sort(Comparator.comparingDouble((Cell c) -> order.of(c.measures())).reversed());
        return cells;
    }

    /** Every group of a dimension with its measures in this slice and in the previous period, for growth. */
    public Map<String, Measures[]> withPrevious(Slice slice, Dimension dim) {
        Map<String, Measures[]> out = new HashMap<>();
        for (Cell c : cube.query(slice, List.of(dim), null)) out.computeIfAbsent(c.key(), k -> new Measures[] {Measures.ZERO, Measures.ZERO})[0] = c.measures();
        for (Cell c : cube.query(slice.previousPeriod(), List.of(dim), null)) out.computeIfAbsent(c.key(), k -> new Measures[] {Measures.ZERO, Measures.ZERO})[1] = c.measures();
        return out;
    }

    /** Groups of a dimension split by period: the explorer grid and the matrix heat map. */
    public List<Cell> matrix(Slice slice, Dimension dim, Grain grain) { return cube.query(slice, List.of(dim), grain); }

    public Trend trend(Slice slice, Grain grain) {
        List<Cell> now = cube.query(slice, List.of(), grain);
        List<Cell> before = cube.query(slice.lastYear(), List.of(), grain);
        Map<String, Measures> byPeriod = new HashMap<>();
        for (Cell c : before) byPeriod.put(c.period(), c.measures());
        List<String> periods = grain.keys(slice.from(), slice.to());
        List<Measures> cur = new ArrayList<>();
        List<Measures> ly = new ArrayList<>();
        Map<String, Measures> nowBy = new HashMap<>();
        for (Cell c : now) nowBy.put(c.period(), c.measures());
        for (String p : periods) {
            cur.add(nowBy.getOrDefault(p, Measures.ZERO));
            ly.add(byPeriod.getOrDefault(grain.yearBefore(p), Measures.ZERO));
        }
        return new Trend(grain, periods, cur, ly);
    }

    /**
     * Totals of counted sale lines grouped by DESIGN.md's summary dimensions (the {@code summary} command).
     *
     * @param from first day included (YYYY-MM-DD) or null
     * @param to last day included or null
     */
    public List<SummaryRow> summary(List<String> by, String from, String to) { return summaries.run(by, from, to); }

    /** The campaign tags of the calendar, for the "pure" sales filter. */
    /** The tags "pure sales" can leave out; none on the national store, which keeps no campaign cover. */
    public List<String> campaignTags() { return onServer ? List.of() : cover.tags(); }

    /** The same leaving out the sales of the campaigns {@code pure} names. */
    public List<SummaryRow> summary(List<String> by, String from, String to, org.salestrack.model.cube.PureSales pure) {
        return summaries.run(by, from, to, pure);
    }
    /** The days of one period of a grain (a cell of the explorer's grid) inside the slice's range. */
    public static Slice periodSlice(Slice slice, String period, Grain grain) {
        LocalDate first = grain.first(period);
        LocalDate last = grain.last(period);
        LocalDate from = first.isBefore(slice.from()) ? slice.from() : first;
        LocalDate to = last.isAfter(slice.to()) ? slice.to() : last;
        return slice.withRange(from, to);
    }

    /** The period keys of a grain covering a range, in order, the same keys the cube returns. */
    public static List<String> periods(LocalDate from, LocalDate to, Grain grain) { return grain.keys(from, to); }
}
