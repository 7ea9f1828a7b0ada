package org.salestrack.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.salestrack.analytics.explore.DatePreset;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.DrillStep;
import org.salestrack.model.cube.SavedView;
import org.salestrack.model.cube.Slice;

/**
 * The StateManager's state as a {@link SavedView} and back, through its public operations only: the picker
 * filters, the date preset or custom range, then the drill path replayed step by step, so the breadcrumb,
 * Back and every view behave as if the user had clicked their way there.
 */
public final class StateSnapshot {
    private StateSnapshot() {}

    public static SavedView capture(StateManager state, String name, String screen) {
        Slice slice = state.slice();
        List<DrillStep> path = new ArrayList<>();
        Map<Dimension, Set<String>> filters = new EnumMap<>(Dimension.class);
        filters.putAll(slice.members());
        for (Crumb c : state.crumbs()) {
            path.add(new DrillStep(c.dim(), c.key(), c.label()));
            // a dimension the path narrowed is the path's, unless a picker changed it since
            if (slice.keys(c.dim()).equals(Set.of(c.key()))) filters.remove(c.dim());
        }
        DatePreset preset = state.presetProperty().get();
        return new SavedView(name, screen, preset == null ? null : preset.name(), slice.from(), slice.to(), filters, path);
    }

    public static void restore(StateManager state, SavedView view) {
        state.clear();
        for (Dimension d : Dimension.values()) {
            Set<String> keys = view.filters().getOrDefault(d, Set.of());
            if (!state.slice().keys(d).equals(keys)) state.setFilter(d, keys);
        }
        DatePreset preset = preset(view.preset());
        if (preset != null) state.applyPreset(preset);
        else state.setRange(view.from(), view.to());
        for (DrillStep s : view.path()) state.drill(s.dim(), s.key(), s.label());
    }

    /** A preset saved by another version may be gone: the view then keeps its dates. */
    private static DatePreset preset(String name) {
        if (name == null) return null;
        try {
            return DatePreset.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
