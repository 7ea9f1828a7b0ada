package org.salestrack.forecast.hierarchy;

import java.util.ArrayList;
import java.util.List;

/**
 * Top-down forecast proportions (Athanasopoulos, Ahmed &amp; Hyndman 2009): walking down a tree, each node
 * takes the share of its parent that its own base forecast has among its siblings' base forecasts. The
 * shares change with the horizon, unlike historical proportions.
 */
final class ForecastProportions {
    private final SeriesHierarchy hierarchy;
    private final List<List<Integer>> children = new ArrayList<>();

    ForecastProportions(SeriesHierarchy hierarchy) {
        if (hierarchy.dimensions().size() != 1) {
            throw new IllegalArgumentException("forecast proportions need a single-dimension tree; a grouped structure has no unique path from total to leaf");
        }
        this.hierarchy = hierarchy;
        for (int node = 0; node < hierarchy.size(); node++) {
            children.add(hierarchy.children(node, 0).stream().map(HierarchyNode::index).toList());
        }
    }

    /** Leaf shares of the total (summing to 1) for one step's base forecasts of all nodes. */
    double[] leafShares(double[] base) {
        double[] share = new double[hierarchy.size()];
        share[0] = 1.0;
        // Nodes are ordered parents before children, so one pass top-down fills every share.
        for (int node = 0; node < hierarchy.size(); node++) {
            List<Integer> kids = children.get(node);
            if (kids.isEmpty()) continue;
            double sum = 0;
            for (int kid : kids) sum += Math.max(0.0, base[kid]);
            for (int kid : kids) {
                // Negative base forecasts carry no share; if no sibling has a positive one, split evenly.
                double part = sum > 0 ? Math.max(0.0, base[kid]) / sum : 1.0 / kids.size();
                share[kid] = share[node] * part;
            }
        }
        double[] leaves = new double[hierarchy.leafCount()];
        for (int j = 0; j < leaves.length; j++) leaves[j] = share[hierarchy.leafNodeIndex(j)];
        return leaves;
    }
}
