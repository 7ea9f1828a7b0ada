package org.salestrack.forecast.ensemble;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.salestrack.forecast.series.TimeSeries;
import org.salestrack.model.MasterProduct;

/**
 * The parent each series of a product level borrows its seasonality from, by the product master: a SKU or a model
 * from its product line (series), else its category; a line from its category (with the same province, channel or
 * other keys). The parent is the sum of the level's series under it, so it holds the same calendar months of the
 * products launched before (星河 X6's Novembers under X7's), counted from its first sale; the first ancestor with
 * {@link #SEASONS} full seasons of history is taken. A series with none of them is left to the level's total.
 */
public final class SeasonalParents {
    /** Seasons of history a parent needs to lend its seasonality. */
    public static final int SEASONS = 2;

    private SeasonalParents() {}

    /**
     * @param level  the level's dimensions in key order (series ids are the keys joined by "/")
     * @param series the level's series, of one calendar
     * @return series id -> parent series (leading zeros dropped); empty when the level has no product dimension
     */
    public static Map<String, TimeSeries> of(List<String> level, List<TimeSeries> series, List<MasterProduct> master) {
        String dim = level.contains("sku") ? "sku" : level.contains("model") ? "model" : level.contains("series") ? "series" : null;
        if (dim == null || series.isEmpty()) return Map.of();
        int at = level.indexOf(dim);
        List<String> chain = dim.equals("series") ? List.of("category") : List.of("series", "category");
        Map<String, Map<String, String>> up = ancestors(master, dim);
        // the sums under each ancestor value and the other keys, built once per ancestor dimension
        Map<String, Map<String, double[]>> sums = new HashMap<>();
        Map<String, TimeSeries> out = new LinkedHashMap<>();
        long start = series.stream().mapToLong(TimeSeries::firstOrdinal).min().orElse(0);
        long end = series.stream().mapToLong(s -> s.firstOrdinal() + s.length() - 1).max().orElse(0);
        TimeSeries first = series.get(0);
        for (TimeSeries s : series) {
            List<String> keys = List.of(s.id().split("/", -1));
            if (keys.size() != level.size()) continue;
            for (String a : chain) {
                String parent = up.getOrDefault(a, Map.of()).get(keys.get(at));
                if (parent == null || parent.isEmpty()) continue;
                Map<String, double[]> byGroup = sums.computeIfAbsent(a, x -> sum(level, at, series, up.getOrDefault(x, Map.of()), start, end));
                double[] total = byGroup.get(group(parent, keys, at));
                TimeSeries p = total == null ? null : trimmed(s.id() + "^" + a, first, start, total);
                if (p != null && p.length() >= SEASONS * s.seasonLength()) {
                    out.put(s.id(), p);
                    break;
                }
            }
        }
        return out;
    }

    private static Map<String, double[]> sum(List<String> level, int at, List<TimeSeries> series, Map<String, String> up, long start, long end) {
        Map<String, double[]> out = new HashMap<>();
        for (TimeSeries s : series) {
            List<String> keys = List.of(s.id().split("/", -1));
            if (keys.size() != level.size()) continue;
            String parent = up.get(keys.get(at));
            if (parent == null || parent.isEmpty()) continue;
            double[] total = out.computeIfAbsent(group(parent, keys, at), g -> new double[(int) (end - start + 1)]);
            double[] v = s.values();
            int offset = (int) (s.firstOrdinal() - start);
            for (int t = 0; t < v.length; t++) total[offset + t] += v[t];
        }
        return out;
    }

    private static String group(String parent, List<String> keys, int at) {
        List<String> g = new ArrayList<>(keys);
        g.set(at, parent);
        return String.join("/", g);
    }

    private static TimeSeries trimmed(String id, TimeSeries like, long start, double[] total) {
        int from = 0;
        while (from < total.length && total[from] <= 0) from++;
        if (from == total.length) return null;
        return new TimeSeries(id, like.kind(), start + from, java.util.Arrays.copyOfRange(total, from, total.length), like.seasonLength());
    }

    /** For each ancestor dimension ("series", "category"), the level's product value -> its ancestor's value. */
    private static Map<String, Map<String, String>> ancestors(List<MasterProduct> master, String dim) {
        Map<String, Map<String, String>> out = new HashMap<>();
        for (MasterProduct m : master) {
            String key = switch (dim) {
                case "sku" -> m.sku();
                case "model" -> m.model();
                default -> m.series();
            };
            if (key == null || key.isEmpty()) continue;
            if (!dim.equals("series")) out.computeIfAbsent("series", x -> new HashMap<>()).putIfAbsent(key, m.series());
            out.computeIfAbsent("category", x -> new HashMap<>()).putIfAbsent(key, m.category());
        }
        return out;
    }
}
