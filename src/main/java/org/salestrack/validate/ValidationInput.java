package org.salestrack.validate;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.salestrack.model.Campaign;
import org.salestrack.model.ImportReject;
import org.salestrack.model.SaleFact;
import org.salestrack.model.SellInFact;
import org.salestrack.model.StockSnapshot;

/**
 * Everything the rules look at, in import order (the first line seen with a key is the one that counts).
 * {@code today} is passed in rather than read from the clock so that "a future date" is reproducible.
 * The duplicate index is built once here because most rules must skip duplicate lines so as not to count a
 * unit twice.
 */
public final class ValidationInput implements ScanContext {
    private final List<SaleFact> sales;
    private final List<SellInFact> sellIns;
    private final List<StockSnapshot> stocks;
    private final List<Campaign> campaigns;
    private final List<ImportReject> rejects;
    private final LocalDate today;
    private final int[] originalOf;
    private Map<String, DailySeries> storeDays;

    public ValidationInput(List<SaleFact> sales, List<SellInFact> sellIns, List<StockSnapshot> stocks,
                           List<Campaign> campaigns, List<ImportReject> rejects, LocalDate today) {
        this.sales = List.copyOf(sales);
        this.sellIns = List.copyOf(sellIns);
        this.stocks = List.copyOf(stocks);
        this.campaigns = List.copyOf(campaigns);
        this.rejects = List.copyOf(rejects);
        this.today = Objects.requireNonNull(today);
        this.originalOf = indexDuplicates(this.sales);
    }

    /** Sales only, for the rules that need nothing else. */
    public static ValidationInput ofSales(List<SaleFact> sales, LocalDate today) {
        return new ValidationInput(sales, List.of(), List.of(), List.of(), List.of(), today);
    }

    public List<SaleFact> sales() { return sales; }

    @Override public List<SellInFact> sellIns() { return sellIns; }

    @Override public List<StockSnapshot> stocks() { return stocks; }

    @Override public List<Campaign> campaigns() { return campaigns; }

    @Override public List<ImportReject> rejects() { return rejects; }

    @Override public LocalDate today() { return today; }

    /** Whether sale {@code i} repeats the line key of an earlier sale. */
    @Override public boolean isDuplicate(int i) { return originalOf[i] >= 0; }

    @Override public SaleFact original(int i) { return sales.get(originalOf[i]); }

    /** Lines held in memory are few enough to follow every IMEI. */
    @Override public boolean mayRepeat(String imei) { return true; }

    /** The index of the earlier sale that sale {@code i} repeats, or -1. */
    public int originalOf(int i) { return originalOf[i]; }

    /** Counted units and revenue per store (or channel) and day, built on first use and shared by the rules. */
    @Override
    public synchronized Map<String, DailySeries> storeDays() {
        if (storeDays == null) storeDays = DailySeries.of(this, DailySeries.byStoreOrChannel());
        return storeDays;
    }

    /** Drives {@code scans} over the lines held here: every line, every line again if any scan wants some, then the end. */
    void drive(List<LineScan> scans) {
        for (int i = 0; i < sales.size(); i++) {
            for (LineScan scan : scans) scan.line(i, sales.get(i));
        }
        List<LineScan> again = scans.stream().filter(s -> !s.wanted().isEmpty()).toList();
        if (!again.isEmpty()) {
            for (int i = 0; i < sales.size(); i++) {
                for (LineScan scan : again) scan.again(i, sales.get(i));
            }
        }
        for (LineScan scan : scans) scan.end();
    }

    /**
     * For each sale, the index of the first earlier sale with the same line key, or -1. Keys are first
     * compared by a 64-bit hash in a sorted primitive array, so only the few keys that repeat go through a
     * HashMap: a million String keys in a HashMap cost a second of CPU, the sort a tenth of that.
     */
    private static int[] indexDuplicates(List<SaleFact> sales) {
        int n = sales.size();
        int[] original = new int[n];
        Arrays.fill(original, -1);
        long[] hashes = new long[n];
        int keyed = 0;
        for (int i = 0; i < n; i++) {
            String key = sales.get(i).lineKey();
            if (key != null) hashes[keyed++] = hash64(key);
        }
        long[] sorted = Arrays.copyOf(hashes, keyed);
        Arrays.sort(sorted);
        Set<Long> repeated = new HashSet<>();
        for (int i = 1; i < keyed; i++) {
            if (sorted[i] == sorted[i - 1]) repeated.add(sorted[i]);
        }
        if (repeated.isEmpty()) return original;
        Map<String, Integer> firstByKey = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String key = sales.get(i).lineKey();
            if (key == null || !repeated.contains(hash64(key))) continue;
            Integer first = firstByKey.putIfAbsent(key, i);
            if (first != null) original[i] = first;
        }
        return original;
    }

    /** FNV-1a over the UTF-16 units, then a mix: spreads keys that differ in one late character. */
    static long hash64(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
