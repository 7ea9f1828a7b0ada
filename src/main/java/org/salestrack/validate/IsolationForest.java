package org.salestrack.validate;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Isolation forest (Liu, Ting and Zhou, "Isolation Forest", ICDM 2008). Each tree splits a random
 * subsample on a random feature at a random value until every point is alone or the height limit
 * ceil(log2 sampleSize) is reached; outliers are isolated in few splits. The score of a point is
 * 2^(-E[h(x)] / c(sampleSize)): near 1 for outliers, at most about 0.5 for ordinary points.
 * Trees are flat arrays so that scoring a few hundred thousand points stays in the tens of milliseconds.
 * The same data, parameters and seed always give the same forest.
 */
public final class IsolationForest {
    private static final double EULER_GAMMA = 0.5772156649015329;

    private final Tree[] trees;
    private final double normaliser;

    private IsolationForest(Tree[] trees, int sampleSize) {
        this.trees = trees;
        this.normaliser = averagePathLength(sampleSize);
    }

    /** Grows {@code treeCount} trees on subsamples of {@code sampleSize} rows of {@code x} (rows = points). */
    public static IsolationForest fit(double[][] x, int treeCount, int sampleSize, long seed) {
        if (x.length == 0) throw new IllegalArgumentException("an isolation forest needs at least one point");
        if (treeCount < 1) throw new IllegalArgumentException("an isolation forest needs at least one tree");
        int psi = Math.max(2, Math.min(sampleSize, x.length));
        int heightLimit = (int) Math.ceil(Math.log(psi) / Math.log(2));
        SplittableRandom random = new SplittableRandom(seed);
        int[] pool = new int[x.length];
        for (int i = 0; i < pool.length; i++) pool[i] = i;
        Tree[] trees = new Tree[treeCount];
        for (int t = 0; t < treeCount; t++) {
            int n = Math.min(psi, x.length);
            // a partial Fisher-Yates shuffle: the first n slots are a uniform sample without replacement
            for (int i = 0; i < n; i++) {
                int j = i + random.nextInt(pool.length - i);
                int tmp = pool[i];
                pool[i] = pool[j];
                pool[j] = tmp;
            }
            int[] sample = Arrays.copyOf(pool, n);
            trees[t] = Tree.grow(x, sample, heightLimit, random);
        }
        return new IsolationForest(trees, psi);
    }

    /** The anomaly score of one point, in (0, 1]. */
    public double score(double[] point) {
        double total = 0;
        for (Tree tree : trees) total += tree.pathLength(point);
        return Math.pow(2, -(total / trees.length) / normaliser);
    }

    /** Scores of every row; rows are independent, so they are scored in parallel with the same result. */
    public double[] scoreAll(double[][] x) {
        double[] s = new double[x.length];
        IntStream.range(0, x.length).parallel().forEach(i -> s[i] = score(x[i]));
        return s;
    }

    /** c(n): the average path length of an unsuccessful search in a binary search tree of n points. */
    static double averagePathLength(long n) {
        if (n <= 1) return 0;
        if (n == 2) return 1;
        return 2 * (Math.log(n - 1) + EULER_GAMMA) - 2.0 * (n - 1) / n;
    }

    /** One isolation tree as parallel arrays; a node with feature -1 is a leaf. */
    private static final class Tree {
        private int[] feature;
        private double[] split;
        private int[] left;
        private int[] right;
        /** For a leaf, c(size): the expected further depth of the points it holds, computed once at growth. */
        private double[] leafPath;
        private int nodes;

        private Tree(int capacity) {
            feature = new int[capacity];
            split = new double[capacity];
            left = new int[capacity];
            right = new int[capacity];
            leafPath = new double[capacity];
        }

        static Tree grow(double[][] x, int[] sample, int heightLimit, SplittableRandom random) {
            Tree tree = new Tree(2 * sample.length);
            tree.build(x, sample, 0, sample.length, 0, heightLimit, random);
            return tree;
        }

        private int build(double[][] x, int[] idx, int from, int to, int depth, int heightLimit, SplittableRandom random) {
            int node = nodes++;
            leafPath[node] = averagePathLength(to - from);
            feature[node] = -1;
            if (to - from <= 1 || depth >= heightLimit) return node;
            int dims = x[idx[from]].length;
            // choose among features that still vary here; a constant feature cannot isolate anything
            int start = random.nextInt(dims);
            for (int k = 0; k < dims; k++) {
                int f = (start + k) % dims;
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (int i = from; i < to; i++) {
                    double v = x[idx[i]][f];
                    if (v < min) min = v;
                    if (v > max) max = v;
                }
                if (max <= min) continue;
                double s = min + random.nextDouble() * (max - min);
                int mid = partition(x, idx, from, to, f, s);
                if (mid == from || mid == to) continue;
                feature[node] = f;
                split[node] = s;
                left[node] = build(x, idx, from, mid, depth + 1, heightLimit, random);
                right[node] = build(x, idx, mid, to, depth + 1, heightLimit, random);
                return node;
            }
            return node;
        }

        private static int partition(double[][] x, int[] idx, int from, int to, int f, double s) {
            int i = from;
            int j = to - 1;
            while (i <= j) {
                if (x[idx[i]][f] < s) {
                    i++;
                } else {
                    int tmp = idx[i];
                    idx[i] = idx[j];
                    idx[j--] = tmp;
                }
            }
            return i;
        }

        double pathLength(double[] point) {
            int node = 0;
            int depth = 0;
            while (feature[node] >= 0) {
                node = point[feature[node]] < split[node] ? left[node] : right[node];
                depth++;
            }
            return depth + leafPath[node];
        }
    }
}
