package org.salestrack.ui;

import java.time.LocalDate;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.salestrack.analytics.explore.DatePreset;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Slice;

/**
 * The global filters every view follows: one {@link Slice} (date range + members per dimension), the
 * date preset it came from, and the drill path shown as a breadcrumb. Views listen to
 * {@link #sliceProperty()}; clicks on a tile, bar or row call {@link #drill}. FX thread only.
 */
public final class StateManager {
    private final ReadOnlyObjectWrapper<Slice> slice = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<DatePreset> preset = new SimpleObjectProperty<>(DatePreset.LAST_12_MONTHS);
    private final ObservableList<Crumb> crumbs = FXCollections.observableArrayList();
    // one read-only view kept for good: the wrapper listens weakly, so a fresh one per call could be collected
    private final ObservableList<Crumb> crumbsView = FXCollections.unmodifiableObservableList(crumbs);
    private LocalDate first;
    private LocalDate last;

    /** @param first first day with data; @param last last day with data (presets anchor on it) */
    public StateManager(LocalDate first, LocalDate last) {
        this.first = first;
        this.last = last;
        LocalDate[] r = preset.get().range(last, first);
        slice.set(Slice.of(r[0], r[1]));
    }

    public ReadOnlyObjectProperty<Slice> sliceProperty() { return slice.getReadOnlyProperty(); }

    public Slice slice() { return slice.get(); }

    public ObjectProperty<DatePreset> presetProperty() { return preset; }

    public ObservableList<Crumb> crumbs() { return crumbsView; }

    public LocalDate firstDay() { return first; }

    public LocalDate lastDay() { return last; }

    /** New data arrived (an import): the presets re-anchor on its span. */
    public void setSpan(LocalDate firstDay, LocalDate lastDay) {
        this.first = firstDay;
        this.last = lastDay;
        if (preset.get() != null) applyPreset(preset.get());
    }

    public void applyPreset(DatePreset p) {
        preset.set(p);
        LocalDate[] r = p.range(last, first);
        slice.set(slice.get().withRange(r[0], r[1]));
    }

    /** A custom range: the preset is cleared. */
    public void setRange(LocalDate from, LocalDate to) {
        preset.set(null);
        slice.set(slice.get().withRange(from, to));
    }

    /** A picker's choice for one dimension; an empty set removes the filter. */
    public void setFilter(Dimension dim, Set<String> keys) {
        slice.set(slice.get().with(dim, keys));
    }

    /** Narrows every view to one member (a tile, bar or row click) and records it in the breadcrumb. */
    public void drill(Dimension dim, String key, String label) {
        Slice before = slice.get();
        if (before.keys(dim).equals(Set.of(key))) return;
        crumbs.add(new Crumb(dim, key, label, before));
        slice.set(before.with(dim, key));
    }

    /** Undoes the last drill step. */
    public void back() {
        if (crumbs.isEmpty()) return;
        Crumb c = crumbs.remove(crumbs.size() - 1);
        slice.set(c.before().withRange(slice.get().from(), slice.get().to()));
    }

    /** Returns to the state before the first drill step, keeping the date range. */
    public void clear() {
        if (crumbs.isEmpty()) return;
        Slice start = crumbs.get(0).before();
        crumbs.clear();
        slice.set(start.withRange(slice.get().from(), slice.get().to()));
    }

    /** Jumps back to just after crumb {@code index} (clicking a breadcrumb element). */
    public void backTo(int index) {
        while (crumbs.size() > index + 1) back();
    }
}
