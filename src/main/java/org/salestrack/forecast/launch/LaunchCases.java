package org.salestrack.forecast.launch;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.salestrack.model.MasterProduct;
import org.salestrack.model.MonthlySeries;

/**
 * Which series of a level are launches and what their analogues are, from the level's monthly series and the
 * product master. A level forecasts launches when it holds a product dimension at SKU or model grain; a product is a
 * launch when its launch month (the master's launch date, else its first sale) is less than
 * {@link LaunchForecaster#LAUNCH_MONTHS} months before the data ends, or after it (not launched yet: only at a
 * level of products alone, where it needs no province or channel to be forecast in). Its analogues are the other
 * products of the level seen from their own launch month for at least three months, with the same other keys
 * (province, channel); the predecessors of its series (earlier launches) nearest to it in price are picked first.
 */
public final class LaunchCases {
    /** Predecessors picked by default. */
    public static final int DEFAULT_ANALOGUES = 3;

    /** A product at the level's grain: its series (the product line, e.g. 星河), launch month and list price in yuan (0: unknown). */
    public record Product(String key, String line, YearMonth launch, double listPrice) {}

    /** A series that can lend its launch curve. */
    public record Option(String product, String line, YearMonth launch, double listPrice, LaunchForecaster.Analogue analogue) {}

    /**
     * A launch: the series (its id at the level), its product, the months it sold since launch, what can lend it a
     * curve and which of those are picked by default; {@code fromMonth} is the first forecast month counted from launch.
     */
    public record Case(String seriesId, Product product, double[] sold, int fromMonth, List<Option> options, List<String> defaults) {
        public LaunchForecaster.Target target(double coverage) {
            return new LaunchForecaster.Target(product.key(), sold, product.listPrice(), coverage);
        }

        /** The options named, in the order given; unknown names are left out. */
        public List<LaunchForecaster.Analogue> analogues(List<String> products) {
            List<LaunchForecaster.Analogue> out = new ArrayList<>();
            for (String p : products) options.stream().filter(o -> o.product().equals(p)).findFirst().ifPresent(o -> out.add(o.analogue()));
            return out;
        }
    }

    private final Map<String, Case> cases = new LinkedHashMap<>();
    private final YearMonth last;

    private LaunchCases(YearMonth last) {
        this.last = last;
    }

    /** The month the data ends with (the series' last month); null without series. */
    public YearMonth lastMonth() { return last; }

    /**
     * @param level  the level's dimensions, e.g. [province, sku]; no launches unless it holds sku or model
     * @param series the level's monthly series, all spanning the same months
     */
    public static LaunchCases of(List<String> level, List<MonthlySeries> series, List<MasterProduct> master) {
        if (series.isEmpty()) return new LaunchCases(null);
        MonthlySeries any = series.get(0);
        YearMonth first = YearMonth.parse(any.firstMonth());
        YearMonth last = first.plusMonths(any.length() - 1L);
        LaunchCases out = new LaunchCases(last);
        String dim = level.contains("sku") ? "sku" : level.contains("model") ? "model" : null;
        if (dim == null) return out;
        int at = level.indexOf(dim);
        Map<String, Product> products = products(master, dim);
        // each series' product with its month of launch: the master's, else its first sale
        List<Seen> seen = new ArrayList<>();
        for (MonthlySeries s : series) {
            String key = s.keys().get(at);
            Product p = products.get(key);
            YearMonth launch = p != null && p.launch() != null ? p.launch() : firstSale(s, first);
            if (launch == null) continue;
            Product known = new Product(key, p == null ? "" : p.line(), launch, p == null ? 0 : p.listPrice());
            seen.add(new Seen(s, others(s.keys(), at), known, (int) (launch.getYear() * 12L + launch.getMonthValue() - 1
                    - (first.getYear() * 12L + first.getMonthValue() - 1))));
        }
        for (Seen s : seen) {
            int sinceLaunch = s.launchIndex < 0 ? Integer.MAX_VALUE : s.series.length() - s.launchIndex;
            if (sinceLaunch >= LaunchForecaster.LAUNCH_MONTHS) continue;
            double[] units = s.series.units();
            double[] sold = s.launchIndex >= units.length ? new double[0] : java.util.Arrays.copyOfRange(units, s.launchIndex, units.length);
            out.cases.put(s.series.id(), build(s.series.id(), s.product, sold, s.series.length() - s.launchIndex, options(s.others, s.product, seen)));
        }
        if (level.size() == 1) {
            // a product the master launches after the data ends has no sales yet, so no series: it is forecast from the master
            for (Product p : products.values()) {
                if (p.launch() == null || !p.launch().isAfter(last) || out.cases.containsKey(p.key())) continue;
                int from = (int) -(p.launch().getYear() * 12L + p.launch().getMonthValue() - (last.getYear() * 12L + last.getMonthValue()) - 1);
                out.cases.put(p.key(), build(p.key(), p, new double[0], from, options(List.of(), p, seen)));
            }
        }
        return out;
    }

