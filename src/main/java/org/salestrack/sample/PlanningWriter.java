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

    /** Targets set a little above or below what each dealer then sold (its own sell-through plus its stores). */
    static SampleFile targets(Path dir, List<Dealer> dealers, List<SaleRecord> dealerSales, long seed) throws IOException {
        Map<String, TreeMap<YearMonth, long[]>> actual = new TreeMap<>();
        for (SaleRecord r : dealerSales) {
            if (r.dealerCode() == null) continue;
            long[] a = actual.computeIfAbsent(r.dealerCode(), k -> new TreeMap<>()).computeIfAbsent(r.month(), k -> new long[2]);
            a[0] += r.qty();
            a[1] += r.amountE4();
        }
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
                    out.row(m, d.code(), qty, Formats.plain(amount));
                }
            }
            return new SampleFile("plans/targets.csv", "target", "Channel team monthly dealer targets", "CSV", "UTF-8", "targets", out.rows());
        }
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
                    out.row(m, d.code(), nps, complaints, String.format(java.util.Locale.ROOT, "%.1f%%", resolved));
                }
            }
            return new SampleFile("plans/dealer-service.csv", "dealer_service", "Service team dealer scorecard", "CSV",
                    "UTF-8", "dealer-service", out.rows());
        }
    }
}
