package org.salestrack.analytics.feedback;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The sentiment model's weights keyed by the 64-bit hash of each feature (see {@link SentimentFeatures#hash}),
 * in an open-addressing table: scoring a review looks its words and word pairs up without building a string
 * or a set per review, which is what a million reviews spend their time on otherwise. Thread-safe: read-only
 * after construction, the scratch array is per thread.
 */
final class FeatureTable {
    private static final ThreadLocal<long[]> SCRATCH = ThreadLocal.withInitial(() -> new long[256]);

    private final long[] keys;
    private final float[] values;
    private final int mask;

    FeatureTable(Map<String, Double> weights) {
        int capacity = Integer.highestOneBit(Math.max(4, weights.size() * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new float[capacity];
        mask = capacity - 1;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            long k = SentimentFeatures.hash(e.getKey());
            int i = slot(k);
            while (keys[i] != 0 && keys[i] != k) i = (i + 1) & mask;
            keys[i] = k;
            values[i] = e.getValue().floatValue();
        }
    }

    /** The sum of the weights of a review's distinct features (each word and each neighbouring pair once). */
    double sum(List<String> words) {
        int n = words.size();
        long[] h = SCRATCH.get();
        if (h.length < 2 * n) {
            h = new long[2 * n];
            SCRATCH.set(h);
        }
        int m = 0;
        long previous = 0;
        for (int i = 0; i < n; i++) {
            long w = SentimentFeatures.wordHash(words.get(i));
            h[m++] = w;
            if (i > 0) h[m++] = SentimentFeatures.pairHash(previous, w);
            previous = w;
        }
        Arrays.sort(h, 0, m);
        double sum = 0;
        for (int i = 0; i < m; i++) {
            if (i > 0 && h[i] == h[i - 1]) continue;
            sum += weight(h[i]);
        }
        return sum;
    }

    private double weight(long k) {
        for (int i = slot(k); keys[i] != 0; i = (i + 1) & mask) if (keys[i] == k) return values[i];
        return 0;
    }

    private int slot(long k) { return (int) (k ^ (k >>> 32)) & mask; }
}
