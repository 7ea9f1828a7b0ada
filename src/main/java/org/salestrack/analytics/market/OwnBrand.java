package org.salestrack.analytics.market;

import java.util.HashMap;
import java.util.Map;

/**
 * Which of the panel's brands is ours: the one whose units, cell by cell, stray least from our counted
 * sell-out. A research firm names brands its own way, so the name is not configured but recognised.
 */
final class OwnBrand {
    private OwnBrand() {}

    static String identify(Map<ShareCube.Cell, Map<String, Long>> brands, Map<ShareCube.Cell, long[]> own) {
        Map<String, Long> distance = new HashMap<>();
        brands.values().forEach(b -> b.keySet().forEach(name -> distance.put(name, 0L)));
        for (Map.Entry<ShareCube.Cell, Map<String, Long>> e : brands.entrySet()) {
            long ours = own.getOrDefault(e.getKey(), new long[2])[0];
            for (String brand : distance.keySet()) {
                long theirs = e.getValue().getOrDefault(brand, 0L);
                distance.merge(brand, Math.abs(theirs - ours), Long::sum);
            }
        }
        return distance.entrySet().stream().min(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).orElse(null);
    }
}
