package org.salestrack.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import org.salestrack.model.IssueCount;
import org.salestrack.model.IssueFilter;
import org.salestrack.model.IssueStatus;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import org.salestrack.validate.HoldGuard;
import org.salestrack.validate.ValidationRun;
import org.salestrack.validate.ValidationService;

/**
 * bench/screens (validation): on a copy of the 10M-line benchmark workspace, through the calls the Data
 * quality screen makes, times "Run validation" with the heap sampled (HeapWatch), then "Accept all
 * matching" on every open finding of the rule with the most of them, and checks that it was audited as
 * one review with its count. Targets (issue 23): validation under 60 s with heap under 2 GB; the bulk
 * accept of 5M findings under 30 s. Usage: ValidationScreenBench PRISTINE WORKDIR
 */
public final class ValidationScreenBench {
    private ValidationScreenBench() {}

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * Waits until the write-ahead log is folded into the file (the workbench's passive checkpoint, a second after a
     * connection is handed back, or this one's); returns the seconds it took.
     */
    private static double folded(Workspace ws) throws Exception {
        long t = System.nanoTime();
        while (true) {
            try (var c = ws.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
                if (rs.next() && rs.getInt(1) == 0 && rs.getLong(2) == rs.getLong(3)) return (System.nanoTime() - t) / 1e9;
            }
            Thread.sleep(200);
        }
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    public static void main(String[] args) throws Exception {
        Path pristine = Path.of(args.length > 0 ? args[0] : "/work/bench-data/pristine-10000000.db");
        Path work = Path.of(args.length > 1 ? args[1] : "target/bench-screens");
        Files.createDirectories(work);
        Path copy = work.resolve("validation.db");
        Files.deleteIfExists(work.resolve("validation.db-wal"));
        Files.deleteIfExists(work.resolve("validation.db-shm"));
        Files.copy(pristine, copy, StandardCopyOption.REPLACE_EXISTING);
        Workspace ws = Workspace.open(copy);
        // as the workbench opens it (WorkspaceServices.open): a connection kept for the session, so the log is folded into
        // the file beside the work, not in the close of the run's or the review's connection
        ws.keepOpen();
        ValidationService service = ValidationService.of(ws);

        // the screen's run: the user confirms every rule that would hold more than 5% of the lines, or with
        // -Dbench.massHold=no answers No (its findings are listed, its lines keep counting)
        boolean hold = !"no".equals(System.getProperty("bench.massHold"));
        long[] asked = new long[1];
        HoldGuard guard = new HoldGuard(HoldGuard.DEFAULT_SHARE, m -> {
            System.out.printf(Locale.ROOT, "  asked: rule %s %s %,d of %,d lines (%.1f%%) -> %s%n", m.rule(),
                    m.running() ? "still running, has flagged" : "would hold", m.lines(), m.totalLines(), m.share() * 100, hold ? "hold" : "do not hold");
            asked[0]++;
            return hold;
        });
        long[] lastProgress = {-1};
        ProgressListener progress = (done, total, message) -> {
            if (done < lastProgress[0]) throw new IllegalStateException("progress went back from " + lastProgress[0] + " to " + done);
            lastProgress[0] = done;
        };
        HeapWatch heap = HeapWatch.start();
        long cpu0 = processCpuNanos();
        long called = System.nanoTime();
        ValidationRun run = service.run(null, Map.of(), guard, progress, Cancellation.none());
        double returnedAfter = (System.nanoTime() - called) / 1e9;
        double validationCpu = (processCpuNanos() - cpu0) / 1e9;
        heap.close();
        System.out.printf(Locale.ROOT, "validation: %,d lines in %.1f s (read %.1f s, rules %.1f s, save %.1f s), %,d findings, %,d open issues; "
                        + "peak heap %.0f MB used, %.0f MB after a collection (target: < 60 s, < 2,048 MB)%n", run.lines(), run.seconds(),
                run.loadSeconds(), run.ruleSeconds(), run.saveSeconds(), run.report().total(), run.opened(), heap.peakUsedMb(),
                heap.peakAfterGcMb());
        System.out.printf(Locale.ROOT, "  the screen's task ends %.1f s after the click (its connection closed); CPU %.1f s (all threads of this "
                + "process), load average %.1f, -Xmx %,d MB%n", returnedAfter, validationCpu, load(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "  the log folded into the file beside it in the next %.1f s (as she reads the findings)%n", folded(ws));
        System.out.println("  counts: " + run.report().counts());
        System.out.println("  rule ms: " + run.report().millisByRule());
        run = null;
        screenReads(service, null);

        IssueCount biggest = service.issueCounts(IssueFilter.all().withStatus(IssueStatus.OPEN)).stream()
                .max(Comparator.comparingLong(IssueCount::count)).orElse(null);
        if (biggest == null) {
            System.out.println("no open findings: nothing to accept");
            return;
        }
        IssueFilter filter = IssueFilter.all().withRule(biggest.rule()).withStatus(IssueStatus.OPEN);
        screenReads(service, biggest.rule());
        long t0 = System.nanoTime();
        long matching = service.count(filter);
        double countSeconds = (System.nanoTime() - t0) / 1e9;
        HeapWatch acceptHeap = HeapWatch.start();
        long cpu1 = processCpuNanos();
        long t1 = System.nanoTime();
        // -Dbench.review=reject rejects them instead: the lines of a declined mass hold then leave the totals
        boolean reject = "reject".equals(System.getProperty("bench.review"));
        int changed = reject ? service.rejectMatching(filter, "bench: reject all of one rule")
                : service.acceptMatching(filter, "bench: accept all of one rule");
        double acceptSeconds = (System.nanoTime() - t1) / 1e9;
        double acceptFolded = folded(ws);
        double acceptCpu = (processCpuNanos() - cpu1) / 1e9;
        acceptHeap.close();
        System.out.printf(Locale.ROOT, "%s all matching (rule %s): %,d findings counted in %.2f s, %,d %s in %.1f s, peak heap %.0f MB "
                + "(target: 5M in < 30 s); CPU of this process %.1f s (SQLite works in it), load average %.1f%n", reject ? "reject" : "accept",
                biggest.rule(), matching,
                countSeconds, changed, reject ? "rejected" : "accepted", acceptSeconds, acceptHeap.peakUsedMb(), acceptCpu, load());
        System.out.printf(Locale.ROOT, "  the log folded into the file beside it in the next %.1f s%n", acceptFolded);
        try (var c = ws.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT subject, detail FROM audit_log WHERE action = 'review' ORDER BY id DESC LIMIT 1")) {
            if (rs.next()) System.out.println("  audit: " + rs.getString(1) + " / " + rs.getString(2));
        }
        catchUp(ws);
        System.out.printf(Locale.ROOT, "  rules asked about: %d; %d cores%n", asked[0], Runtime.getRuntime().availableProcessors());
    }

    /**
     * What the workbench does next, before its screens show the review's totals: the cube's rollups take the changes of
     * sale_day (the run's and the review's), with their last words.
     */
    private static void catchUp(Workspace ws) throws ReflectiveOperationException {
        if ("deltas".equals(System.getProperty("bench.rollups"))) {
            // -Dbench.rollups=deltas: the changes added as deltas however many they are, as before the whole rebuild was chosen
            var from = Class.forName("org.salestrack.store.cube.CubeDeltas").getDeclaredField("wholeFrom");
            from.setAccessible(true);
            from.setLong(null, Long.MAX_VALUE);
        }
        String[] said = {""};
        long t0 = System.nanoTime();
        boolean refreshed = new org.salestrack.store.cube.CubeRollups(ws).refresh(Cancellation.none(), new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) { said[0] = message; }

            @Override
            public void progress(long done, long total, org.salestrack.model.Message message) {
                said[0] = message.key() + message.args();
            }
        });
        System.out.printf(Locale.ROOT, "rollups' catch-up after the review: %.1f s (%s; last step %s)%n", (System.nanoTime() - t0) / 1e9,
                refreshed ? "refreshed" : "nothing pending", said[0]);
    }

    /**
     * What the Data quality screen reads after a run or a review, as it reads it: the page of the list and the open count
     * under the filters (on every filter change), and the batches' scores (after the findings changed).
     */
    private static void screenReads(ValidationService service, String rule) {
        IssueFilter filter = IssueFilter.all().withRule(rule).withStatus(IssueStatus.OPEN);
        long t0 = System.nanoTime();
        int listed = service.issues(filter.page(2_000, 0)).size();
        long t1 = System.nanoTime();
        long open = service.count(filter);
        long t2 = System.nanoTime();
        var scores = service.quality();
        long t3 = System.nanoTime();
        System.out.printf(Locale.ROOT, "  the screen's reads (rule %s): list %,d in %.2f s, open count %,d in %.2f s (both on a filter change); "
                + "batch scores (%d batches) in %.1f s (after a run or a review)%n", rule == null ? "all" : rule, listed, (t1 - t0) / 1e9,
                open, (t2 - t1) / 1e9, scores.size(), (t3 - t2) / 1e9);
    }
}
