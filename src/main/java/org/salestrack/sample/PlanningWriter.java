package org.salestrack.sample;

import org.salestrack.model.Money;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/** Files from the brand's ERP and channel team: sell-in to dealers, monthly targets, dealer service scores. */
final class PlanningWriter {
    private PlanningWriter() {}

    static SampleFile sellIn(Path dir, List<SellInRecord> rows, Geography geo) throws IOException {
        try (CsvOut out = CsvOut.utf8(dir.resolve("dealers/sell-in.csv"))) {
            out.row("ship_date", "dealer_code", "dealer_tier", "sku", "qty", "amount", "province");
            for (SellInRecord r : rows) {
                out.row(r.shippedAt(), r.dealer().code(), r.dealer().tier(), r.product().sku(), r.qty(),
                        Formats.plain(r.amountE4()), geo.province(r.dealer().provinceCode()).fullNameZh());
            }
            return new SampleFile("dealers/sell-in.csv", "sell_in", "Brand ERP shipments to dealers", "CSV", "UTF-8", "sell-in", out.rows());
        }
    }

    /**
     * Targets set a little above or below what each dealer then sold (its own sell-through plus its stores). A planted
     * dealer with {@link GradePlants#targetBelowYuan} gets, in the planted quarter, its sales rounded down to ¥10,000 less
     * that, spread over the quarter's months in whole ¥10,000.
     */
    static SampleFile targets(Path dir, List<Dealer> dealers, List<SaleRecord> dealerSales, long seed) throws IOException {
        Map<String, TreeMap<YearMonth, long[]>> actual = actual(dealerSales);
        SplittableRandom rng = new SplittableRandom(seed);
        try (CsvOut out = CsvOut.utf8(dir.resolve("plans/targets.csv"))) {
            out.row("period", "dealer_code", "qty", "amount");
            for (YearMonth m = DealerSellThrough.FIRST_MONTH; !m.isAfter(DealerSellThrough.LAST_MONTH); m = m.plusMonths(1)) {
                for (Dealer d : dealers) {
                    long[] a = actual.getOrDefault(d.code(), new TreeMap<>()).getOrDefault(m, new long[2]);
                    double f = 0.9 + 0.25 * rng.nextDouble();
                    long qty = Math.max(10, Math.round(a[0] * f / 10.0) * 10);
                    // rounded to ¥10,000, computed from fen (a[1] / 100) exactly as the committed sample file was
                    long amount = Money.e4OfWholeYuan(10_000) * Math.max(1, Math.round(a[1] / 100 * f / 1_000_000.0));
                    GradePlants plant = GradePlants.of(d.code()).orElse(null);
                    if (plant != null && plant.targetBelowYuan() > 0 && GradePlants.QUARTER.contains(m)) {
                        amount = Money.e4OfWholeYuan(10_000) * plantedTargetTenThousands(plant, actual.get(d.code()), m);
                    }
                    out.row(m, d.code(), qty, Formats.plain(amount));
                }
            }
            return new SampleFile("plans/targets.csv", "target", "Channel team monthly dealer targets", "CSV", "UTF-8", "targets", out.rows());
        }
    }

    /** Units and amount (e4) each dealer sold by month. */
    private static Map<String, TreeMap<YearMonth, long[]>> actual(List<SaleRecord> dealerSales) {
        Map<String, TreeMap<YearMonth, long[]>> actual = new TreeMap<>();
        for (SaleRecord r : dealerSales) {
            if (r.dealerCode() == null) continue;
            long[] a = actual.computeIfAbsent(r.dealerCode(), k -> new TreeMap<>()).computeIfAbsent(r.month(), k -> new long[2]);
            a[0] += r.qty();
            a[1] += r.amountE4();
        }
        return actual;
    }

    /** The planted quarter's target (e4) of each dealer planted above its target, as {@link #targets} writes it. */
    static Map<String, Long> plantedTargets(List<SaleRecord> dealerSales) {
        Map<String, TreeMap<YearMonth, long[]>> actual = actual(dealerSales);
        Map<String, Long> out = new TreeMap<>();
        for (GradePlants p : GradePlants.ALL) {
            if (p.targetBelowYuan() <= 0) continue;
            long sum = 0;
            for (YearMonth m : GradePlants.QUARTER) sum += plantedTargetTenThousands(p, actual.get(p.code()), m);
            out.put(p.code(), Money.e4OfWholeYuan(10_000) * sum);
        }
        return out;
    }

    /** The month's share of the planted quarter target, in ¥10,000: thirds, the remainder on the quarter's last month. */
    static long plantedTargetTenThousands(GradePlants plant, TreeMap<YearMonth, long[]> actual, YearMonth m) {
        long salesE4 = GradePlants.QUARTER.stream().mapToLong(q -> actual.getOrDefault(q, new long[2])[1]).sum();
        long quarter = Money.ofE4(salesE4).longValue() / 10_000 - plant.targetBelowYuan() / 10_000;
        long third = quarter / 3;
        return m.equals(GradePlants.QUARTER.get(2)) ? quarter - 2 * third : third;
    }

    static SampleFile dealerService(Path dir, List<Dealer> dealers, long seed) throws IOException {
        SplittableRandom rng = new SplittableRandom(seed);
        try (CsvOut out = CsvOut.utf8(dir.resolve("plans/dealer-service.csv"))) {
            out.row("period", "dealer_code", "nps", "complaints", "resolved_48h");
            for (YearMonth m = DealerSellThrough.FIRST_MONTH; !m.isAfter(DealerSellThrough.LAST_MONTH); m = m.plusMonths(1)) {
                for (Dealer d : dealers) {
                    double quality = switch (d.grade()) { case "A" -> 0.85; case "B" -> 0.7; default -> 0.55; };
                    int nps = (int) Math.round(100 * quality - 45 + rng.nextDouble() * 20);
                    int complaints = Demand.poisson(d.size() * (1.6 - quality) * 4, rng);
                    double resolved = Math.min(100.0, 100 * quality + 8 + rng.nextDouble() * 10);
                    GradePlants plant = GradePlants.of(d.code()).orElse(null);
                    if (plant != null) {
                        // drawn above all the same, so every other dealer's rows stay as they were
                        nps = plant.npsOf(m);
                        complaints = 6 + m.getMonthValue() % 5;
                        resolved = plant.resolved48h();
                    }
                    out.row(m, d.code(), nps, complaints, String.format(java.util.Locale.ROOT, "%.1f%%", resolved));
                }
            }
            return new SampleFile("plans/dealer-service.csv", "dealer_service", "Service team dealer scorecard", "CSV",
                    "UTF-8", "dealer-service", out.rows());
        }
    }
}