    private static Case build(String seriesId, Product p, double[] sold, int fromMonth, List<Option> options) {
        List<String> defaults = options.stream()
                .filter(o -> !o.line().isEmpty() && o.line().equals(p.line()) && o.launch().isBefore(p.launch()))
                .sorted(Comparator.comparingDouble((Option o) -> tierDistance(p.listPrice(), o.listPrice()))
                        .thenComparing(Option::launch, Comparator.reverseOrder()))
                .limit(DEFAULT_ANALOGUES).map(Option::product).toList();
        return new Case(seriesId, p, sold, fromMonth, options, defaults);
    }

    private static double tierDistance(double a, double b) {
        return a > 0 && b > 0 ? Math.abs(Math.log(a / b)) : 1.0;
    }

    private record Seen(MonthlySeries series, List<String> others, Product product, int launchIndex) {}

    private static List<Option> options(List<String> others, Product target, List<Seen> seen) {
        List<Option> out = new ArrayList<>();
        for (Seen s : seen) {
            if (s.product.key().equals(target.key()) || !s.others.equals(others) || s.launchIndex < 0) continue;
            double[] units = s.series.units();
            if (units.length - s.launchIndex < LaunchForecaster.LAUNCH_MONTHS) continue;
            double[] curve = java.util.Arrays.copyOfRange(units, s.launchIndex, units.length);
            out.add(new Option(s.product.key(), s.product.line(), s.product.launch(), s.product.listPrice(),
                    new LaunchForecaster.Analogue(s.product.key(), curve, s.product.listPrice())));
        }
        // its own line first: the predecessors are what an analyst looks for
        out.sort(Comparator.comparing((Option o) -> !o.line().equals(target.line())).thenComparing(Option::line).thenComparing(Option::launch)
                .thenComparing(Option::product));
        return out;
    }

    private static List<String> others(List<String> keys, int at) {
        List<String> o = new ArrayList<>(keys);
        o.remove(at);
        return o;
    }

    private static YearMonth firstSale(MonthlySeries s, YearMonth first) {
        double[] u = s.units();
        for (int t = 0; t < u.length; t++) if (u[t] > 0) return first.plusMonths(t);
        return null;
    }

    /** The master's products at the grain: a model takes its earliest SKU launch and the mean of its SKUs' list prices. */
    static Map<String, Product> products(List<MasterProduct> master, String dim) {
        Map<String, List<MasterProduct>> by = new LinkedHashMap<>();
        for (MasterProduct m : master) {
            String key = dim.equals("sku") ? m.sku() : m.model();
            if (key == null || key.isEmpty()) continue;
            by.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
        }
        Map<String, Product> out = new LinkedHashMap<>();
        by.forEach((key, list) -> {
            YearMonth launch = list.stream().map(MasterProduct::launchDate).filter(d -> d != null).map(YearMonth::from)
                    .min(Comparator.naturalOrder()).orElse(null);
            double price = list.stream().filter(m -> m.listPriceE4() > 0).mapToDouble(m -> m.listPriceE4() / 10_000.0).average().orElse(0);
            out.put(key, new Product(key, list.get(0).series(), launch, price));
        });
        return out;
    }

    public Optional<Case> of(String seriesId) {
        return Optional.ofNullable(cases.get(seriesId));
    }

    /** Every launch of the level, the series' ones first, then products not launched yet. */
    public List<Case> all() {
        return List.copyOf(cases.values());
    }
}
