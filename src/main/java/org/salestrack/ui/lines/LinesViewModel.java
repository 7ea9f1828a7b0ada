package org.salestrack.ui.lines;

import org.salestrack.ui.Failures;
import org.salestrack.model.Message;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.salestrack.analytics.explore.ExploreService;
import org.salestrack.model.cube.Measures;
import org.salestrack.model.cube.Slice;
import org.salestrack.model.lines.LineCursor;
import org.salestrack.model.lines.LinePage;
import org.salestrack.model.lines.LineQuery;
import org.salestrack.model.lines.LineSort;
import org.salestrack.model.lines.StoredLine;
import org.salestrack.task.BackgroundTask;
import org.salestrack.task.TaskExecutor;

/**
 * The lines behind one figure, a page at a time. Pages are fetched by keyset (the store never reads the
 * lines before a page), so "next" costs the same on page 1 and page 5,000; the cursors of the pages seen
 * are kept for "previous". The counted totals come from the cube, so the screen can say how many lines
 * and how much the pages add up to without counting them.
 */
public final class LinesViewModel {
    public static final int PAGE_SIZE = 200;
    private final ExploreService explore;
    private final TaskExecutor queries;
    private final ReadOnlyObjectWrapper<LineQuery> query = new ReadOnlyObjectWrapper<>();
    private final ObservableList<StoredLine> lines = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Measures> counted = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Message> error = new ReadOnlyObjectWrapper<>();
    // starts.get(i) is where page i begins; starts.get(0) is null (the first line)
    private final List<LineCursor> starts = new ArrayList<>();
    private long generation;

    public LinesViewModel(ExploreService explore, TaskExecutor queries, Slice slice) {
        this.explore = explore;
        this.queries = queries;
        this.query.set(new LineQuery(slice, LineSort.SOURCE, false, true));
        loadTotals(slice);
        first();
    }

    public ReadOnlyObjectProperty<LineQuery> queryProperty() { return query.getReadOnlyProperty(); }

    public ObservableList<StoredLine> lines() { return lines; }

    /** The page shown, from 0. */
    public ReadOnlyIntegerProperty pageProperty() { return page.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty hasNextProperty() { return hasNext.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }

    /** The counted lines' measures (rows, units, revenue, margin) from the cube: the figure drilled through. */
    public ReadOnlyObjectProperty<Measures> countedProperty() { return counted.getReadOnlyProperty(); }

    /** What went wrong with the last query, in words for the screen; null when it went right. */
    public ReadOnlyObjectProperty<Message> errorProperty() { return error.getReadOnlyProperty(); }

    public void next() {
        if (!hasNext.get() || loading.get()) return;
        load(page.get() + 1);
    }

    public void previous() {
        if (page.get() == 0 || loading.get()) return;
        load(page.get() - 1);
    }

    /** A click on a column header: the order changes and the list starts again at its first page. */
    public void sort(LineSort sort, boolean descending) {
        LineQuery q = query.get();
        if (q.sort() == sort && q.descending() == descending) return;
        query.set(q.withSort(sort, descending));
        first();
    }

    /** Whether lines not counted (duplicates, held or rejected in review, refunded or cancelled) are listed too. */
    public void showNotCounted(boolean show) {
        if (query.get().countedOnly() == !show) return;
        query.set(query.get().withCountedOnly(!show));
        first();
    }

    private void first() {
        starts.clear();
        starts.add(null);
        load(0);
    }

    private void load(int index) {
        long mine = ++generation;
        LineQuery q = query.get();
        LineCursor from = starts.get(index);
        loading.set(true);
        queries.execute(new BackgroundTask<LinePage>("") {
            @Override
            public LinePage call() { return explore.lines(q, from, PAGE_SIZE); }
        }, p -> {
            if (mine != generation) return;
            if (starts.size() == index + 1) starts.add(p.next());
            else starts.set(index + 1, p.next());
            lines.setAll(p.lines());
            page.set(index);
            hasNext.set(p.next() != null);
            error.set(null);
            loading.set(false);
        }, e -> {
            if (mine != generation) return;
            error.set(Failures.of(e));
            loading.set(false);
        });
    }

    private void loadTotals(Slice slice) {
        queries.execute(new BackgroundTask<Measures>("") {
            @Override
            public Measures call() { return explore.totals(slice); }
        }, counted::set, e -> error.set(Failures.of(e)));
    }

    /** Every line of the current query for an export, read a page at a time as it is written. */
    public Iterable<StoredLine> allLines() { return explore.allLines(query.get()); }

    /** Stops publishing results, e.g. when the window closes. */
    public void close() { generation++; }
}
