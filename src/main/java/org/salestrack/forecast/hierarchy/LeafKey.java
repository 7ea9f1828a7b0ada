package org.salestrack.forecast.hierarchy;

import java.util.List;

/**
 * A bottom-level series: for each dimension, its path from the top level down to the leaf, e.g.
 * [[South, Guangdong], [X9, X9-128G], [online]].
 */
public record LeafKey(List<List<String>> paths) {
    public LeafKey {
        paths = paths.stream().map(List::copyOf).toList();
    }

    @SafeVarargs
    public static LeafKey of(List<String>... paths) {
        return new LeafKey(List.of(paths));
    }

    /** A leaf of a single-dimension tree. */
    public static LeafKey path(String... path) {
        return new LeafKey(List.of(List.of(path)));
    }
}
