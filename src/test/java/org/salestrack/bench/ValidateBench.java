package org.salestrack.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.salestrack.ingest.ImportResult;
import org.salestrack.ingest.ImportService;
import org.salestrack.sample.LargeSalesWriter;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import org.salestrack.validate.ValidationRun;
import org.salestrack.validate.ValidationService;

/**
 * bench/validate: builds the workspace bench/import builds (the sample generator's 1,000,000-line POS export
 * with its shipped profile, after the product, dealer and store masters), then times {@code validate} over
 * the whole workspace, each run on a fresh copy: read, all rules, save (issues, holds, rollup). Prints wall
 * and process CPU seconds. Target (issue 4): under 10 s. Usage: ValidateBench [LINES] [RUNS] [WORKSPACE]
 * (an existing workspace is validated as it is, without importing).
 */
public final class ValidateBench {
    private ValidateBench() {}

    public static void main(String[] args) throws Exception {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dir = Files.createTempDirectory("bench-validate");
        Path imported = args.length > 2 ? Path.of(args[2]) : importCsv(dir, lines);
        double[] seconds = new double[runs];
        for (int r = 0; r < runs; r++) {
            Path copy = dir.resolve("run-" + r + ".db");
            Files.copy(imported, copy, StandardCopyOption.REPLACE_EXISTING);
            Workspace ws = Workspace.open(copy);
            HeapWatch heap = HeapWatch.start();
            long cpu0 = processCpuNanos();
            ValidationRun run = ValidationService.of(ws).run(null, Map.of(), ProgressListener.NONE, Cancellation.none());
            double cpu = (processCpuNanos() - cpu0) / 1e9;
            heap.close();
            seconds[r] = run.seconds();
            System.out.printf(Locale.ROOT, "run %d: %,d lines in %.2f s (read %.2f, rules %.2f, save %.2f; CPU %.2f s), "
                            + "%,d findings, peak heap %.0f MB used, %.0f MB after a collection%n", r + 1, run.lines(), run.seconds(),
                    run.loadSeconds(), run.ruleSeconds(), run.saveSeconds(), cpu, run.report().total(), heap.peakUsedMb(),
                    heap.peakAfterGcMb());
            if (r == 0) {
                System.out.println("counts: " + run.report().counts());
                System.out.println("rule ms: " + run.report().millisByRule());
            }
            Files.deleteIfExists(copy);
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "validate %,d lines: median %.2f s over %d runs on %d cores (target: under 10 s)%n",
                lines, sorted[runs / 2], runs, Runtime.getRuntime().availableProcessors());
    }

    private static Path importCsv(Path dir, int lines) throws Exception {
        Path csv = dir.resolve("pos-sales-large.csv");
        LargeSalesWriter.write(csv, lines, 42);
        LargeSalesWriter.writeSupport(dir, 42);
        Path ws = dir.resolve("imported.db");
        long t0 = System.nanoTime();
        ImportService service = BenchSupport.workspaceWithMasters(ws, dir);
        ImportResult res = service.importFile(csv, null, ProgressListener.NONE, Cancellation.none());
        System.out.printf(Locale.ROOT, "imported %,d lines in %.1f s (not part of the figure)%n", res.stored(),
                (System.nanoTime() - t0) / 1e9);
        return ws;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
