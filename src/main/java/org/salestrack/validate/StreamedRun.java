package org.salestrack.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.LongPredicate;
import org.salestrack.model.Campaign;
import org.salestrack.model.ImportReject;
import org.salestrack.model.Message;
import org.salestrack.model.SaleFact;
import org.salestrack.model.SellInFact;
import org.salestrack.model.StockSnapshot;

/**
 * The rules' scans driven over the lines streamed from the store, chunk by chunk in import order: what a run over
 * a 10M-line workspace holds is a bit and a row id per line, the first line of each repeated key and the rules' own
 * small state, never the lines. A first narrow pass finds the line keys and IMEIs that occur more than once (all the
 * rest occur once, so nothing need be remembered of them); the second pass, if a rule asks for one, reads only the
 * lines it names.
 */
final class StreamedRun implements ScanContext {
    /** Where the lines come from (the store, for the service), seen as the rules need it. */
    interface Source {
        /** The number of lines, and which hashes ({@link ValidationInput#hash64}) of line keys and IMEIs occur more than once. */
        Repeats repeats();

        /** The lines (all, or those with the given row ids or on the given store-days) in import order, in chunks. */
        void stream(Set<Long> rowIds, Map<String, Set<LocalDate>> storeDays, boolean all, Consumer<List<SaleFact>> chunks);

        List<SellInFact> sellIns();

        List<StockSnapshot> stocks();

        List<Campaign> campaigns();

        List<ImportReject> rejects();

        /** The store-day series the rules judge, given those the streamed lines make (a source of some lines counts them its own way). */
        default Map<String, DailySeries> storeDays(Map<String, DailySeries> fromLines) { return fromLines; }
    }

    record Repeats(long lines, LongPredicate keys, LongPredicate imeis) {}

    /** Progress in thousandths: the key pass, the lines, the second look, then the saving (the caller's). */
    static final long KEYS_DONE = 20;
    static final long LINES_DONE = 850;
    static final long AGAIN_DONE = 900;
    static final long ALL = 1_000;

    private final Source source;
    private final LocalDate today;
    private final Set<Long> scope;
    private List<SellInFact> sellIns;
    private List<StockSnapshot> stocks;
    private List<Campaign> campaigns;
    private List<ImportReject> rejects;
    private LongPredicate repeatedKeys;
    private LongPredicate repeatedImeis;
    private final Map<String, SaleFact> firstByKey = new HashMap<>();
    private final Map<Integer, SaleFact> originals = new HashMap<>();
    private final BitSet duplicates = new BitSet();
    private long[] rowIds = new long[1 << 16];
    private int lines;
    private long inScope;
    private long linesAhead = -1;
    private final DailySeries.Builder storeDaysBuilder = DailySeries.byStoreOrChannel();
    private Map<String, DailySeries> storeDays;
    private long readNanos;
    private final long[] ruleNanos;

    StreamedRun(Source source, LocalDate today, Set<Long> scope, int rules) {
        this.source = source;
        this.today = today;
        this.scope = scope;
        this.ruleNanos = new long[rules];
    }

    /** Runs {@code scans} (one per rule, in rule order) over every line, a second look if asked, then their ends. */
    void run(List<LineScan> scans, BiConsumer<Long, Message> progress, Runnable checkCancel) {
        long t0 = System.nanoTime();
        progress.accept(0L, Message.of("progress.validate.keys"));
        Repeats repeats = source.repeats();
        linesAhead = repeats.lines();
        repeatedKeys = repeats.keys();
        repeatedImeis = repeats.imeis();
        sellIns = source.sellIns();
        stocks = source.stocks();
        campaigns = source.campaigns();
        rejects = source.rejects();
        checkCancel.run();
        long total = Math.max(1, repeats.lines());
        progress.accept(KEYS_DONE, Message.of("progress.validate.checking", Hits.count(repeats.lines())));
        readNanos += System.nanoTime() - t0;
        long[] shown = {KEYS_DONE};
        long[] waited = {System.nanoTime()};
        source.stream(Set.of(), Map.of(), true, chunk -> {
            readNanos += System.nanoTime() - waited[0];
            checkCancel.run();
            int from = lines;
            for (SaleFact f : chunk) see(f);
            for (int r = 0; r < scans.size(); r++) {
                long t = System.nanoTime();
                LineScan scan = scans.get(r);
                for (int k = 0; k < chunk.size(); k++) scan.line(from + k, chunk.get(k));
                ruleNanos[r] += System.nanoTime() - t;
            }
            originals.clear();
            long done = KEYS_DONE + (LINES_DONE - KEYS_DONE) * Math.min(lines, total) / total;
            if (done > shown[0]) {
                shown[0] = done;
                progress.accept(done, Message.of("progress.validate.checked", Hits.count(lines), Hits.count(repeats.lines())));
            }
            waited[0] = System.nanoTime();
        });
        checkCancel.run();
        storeDays = source.storeDays(storeDaysBuilder.build());
        secondLook(scans, checkCancel);
        progress.accept(AGAIN_DONE, Message.of("progress.validate.rules.done"));
        for (int r = 0; r < scans.size(); r++) {
            long t = System.nanoTime();
            scans.get(r).end();
            ruleNanos[r] += System.nanoTime() - t;
        }
    }

