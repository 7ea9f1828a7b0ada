package org.salestrack.forecast.hierarchy;

import java.util.List;

/**
 * One series of the hierarchy: an aggregate or a leaf. {@code prefixes.get(d)} is the path taken in dimension
 * d (empty when the node sums over the whole dimension), so the total has only empty prefixes.
 */
public record HierarchyNode(int index, String key, List<List<String>> prefixes, boolean leaf) {
    public HierarchyNode {
        prefixes = prefixes.stream().map(List::copyOf).toList();
    }

    /** How far down dimension {@code d} this node goes; 0 means "all". */
    public int depth(int dimension) {
        return prefixes.get(dimension).size();
    }

    public boolean isTotal() {
        return prefixes.stream().allMatch(List::isEmpty);
    }
}
