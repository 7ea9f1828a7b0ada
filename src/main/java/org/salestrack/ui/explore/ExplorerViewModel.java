package org.salestrack.ui.explore;

import org.salestrack.analytics.explore.ExplorerRow;
import org.salestrack.analytics.explore.ExplorerData;
import org.salestrack.analytics.explore.ExplorerRows;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.salestrack.analytics.explore.ExploreService;
import org.salestrack.analytics.market.MarketService;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Grain;
import org.salestrack.model.cube.Measure;
import org.salestrack.model.cube.Member;
import org.salestrack.model.cube.Slice;
import org.salestrack.task.BackgroundTask;
import org.salestrack.task.TaskExecutor;
import org.salestrack.ui.RequestScheduler;
import org.salestrack.model.Message;
import org.salestrack.report.ClipboardTable;
import org.salestrack.ui.Failures;
import org.salestrack.ui.LatestRequest;
import org.salestrack.ui.StateManager;

/**
 * The explorer's state: a hierarchy on rows (its level follows the drill path), periods on columns, a
 * measure, a search text. Double-click drills through the shared StateManager, so every view follows.
 */
public final class ExplorerViewModel {
    private static final int MAX_MATCHES = 8;
    private final ExploreService explore;
    private final StateManager state;
    private final RequestScheduler requests;
    private final TaskExecutor queries;
    private final LatestRequest<ExplorerData> request;
    private final ObjectProperty<Hierarchy> hierarchy = new SimpleObjectProperty<>(Hierarchy.GEOGRAPHY);
    private final ObjectProperty<Measure> measure = new SimpleObjectProperty<>(Measure.REVENUE);
    private final ObjectProperty<Grain> grain = new SimpleObjectProperty<>(Grain.MONTH);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<ExplorerRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ExplorerData> data = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Message> error = new ReadOnlyObjectWrapper<>();
    private final javafx.beans.property.ReadOnlyBooleanWrapper loading = new javafx.beans.property.ReadOnlyBooleanWrapper(true);
    private final InvalidationListener onChange = o -> reload();
    private final LatestRequest<List<Member>> finder;
    private final ObservableList<Member> matches = FXCollections.observableArrayList();
    private final InvalidationListener onSearch = o -> findBelow();
    private final MarketService market;
    // the panel is read only once a market share is asked for, then with every reload while one is shown
    private final InvalidationListener onMeasure = o -> reloadForShares();

    public ExplorerViewModel(ExploreService explore, StateManager state, RequestScheduler requests, TaskExecutor queries, long debounceMillis) {
        this(explore, null, state, requests, queries, debounceMillis);
    }

    /** @param market the market panel's service for the market-share measures, or null when the workbench runs without it */
    public ExplorerViewModel(ExploreService explore, MarketService market, StateManager state, RequestScheduler requests, TaskExecutor queries, long debounceMillis) {
        this.explore = explore;
        this.market = market;
        this.state = state;
        this.requests = requests;
        this.queries = queries;
        this.request = requests.latest(queries, debounceMillis);
        this.finder = requests.latest(queries, debounceMillis);
        state.sliceProperty().addListener(onChange);
        hierarchy.addListener(onChange);
        grain.addListener(onChange);
        search.addListener(onSearch);
        hierarchy.addListener(onSearch);
        state.sliceProperty().addListener(onSearch);
        measure.addListener(onMeasure);
        reload();
    }

    public ObjectProperty<Hierarchy> hierarchyProperty() { return hierarchy; }

    public ObjectProperty<Measure> measureProperty() { return measure; }

    /** Whether the market-share measures can be shown (the workbench reads a market panel's service). */
    public boolean offersMarketShare() { return market != null; }

    public ObjectProperty<Grain> grainProperty() { return grain; }

    public StringProperty searchProperty() { return search; }

    public ObjectProperty<ExplorerRow> selectedProperty() { return selected; }

    public ReadOnlyObjectProperty<ExplorerData> dataProperty() { return data.getReadOnlyProperty(); }

    /** What went wrong with the last query, in words for the screen; null when it went right. */
    public ReadOnlyObjectProperty<Message> errorProperty() { return error.getReadOnlyProperty(); }

