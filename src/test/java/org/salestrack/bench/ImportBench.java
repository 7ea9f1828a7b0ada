package org.salestrack.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.salestrack.ingest.ImportResult;
import org.salestrack.ingest.ImportService;
import org.salestrack.sample.LargeSalesWriter;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;

/**
 * bench/import: writes an N-line POS sales export with the sample generator, imports it through
 * ImportService with its shipped profile (mapped, deduplicated, rolled up, one transaction), and in the
 * same run times sqlite3's .import of the same file into a bare table. Prints seconds, rows/s, peak heap
 * and the ratio; each side runs {@code runs} times and the medians are compared.
 */
public final class ImportBench {
    public static void main(String[] args) throws Exception {
        long lines = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dir = Files.createTempDirectory("bench-import");
        // the sample generator's POS export shape: UTF-8 with BOM, Chinese headers, quoted money, IMEIs
        Path csv = dir.resolve("pos-sales-large.csv");
        LargeSalesWriter.write(csv, lines, 42);
        LargeSalesWriter.writeSupport(dir, 42);
        System.out.printf(Locale.ROOT, "file: %s (%,d bytes, %,d lines, profile pos-sales); workspace %s%n", csv, Files.size(csv), lines,
                BenchSupport.passphrase() == null ? "plain" : "encrypted (sqlcipher, AES-256)");
        double[] ours = new double[runs];
        double[] theirs = new double[runs];
        double[] oursCpu = new double[runs];
        double[] oursMain = new double[runs];
        double[] theirsCpu = new double[runs];
        double peak = 0;
        double live = 0;
        for (int r = 0; r < runs; r++) {
            Path ws = dir.resolve("ws-" + r + ".db");
            ImportService service = BenchSupport.workspaceWithMasters(ws, dir);
            HeapWatch heap = HeapWatch.start();
            long cpu0 = OS.getProcessCpuTime();
            long main0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            ImportResult res = service.importFile(csv, null, ProgressListener.NONE, Cancellation.none());
            ours[r] = (System.nanoTime() - t0) / 1e9;
            oursCpu[r] = (OS.getProcessCpuTime() - cpu0) / 1e9;
            oursMain[r] = (THREADS.getCurrentThreadCpuTime() - main0) / 1e9;
            heap.close();
            peak = Math.max(peak, heap.peakUsedMb());
            live = Math.max(live, heap.peakAfterGcMb());
            double children0 = childrenCpuSeconds();
            theirs[r] = sqlite3Import(csv, dir.resolve("bare-" + r + ".db"));
            theirsCpu[r] = childrenCpuSeconds() - children0;
            System.out.printf(Locale.ROOT, "run %d: salestrack %.2f s (%d stored, %d duplicate; cpu %.2f s, storing thread %.2f s), "
                    + "sqlite3 .import %.2f s (cpu %.2f s)%n", r + 1, ours[r], res.stored(), res.duplicates(), oursCpu[r], oursMain[r],
                    theirs[r], theirsCpu[r]);
            for (String suffix : new String[] {"", "-wal", "-shm"}) Files.deleteIfExists(Path.of(ws + suffix));
            Files.deleteIfExists(dir.resolve("bare-" + r + ".db"));
        }
        double m = BenchSupport.median(ours);
        double s = BenchSupport.median(theirs);
        System.out.printf(Locale.ROOT, "import %,d lines (mapped, deduplicated, rolled up, one transaction): median %.2f s, "
                + "%,.0f rows/s, peak heap %.0f MB used, %.0f MB after a collection (max heap %d MB)%n", lines, m, lines / m, peak, live,
                Runtime.getRuntime().maxMemory() / 1024 / 1024);
        System.out.printf(Locale.ROOT, "sqlite3 .import of the same file into a bare table: median %.2f s; ratio %.2fx "
                + "(targets: under 15 s, heap under 512 MB, within 2x)%n", s, m / s);
        if (theirsCpu[0] > 0) {
            // wall time on a shared machine mostly measures the neighbours; CPU seconds do not
            double sc = BenchSupport.median(theirsCpu);
            System.out.printf(Locale.ROOT, "cpu: import %.2f s in all threads, %.2f s on the storing thread; sqlite3 %.2f s; "
                    + "ratios %.2fx (all threads) and %.2fx (storing thread)%n", BenchSupport.median(oursCpu),
                    BenchSupport.median(oursMain), sc, BenchSupport.median(oursCpu) / sc, BenchSupport.median(oursMain) / sc);
        }
        BenchSupport.deleteTree(dir);
    }

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** CPU seconds of the child processes waited for so far (Linux /proc/self/stat cutime + cstime); 0 elsewhere. */
    private static double childrenCpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields after "(comm)": state is 3, so cutime (16) and cstime (17) sit at 13 and 14
            return (Long.parseLong(f[13]) + Long.parseLong(f[14])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static double sqlite3Import(Path csv, Path db) throws IOException, InterruptedException {
        Files.deleteIfExists(db);
        List<String> cmd = new ArrayList<>(List.of("sqlite3", db.toString(), ".import --csv " + csv + " sale_raw"));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) throw new IOException("sqlite3 failed: " + out);
        return (System.nanoTime() - t0) / 1e9;
    }

}
