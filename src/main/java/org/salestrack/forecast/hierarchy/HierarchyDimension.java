package org.salestrack.forecast.hierarchy;

import java.util.List;

/**
 * One axis of a hierarchy, its levels listed from the top down, e.g. geography = [region, province] or
 * product = [series, sku]. A flat grouping such as channel has a single level.
 */
public record HierarchyDimension(String name, List<String> levels) {
    public HierarchyDimension {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a dimension needs a name");
        if (levels == null || levels.isEmpty()) throw new IllegalArgumentException("dimension " + name + " needs at least one level");
        levels = List.copyOf(levels);
    }

    public static HierarchyDimension of(String name, String... levels) {
        return new HierarchyDimension(name, List.of(levels));
    }

    public int depth() {
        return levels.size();
    }
}
