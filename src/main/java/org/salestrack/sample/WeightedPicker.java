package org.salestrack.sample;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/** Draws items in proportion to a weight with a binary search over cumulative weights. */
final class WeightedPicker<T> {
    private final List<T> items;
    private final double[] cumulative;

    WeightedPicker(List<T> items, ToDoubleFunction<T> weight) {
        this.items = List.copyOf(items);
        this.cumulative = new double[items.size()];
        double sum = 0;
        for (int i = 0; i < items.size(); i++) {
            sum += Math.max(0, weight.applyAsDouble(items.get(i)));
            cumulative[i] = sum;
        }
    }

    boolean isEmpty() { return items.isEmpty() || cumulative[cumulative.length - 1] <= 0; }

    double total() { return cumulative.length == 0 ? 0 : cumulative[cumulative.length - 1]; }

    T pick(SplittableRandom rng) {
        double u = rng.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) hi = mid; else lo = mid + 1;
        }
        return items.get(lo);
    }
}
