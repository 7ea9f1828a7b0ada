package org.salestrack.sample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Splits a whole number in proportion to weights (largest-remainder method), with a floor per key. */
final class Apportion {
    private Apportion() {}

    static Map<String, Integer> largestRemainder(Map<String, Double> weights, int total, int minimum) {
        Map<String, Integer> out = new LinkedHashMap<>();
        weights.keySet().forEach(k -> out.put(k, minimum));
        int left = total - minimum * weights.size();
        double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        List<Map.Entry<String, Double>> remainders = new ArrayList<>();
        int given = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            double exact = left * e.getValue() / sum;
            int whole = (int) Math.floor(exact);
            out.merge(e.getKey(), whole, Integer::sum);
            given += whole;
            remainders.add(Map.entry(e.getKey(), exact - whole));
        }
        remainders.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        for (int i = 0; i < left - given; i++) out.merge(remainders.get(i).getKey(), 1, Integer::sum);
        return out;
    }
}
