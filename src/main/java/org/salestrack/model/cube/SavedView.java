package org.salestrack.model.cube;

import org.salestrack.model.Dimension;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A named view of the workbench: the date preset (its id; null for a custom range, then {@code from} and
 * {@code to} hold), the filters chosen in the pickers, the drill path taken after them, and the screen.
 */
public record SavedView(String name, String screen, String preset, LocalDate from, LocalDate to, Map<Dimension, Set<String>> filters,
                        List<DrillStep> path) {
    public SavedView {
        EnumMap<Dimension, Set<String>> copy = new EnumMap<>(Dimension.class);
        filters.forEach((d, keys) -> {
            if (!keys.isEmpty()) copy.put(d, Collections.unmodifiableSet(new LinkedHashSet<>(keys)));
        });
        filters = Collections.unmodifiableMap(copy);
        path = List.copyOf(path);
    }
}
