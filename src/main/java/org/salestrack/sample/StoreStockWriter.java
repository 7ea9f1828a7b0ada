package org.salestrack.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Weekly store stock snapshots (each Sunday of 2025-Q4, to keep the samples small):
 * every SKU a store sold in the four weeks before, with about four weeks of cover. Dealer warehouse
 * stock is monthly, in the dealer workbooks.
 */
final class StoreStockWriter {
    static final LocalDate FIRST_SNAPSHOT = LocalDate.of(2025, 10, 5);

    private StoreStockWriter() {}

    static SampleFile write(Path dir, List<SaleRecord> pos, long seed) throws IOException {
        Map<String, List<SaleRecord>> byStore = new TreeMap<>();
        for (SaleRecord r : pos) {
            if (!r.soldAt().toLocalDate().isBefore(FIRST_SNAPSHOT.minusDays(27))) {
                byStore.computeIfAbsent(r.storeCode(), k -> new ArrayList<>()).add(r);
            }
        }
        SplittableRandom rng = new SplittableRandom(seed);
        try (CsvOut out = CsvOut.utf8(dir.resolve("stock/store-stock-weekly.csv"))) {
            out.row("as_of", "location_code", "location_type", "sku", "on_hand", "in_transit");
            for (LocalDate sunday = FIRST_SNAPSHOT; !sunday.isAfter(Seasonality.LAST_DAY); sunday = sunday.plusWeeks(1)) {
                if (sunday.getDayOfWeek() != DayOfWeek.SUNDAY) throw new IllegalStateException("snapshots are on Sundays");
                LocalDate from = sunday.minusDays(27);
                for (Map.Entry<String, List<SaleRecord>> e : byStore.entrySet()) {
                    Map<String, Integer> sold = new LinkedHashMap<>();
                    for (SaleRecord r : e.getValue()) {
                        LocalDate d = r.soldAt().toLocalDate();
                        if (!d.isBefore(from) && !d.isAfter(sunday)) sold.merge(r.product().sku(), r.qty(), Integer::sum);
                    }
                    for (Map.Entry<String, Integer> s : new TreeMap<>(sold).entrySet()) {
                        int onHand = Math.max(1, (int) Math.round(s.getValue() * (0.7 + 0.7 * rng.nextDouble())));
                        out.row(sunday, e.getKey(), "store", s.getKey(), onHand, rng.nextInt(3));
                    }
                }
            }
            return new SampleFile("stock/store-stock-weekly.csv", "stock", "Store POS weekly stock snapshots", "CSV",
                    "UTF-8", "store-stock", out.rows());
        }
    }
}