    /** Asks every scan which lines it needs again and streams just those past the scans that asked. */
    private void secondLook(List<LineScan> scans, Runnable checkCancel) {
        List<Integer> asking = new ArrayList<>();
        Set<Long> ids = new HashSet<>();
        Map<String, Set<LocalDate>> storeDaysWanted = new LinkedHashMap<>();
        for (int r = 0; r < scans.size(); r++) {
            long t = System.nanoTime();
            LineScan.Wanted wanted = scans.get(r).wanted();
            ruleNanos[r] += System.nanoTime() - t;
            if (wanted.isEmpty()) continue;
            asking.add(r);
            for (int i : wanted.lines()) ids.add(rowIds[i]);
            wanted.storeDays().forEach((store, days) -> storeDaysWanted.computeIfAbsent(store, k -> new HashSet<>()).addAll(days));
        }
        if (asking.isEmpty()) return;
        long[] waited = {System.nanoTime()};
        source.stream(ids, storeDaysWanted, false, chunk -> {
            readNanos += System.nanoTime() - waited[0];
            checkCancel.run();
            for (int r : asking) {
                long t = System.nanoTime();
                LineScan scan = scans.get(r);
                for (SaleFact f : chunk) {
                    int i = Arrays.binarySearch(rowIds, 0, lines, f.rowId());
                    if (i >= 0) scan.again(i, f);
                }
                ruleNanos[r] += System.nanoTime() - t;
            }
            waited[0] = System.nanoTime();
        });
    }

    /** Numbers the line and learns whether it repeats an earlier line's key. */
    private void see(SaleFact f) {
        int i = lines++;
        if (i == rowIds.length) rowIds = Arrays.copyOf(rowIds, rowIds.length * 2);
        rowIds[i] = f.rowId();
        if (scope == null || scope.contains(f.batchId())) inScope++;
        String key = f.lineKey();
        SaleFact first = key == null || !repeatedKeys.test(ValidationInput.hash64(key)) ? null : firstByKey.putIfAbsent(key, f);
        if (first != null) {
            duplicates.set(i);
            originals.put(i, first);
        }
        storeDaysBuilder.add(i, f, first != null);
    }

    long lines() { return lines; }

    long linesInScope() { return inScope; }

    /**
     * The lines in the run's scope before the scan has read them all: known from the first pass when the run covers
     * every line; -1 while unknown (a run over some batches counts its lines as it reads them).
     */
    long linesInScopeAhead() { return scope == null && linesAhead >= 0 ? linesAhead : -1; }

    double readSeconds() { return readNanos / 1e9; }

    long ruleMillis(int rule) { return ruleNanos[rule] / 1_000_000; }

    @Override public LocalDate today() { return today; }

    @Override public List<SellInFact> sellIns() { return sellIns; }

    @Override public List<StockSnapshot> stocks() { return stocks; }

    @Override public List<Campaign> campaigns() { return campaigns; }

    @Override public List<ImportReject> rejects() { return rejects; }

    @Override public boolean isDuplicate(int i) { return duplicates.get(i); }

    @Override public SaleFact original(int i) { return originals.get(i); }

    @Override public boolean mayRepeat(String imei) { return repeatedImeis.test(ValidationInput.hash64(imei)); }

    @Override public Map<String, DailySeries> storeDays() {
        if (storeDays == null) throw new IllegalStateException("the store days are known once every line has been seen");
        return storeDays;
    }
}
