package org.salestrack.forecast.hierarchy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A hierarchical or grouped structure of series built from its leaves, e.g. (region > province) x
 * (series > sku) x channel. Every combination of levels across the dimensions that the leaves reach is a
 * node, so a cross product yields the grouped structure of Hyndman et al. (2011) rather than one arbitrary
 * nesting. Nodes are ordered total first, then by how deep they go, leaves last in the order given, which is
 * the row order of the summing matrix S (n x m).
 */
public final class SeriesHierarchy {
    public static final String TOTAL_KEY = "Total";

    private final List<HierarchyDimension> dimensions;
    private final List<HierarchyNode> nodes;
    private final int[][] leavesUnder;
    private final Map<String, Integer> indexByKey;
    private final int leafCount;

    private SeriesHierarchy(List<HierarchyDimension> dimensions, List<HierarchyNode> nodes, int[][] leavesUnder, int leafCount) {
        this.dimensions = dimensions;
        this.nodes = nodes;
        this.leavesUnder = leavesUnder;
        this.leafCount = leafCount;
        this.indexByKey = new HashMap<>();
        for (HierarchyNode node : nodes) indexByKey.put(node.key(), node.index());
    }

    /** A single-dimension tree, e.g. region > province, from the leaves' paths. */
    public static SeriesHierarchy tree(HierarchyDimension dimension, List<List<String>> leafPaths) {
        return of(List.of(dimension), leafPaths.stream().map(p -> new LeafKey(List.of(p))).toList());
    }

    public static SeriesHierarchy of(List<HierarchyDimension> dimensions, List<LeafKey> leaves) {
        if (dimensions.isEmpty()) throw new IllegalArgumentException("a hierarchy needs at least one dimension");
        if (leaves.isEmpty()) throw new IllegalArgumentException("a hierarchy needs at least one leaf");
        Set<List<List<String>>> seen = new HashSet<>();
        for (LeafKey leaf : leaves) {
            validate(dimensions, leaf);
            if (!seen.add(leaf.paths())) throw new IllegalArgumentException("leaf listed twice: " + leaf.paths());
        }
        List<HierarchyNode> nodes = new ArrayList<>();
        List<int[]> under = new ArrayList<>();
        for (int[] depths : depthCombinations(dimensions)) {
            Map<List<List<String>>, List<Integer>> groups = new LinkedHashMap<>();
            for (int j = 0; j < leaves.size(); j++) {
                groups.computeIfAbsent(prefixes(leaves.get(j), depths), k -> new ArrayList<>()).add(j);
            }
            boolean leafLevel = isLeafLevel(dimensions, depths);
            for (Map.Entry<List<List<String>>, List<Integer>> group : groups.entrySet()) {
                int index = nodes.size();
                nodes.add(new HierarchyNode(index, keyOf(dimensions, group.getKey()), group.getKey(), leafLevel));
                under.add(group.getValue().stream().mapToInt(Integer::intValue).toArray());
            }
        }
        return new SeriesHierarchy(List.copyOf(dimensions), List.copyOf(nodes), under.toArray(int[][]::new), leaves.size());
    }

    /** The key of the node with these per-dimension paths, e.g. {@code geography:South/Guangdong|channel:online}. */
    public static String keyOf(List<HierarchyDimension> dimensions, List<List<String>> prefixes) {
        List<String> parts = new ArrayList<>();
        for (int d = 0; d < dimensions.size(); d++) {
            if (!prefixes.get(d).isEmpty()) parts.add(dimensions.get(d).name() + ":" + String.join("/", prefixes.get(d)));
        }
        return parts.isEmpty() ? TOTAL_KEY : String.join("|", parts);
    }

    public List<HierarchyDimension> dimensions() {
        return dimensions;
    }

    public List<HierarchyNode> nodes() {
        return nodes;
    }

    public HierarchyNode node(int index) {
        return nodes.get(index);
    }

    /** Number of series at all levels (n). */
    public int size() {
        return nodes.size();
    }

    /** Number of bottom-level series (m); they are the last m nodes. */
    public int leafCount() {
        return leafCount;
    }

    /** The node index of leaf j (0-based among leaves). */
    public int leafNodeIndex(int leaf) {
        return nodes.size() - leafCount + leaf;
    }

    public int indexOf(String key) {
        Integer index = indexByKey.get(key);
        if (index == null) throw new IllegalArgumentException("no node " + key);
        return index;
    }

    /** Indices (among leaves, 0..m-1) of the leaves a node sums. */
    public int[] leavesUnder(int node) {
        return leavesUnder[node].clone();
    }