    /** True from a change of filters or level until its rows arrive: the table says "loading", not "no sales". */
    public javafx.beans.property.ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }

    /** Why the table shows no rows, so the view can say it in words. */
    public enum Empty { NOT_EMPTY, LOADING, NO_SALES, NO_MATCH }

    public Empty empty() {
        if (loading.get() && data.get() == null) return Empty.LOADING;
        if (!visibleRows().isEmpty()) return Empty.NOT_EMPTY;
        if (loading.get()) return Empty.LOADING;
        ExplorerData d = data.get();
        return d != null && !d.rows().isEmpty() ? Empty.NO_MATCH : Empty.NO_SALES;
    }

    public void reload() {
        Slice slice = state.slice();
        Hierarchy h = hierarchy.get();
        Grain g = grain.get();
        Dimension level = h.level(slice);
        loading.set(true);
        boolean shares = market != null && measure.get().isMarketShare();
        request.submit(() -> {
            ExplorerData d = ExplorerRows.load(explore, slice, level, g, requests.queries());
            return shares ? ExplorerRows.withMarket(d, market.cube(slice.pure())) : d;
        }, d -> {
            error.set(null);
            selected.set(null);
            loading.set(false);
            data.set(d);
        }, e -> {
            loading.set(false);
            error.set(Failures.of(e));
        });
    }

    private void reloadForShares() {
        ExplorerData d = data.get();
        if (measure.get().isMarketShare() && market != null && d != null && d.total().market() == null) reload();
    }

    /** Rows matching the search text (case-insensitive, on the label). */
    public List<ExplorerRow> visibleRows() {
        ExplorerData d = data.get();
        if (d == null) return List.of();
        String q = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) return d.rows();
        return d.rows().stream().filter(r -> r.label().toLowerCase(Locale.ROOT).contains(q)).toList();
    }

    /** Members further down the hierarchy whose name matches the search text (a store when rows show regions). */
    public ObservableList<Member> matchesBelow() { return matches; }

    private void findBelow() {
        String q = search.get() == null ? "" : search.get().strip();
        Hierarchy h = hierarchy.get();
        List<Dimension> levels = h.levels();
        List<Dimension> below = levels.subList(levels.indexOf(h.level(state.slice())) + 1, levels.size());
        if (q.isEmpty() || below.isEmpty()) {
            finder.cancel();
            matches.clear();
            return;
        }
        finder.submit(() -> explore.find(below, q, MAX_MATCHES), matches::setAll, e -> error.set(Failures.of(e)));
    }

    /** Drills straight to a member found further down: every level above it, then the member itself, as double-clicks would. */
    public void jumpTo(Member member) {
        List<Dimension> levels = hierarchy.get().levels();
        List<Dimension> above = levels.subList(0, Math.max(0, levels.indexOf(member.dim())));
        Slice slice = state.slice();
        queries.execute(new BackgroundTask<List<Member>>("") {
            @Override
            public List<Member> call() { return explore.pathTo(slice, member.dim(), member.key(), above); }
        }, path -> {
            search.set("");
            for (Member m : path) state.drill(m.dim(), m.key(), m.label());
            state.drill(member.dim(), member.key(), member.label());
        }, e -> error.set(Failures.of(e)));
    }

    /** Whether a row can be drilled or expanded further. */
    public boolean hasChildren(ExplorerRow row) { return hierarchy.get().below(row.dim()) != null; }

    /** Loads the next level under a row without drilling (expanding a tree node). */
    public void loadChildren(ExplorerRow row, Consumer<List<ExplorerRow>> onRows) {
        Dimension below = hierarchy.get().below(row.dim());
        if (below == null) {
            onRows.accept(List.of());
            return;
        }
        Slice slice = state.slice().with(row.dim(), row.key());
        Grain g = grain.get();
        boolean shares = market != null && measure.get().isMarketShare();
        queries.execute(new BackgroundTask<ExplorerData>("") {
            @Override
            public ExplorerData call() {
                ExplorerData d = ExplorerRows.load(explore, slice, below, g, requests.queries());
                return shares ? ExplorerRows.withMarket(d, market.cube(slice.pure())) : d;
            }
        }, d -> onRows.accept(d.rows()), e -> error.set(Failures.of(e)));
    }

    /** Double-click: every view narrows to this member, and the explorer moves one level down. */
    public void drill(ExplorerRow row) {
        state.drill(row.dim(), row.key(), row.label());
    }

    /** The visible rows and the grand total as typed columns and rows; empty before the first answer. */
    public ExplorerExport.Table exportTable(String nameHeader, List<String> extraHeaders, String totalLabel,
                                            java.util.function.Function<ExplorerRow, String> name) {
        ExplorerData d = data.get();
        return d == null ? new ExplorerExport.Table(List.of(), List.of())
                : ExplorerExport.of(nameHeader, d.periods(), extraHeaders, exportRows(totalLabel), measure.get(), name);
    }

    /** The same table as tab-separated text for the clipboard. */
    public String copyText(String nameHeader, List<String> extraHeaders, String totalLabel, java.util.function.Function<ExplorerRow, String> name) {
        ExplorerExport.Table t = exportTable(nameHeader, extraHeaders, totalLabel, name);
        return t.columns().isEmpty() ? "" : ClipboardTable.text(t.columns(), t.rows());
    }

    /** The visible rows and, last, the grand total under its label (as a spreadsheet's total row). */
    private List<ExplorerRow> exportRows(String totalLabel) {
        List<ExplorerRow> rows = new java.util.ArrayList<>(visibleRows());
        ExplorerRow t = data.get().total();
        if (!rows.isEmpty()) rows.add(new ExplorerRow(t.dim(), t.key(), totalLabel, t.periods(), t.total(), t.previous(), t.levelTotal(), true, t.market()));
        return rows;
    }

    /** The slice behind one cell of the grid (a row in one period), for its lines. */
    public Slice cellSlice(ExplorerRow row, int period) {
        ExplorerData d = data.get();
        Slice s = row.grandTotal() ? d.slice() : d.slice().with(row.dim(), row.key());
        return period < 0 ? s : ExploreService.periodSlice(s, d.periods().get(period), d.grain());
    }

    public void close() {
        state.sliceProperty().removeListener(onChange);
        hierarchy.removeListener(onChange);
        grain.removeListener(onChange);
        search.removeListener(onSearch);
        hierarchy.removeListener(onSearch);
        state.sliceProperty().removeListener(onSearch);
        measure.removeListener(onMeasure);
        request.cancel();
        finder.cancel();
    }
}
