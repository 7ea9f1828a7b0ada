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
    private final java.util.Map<Dimension, java.util.Map<String, String>> labels = new java.util.EnumMap<>(Dimension.class);
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

    /** Remembers members' labels so the filters can be shown by name ({@link FilterSummary}). */
    public void knowLabels(java.util.Collection<org.salestrack.model.cube.Member> members) {
        for (var m : members) labels.computeIfAbsent(m.dim(), d -> new java.util.HashMap<>()).put(m.key(), m.label());
    }

    /** A member's label as last seen in a picker or a click, else its key. */
    public String label(Dimension dim, String key) { return labels.getOrDefault(dim, java.util.Map.of()).getOrDefault(key, key); }

    private void remember(Dimension dim, String key, String label) {
        if (label != null) labels.computeIfAbsent(dim, d -> new java.util.HashMap<>()).put(key, label);
    }

    private final javafx.beans.property.ReadOnlyStringWrapper screenRequest = new javafx.beans.property.ReadOnlyStringWrapper();

    /** A view asks the window to show another screen (an alert's link to the view that shows it). */
    public void requestScreen(String id) {
        screenRequest.set(null);
        screenRequest.set(id);
    }

    public javafx.beans.property.ReadOnlyStringProperty screenRequestProperty() { return screenRequest.getReadOnlyProperty(); }

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

    /** "Pure" sales: the campaigns whose sales every view leaves out (the drill path keeps it). */
    public void setPure(org.salestrack.model.cube.PureSales pure) {
        slice.set(slice.get().withPure(pure));
    }

    /** A picker's choice for one dimension; an empty set removes the filter. */
    public void setFilter(Dimension dim, Set<String> keys) {
        slice.set(slice.get().with(dim, keys));
    }

    /**
     * Narrows every view to one member (a tile, bar or row click, or "keep only") and records it in the
     * breadcrumb.
     */
    public void drill(Dimension dim, String key, String label) {
        Slice before = slice.get();
        remember(dim, key, label);
        if (before.keys(dim).equals(Set.of(key)) && before.excludedKeys(dim).isEmpty()) return;
        crumbs.add(new Crumb(dim, key, label, before));
        slice.set(before.with(dim, key));
    }

    /**
     * Ctrl-click: adds a member to the ones kept for its dimension (the first one narrows like a drill),
     * or takes it out again when it is already kept and others remain.
     */
    public void toggle(Dimension dim, String key, String label) {
        Slice before = slice.get();
        remember(dim, key, label);
        java.util.LinkedHashSet<String> keys = new java.util.LinkedHashSet<>(before.keys(dim));
        if (!keys.remove(key)) keys.add(key);
        else if (keys.isEmpty()) return;
        crumbs.add(new Crumb(dim, key, label, before, Crumb.Action.ADD));
        Slice after = before.with(dim, keys);
        // keep what was left out of the dimension; only the toggled member stops being left out
        Set<String> out = new java.util.LinkedHashSet<>(before.excludedKeys(dim));
        out.remove(key);
        slice.set(out.isEmpty() ? after : new Slice(after.from(), after.to(), after.members(), with(after.excluded(), dim, out), after.pure()));
    }

    /** "Exclude": leaves one member out of every view and records it in the breadcrumb. */
    public void exclude(Dimension dim, String key, String label) {
        Slice before = slice.get();
        remember(dim, key, label);
        if (before.excludedKeys(dim).contains(key)) return;
        Set<String> out = new java.util.LinkedHashSet<>(before.excludedKeys(dim));
        out.add(key);
        crumbs.add(new Crumb(dim, key, label, before, Crumb.Action.EXCLUDE));
        slice.set(before.without(dim, out));
    }

    private static java.util.Map<Dimension, Set<String>> with(java.util.Map<Dimension, Set<String>> byDim, Dimension dim, Set<String> keys) {
        java.util.Map<Dimension, Set<String>> m = new java.util.EnumMap<>(Dimension.class);
        m.putAll(byDim);
        m.put(dim, keys);
        return m;
    }

    /** Undoes the last drill step. */
    public void back() {
        if (crumbs.isEmpty()) return;
        Crumb c = crumbs.remove(crumbs.size() - 1);
        slice.set(c.before().withRange(slice.get().from(), slice.get().to()).withPure(slice.get().pure()));
    }

    /** Returns to the state before the first drill step, keeping the date range. */
    public void clear() {
        if (crumbs.isEmpty()) return;
        Slice start = crumbs.get(0).before();
        crumbs.clear();
        slice.set(start.withRange(slice.get().from(), slice.get().to()).withPure(slice.get().pure()));
    }

    /** Jumps back to just after crumb {@code index} (clicking a breadcrumb element). */
    public void backTo(int index) {
        while (crumbs.size() > index + 1) back();
    }
}