    /**
     * The nodes one level below {@code node} in one dimension, the others unchanged: the provinces of a
     * region, or the SKUs of a series within the same province. Empty at that dimension's bottom level.
     */
    public List<HierarchyNode> children(int node, int dimension) {
        List<List<String>> parent = nodes.get(node).prefixes();
        List<HierarchyNode> children = new ArrayList<>();
        for (HierarchyNode candidate : nodes) {
            if (isChild(parent, candidate.prefixes(), dimension)) children.add(candidate);
        }
        return children;
    }

    /** S: row i has a 1 in column j when leaf j is part of node i. */
    public double[][] summingMatrix() {
        double[][] s = new double[nodes.size()][leafCount];
        for (int i = 0; i < nodes.size(); i++) {
            for (int j : leavesUnder[i]) s[i][j] = 1.0;
        }
        return s;
    }

    /** S b: every node's value from the leaves' values. */
    public double[] aggregate(double[] bottom) {
        if (bottom.length != leafCount) throw new IllegalArgumentException("expected " + leafCount + " leaf values, got " + bottom.length);
        double[] all = new double[nodes.size()];
        for (int i = 0; i < all.length; i++) {
            double sum = 0;
            for (int j : leavesUnder[i]) sum += bottom[j];
            all[i] = sum;
        }
        return all;
    }

    /** Aggregates leaf series given as [leaf][time] into [node][time]. */
    public double[][] aggregate(double[][] bottomByLeaf) {
        if (bottomByLeaf.length != leafCount) throw new IllegalArgumentException("expected " + leafCount + " leaf series, got " + bottomByLeaf.length);
        int periods = bottomByLeaf[0].length;
        double[][] all = new double[nodes.size()][periods];
        for (int i = 0; i < all.length; i++) {
            for (int j : leavesUnder[i]) {
                if (bottomByLeaf[j].length != periods) throw new IllegalArgumentException("leaf series have different lengths");
                for (int t = 0; t < periods; t++) all[i][t] += bottomByLeaf[j][t];
            }
        }
        return all;
    }

    private static boolean isChild(List<List<String>> parent, List<List<String>> candidate, int dimension) {
        for (int d = 0; d < parent.size(); d++) {
            List<String> p = parent.get(d);
            List<String> c = candidate.get(d);
            if (d != dimension && !p.equals(c)) return false;
            if (d == dimension && (c.size() != p.size() + 1 || !c.subList(0, p.size()).equals(p))) return false;
        }
        return true;
    }

    private static void validate(List<HierarchyDimension> dimensions, LeafKey leaf) {
        if (leaf.paths().size() != dimensions.size()) {
            throw new IllegalArgumentException("leaf " + leaf.paths() + " has " + leaf.paths().size() + " paths for " + dimensions.size() + " dimensions");
        }
        for (int d = 0; d < dimensions.size(); d++) {
            if (leaf.paths().get(d).size() != dimensions.get(d).depth()) {
                throw new IllegalArgumentException("leaf " + leaf.paths() + ": dimension " + dimensions.get(d).name() + " needs a path of " + dimensions.get(d).depth() + " labels");
            }
        }
    }

    private static List<List<String>> prefixes(LeafKey leaf, int[] depths) {
        List<List<String>> prefixes = new ArrayList<>(depths.length);
        for (int d = 0; d < depths.length; d++) prefixes.add(leaf.paths().get(d).subList(0, depths[d]));
        return prefixes;
    }

    private static boolean isLeafLevel(List<HierarchyDimension> dimensions, int[] depths) {
        for (int d = 0; d < depths.length; d++) {
            if (depths[d] != dimensions.get(d).depth()) return false;
        }
        return true;
    }

    /** All depth vectors, shallowest first so that aggregates precede what they sum and leaves come last. */
    private static List<int[]> depthCombinations(List<HierarchyDimension> dimensions) {
        List<int[]> combinations = new ArrayList<>();
        combinations.add(new int[dimensions.size()]);
        for (int d = 0; d < dimensions.size(); d++) {
            List<int[]> next = new ArrayList<>();
            for (int[] partial : combinations) {
                for (int depth = 0; depth <= dimensions.get(d).depth(); depth++) {
                    int[] copy = partial.clone();
                    copy[d] = depth;
                    next.add(copy);
                }
            }
            combinations = next;
        }
        combinations.sort(Comparator.<int[]>comparingInt(v -> Arrays.stream(v).sum()).thenComparing(Arrays::compare));
        return combinations;
    }
}
