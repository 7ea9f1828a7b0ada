package org.salestrack.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.salestrack.model.Haversine;
import org.salestrack.model.Province;
import org.salestrack.model.Provinces;

/**
 * The stores' year-end stock count (盘点) of 2025-12-31: every SKU a store sold in the four weeks before,
 * with about four weeks of cover (as the weekly snapshots), and the planted inventory cases
 * ({@link InventoryPlants}). It draws from its own Random so the other sample files keep their bytes.
 */
final class StoreStockCountWriter {
    static final String FILE = "stock/store-stock-count-2025-12-31.csv";
    static final LocalDate COUNT_DAY = Seasonality.LAST_DAY;
    /** The week before the count (Monday to Sunday): the SKU must sell elsewhere in the province in it. */
    static final LocalDate LAST_WEEK = LocalDate.of(2025, 12, 22);
    /** Units of the transfer SKU that a store of the surplus province holds over its count: a lot sent to the wrong province. */
    static final int SURPLUS_UNITS = 60;

    private StoreStockCountWriter() {}

    record Written(SampleFile file, InventoryPlants plants) {}

    static Written write(Path dir, List<SaleRecord> pos, List<Store> stores, long seed) throws IOException {
        Map<String, Store> byCode = new HashMap<>();
        stores.forEach(s -> byCode.put(s.code(), s));
        LocalDate from = COUNT_DAY.minusDays(27);
        Map<String, Map<String, Integer>> sold = new TreeMap<>();          // store -> sku -> units in the four weeks
        Map<String, Set<String>> lastWeekSellers = new HashMap<>();        // province|sku -> stores selling it in the last week
        for (SaleRecord r : pos) {
            LocalDate d = r.soldAt().toLocalDate();
            if (d.isBefore(from) || d.isAfter(COUNT_DAY)) continue;
            String sku = r.product().sku();
            sold.computeIfAbsent(r.storeCode(), k -> new TreeMap<>()).merge(sku, r.qty(), Integer::sum);
            if (!d.isBefore(LAST_WEEK) && d.isBefore(LAST_WEEK.plusDays(7))) {
                lastWeekSellers.computeIfAbsent(byCode.get(r.storeCode()).provinceCode() + "|" + sku, k -> new HashSet<>()).add(r.storeCode());
            }
        }
        Random rng = new Random(seed);
        Map<String, Map<String, Integer>> count = new TreeMap<>();
        sold.forEach((store, skus) -> skus.forEach((sku, units) ->
                count.computeIfAbsent(store, k -> new TreeMap<>()).put(sku, Math.max(1, (int) Math.round(units * (0.7 + 0.7 * rng.nextDouble()))))));

        // the transfer: the province x SKU selling most per store that stocks it (so one unit a store leaves it short),
        // in surplus in the nearest province with a store
        Map<String, int[]> perStore = new TreeMap<>();                      // province|sku -> {units, stores}
        sold.forEach((store, skus) -> skus.forEach((k, units) -> {
            int[] a = perStore.computeIfAbsent(byCode.get(store).provinceCode() + "|" + k, x -> new int[2]);
            a[0] += units;
            a[1]++;
        }));
        String pick = null;
        for (Map.Entry<String, int[]> e : perStore.entrySet()) {
            int[] a = e.getValue();
            if (pick == null || (double) a[0] / a[1] > (double) perStore.get(pick)[0] / perStore.get(pick)[1]) pick = e.getKey();
        }
        String shortProvince = pick.substring(0, pick.indexOf('|'));
        String sku = pick.substring(pick.indexOf('|') + 1);
        Province shortP = Provinces.get().byCode(shortProvince).orElseThrow();
        Store surplusStore = stores.stream().filter(s -> !s.provinceCode().equals(shortProvince))
                .min(Comparator.comparingDouble((Store s) -> km(shortP, s.provinceCode())).thenComparing(Store::code)).orElseThrow();
        count.computeIfAbsent(surplusStore.code(), k -> new TreeMap<>()).merge(sku, SURPLUS_UNITS, Integer::sum);
        count.forEach((store, skus) -> {
            if (byCode.get(store).provinceCode().equals(shortProvince) && skus.containsKey(sku)) skus.put(sku, 1);
        });

        // the stock-out: the store's best seller of the four weeks, elsewhere in its province still selling last week
        String outStore = null;
        String outSku = null;
        int best = 0;
        for (Map.Entry<String, Map<String, Integer>> e : sold.entrySet()) {
            Store s = byCode.get(e.getKey());
            if (s.provinceCode().equals(shortProvince) || s.code().equals(surplusStore.code())) continue;
            for (Map.Entry<String, Integer> k : e.getValue().entrySet()) {
                Set<String> sellers = lastWeekSellers.getOrDefault(s.provinceCode() + "|" + k.getKey(), Set.of());
                boolean elsewhere = sellers.stream().anyMatch(c -> !c.equals(s.code()));
                if (elsewhere && !k.getKey().equals(sku) && k.getValue() > best) {
                    best = k.getValue();
                    outStore = s.code();
                    outSku = k.getKey();
                }
            }
        }
        count.get(outStore).put(outSku, 0);

        try (CsvOut out = CsvOut.utf8(dir.resolve(FILE))) {
            out.row("as_of", "location_code", "location_type", "sku", "on_hand", "in_transit");
            for (Map.Entry<String, Map<String, Integer>> e : count.entrySet()) {
                for (Map.Entry<String, Integer> k : e.getValue().entrySet()) out.row(COUNT_DAY, e.getKey(), "store", k.getKey(), k.getValue(), 0);
            }
            return new Written(new SampleFile(FILE, "stock", "Store year-end stock count (盘点)", "CSV", "UTF-8", "store-stock", out.rows()),
                    new InventoryPlants(outStore, outSku, sku, surplusStore.provinceCode(), surplusStore.code(), SURPLUS_UNITS, shortProvince));
        }
    }

    /** The key with the largest value, the first in key order on a tie. */
    private static String top(Map<String, Integer> m) {
        String best = null;
        for (Map.Entry<String, Integer> e : new TreeMap<>(m).entrySet()) if (best == null || e.getValue() > m.get(best)) best = e.getKey();
        return best;
    }

    private static double km(Province to, String provinceCode) {
        Province p = Provinces.get().byCode(provinceCode).orElseThrow();
        return Haversine.km(p.lat(), p.lon(), to.lat(), to.lon());
    }
}
