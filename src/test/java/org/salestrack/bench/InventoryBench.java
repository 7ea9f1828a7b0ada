package org.salestrack.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.salestrack.analytics.inventory.InventoryService;
import org.salestrack.ingest.ImportPolicy;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.model.inventory.InventoryReport;
import org.salestrack.pipeline.ImportPipeline;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;

/**
 * bench/inventory: builds (once) the sample workspace from samples/, then times the whole inventory plan
 * as of 2025-12-31 with THREADS threads: positions, a forecast per location x SKU (replenishment), a
 * forecast per SKU x region (slow movers) and the transfer LPs. Prints each run and the median.
 * Target (issue 15): every store x SKU of the sample and of a 10M-line workspace in under 30 s with 2
 * threads, forecasts included. Usage: InventoryBench [RUNS] [THREADS] [WORKSPACE]
 */
public final class InventoryBench {
    private static final PrintStream OUT = System.out;

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Path ws = Path.of(args.length > 2 ? args[2] : "target/bench-inventory/sample.db");
        if (!Files.exists(ws)) {
            Files.createDirectories(ws.toAbsolutePath().getParent());
            Workspace w = Workspace.open(ws);
            ImportService imports = new ImportService(w, ProfileLibrary.load(ImportService.profilesDir(w)), ImportPolicy.DEFAULT);
            long t0 = System.nanoTime();
            ImportPipeline.of(w, imports).importFolder(Path.of("samples"), (d, t, m) -> { }, Cancellation.none());
            OUT.printf(Locale.ROOT, "built %s from samples/ in %.1f s%n", ws, (System.nanoTime() - t0) / 1e9);
        }
        InventoryService service = new InventoryService(Workspace.open(ws), threads);
        LocalDate asOf = LocalDate.of(2025, 12, 31);
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            InventoryReport r = service.report(asOf, service.parameters(), null, Cancellation.none());
            double s = (System.nanoTime() - t0) / 1e9;
            seconds.add(s);
            OUT.printf(Locale.ROOT, "run %d: %.2f s  (%,d positions, %,d location x SKU planned, %,d slow movers, %,d transfers)%n", i + 1, s,
                    r.positions().size(), r.replenishment().size(), r.slowMovers().size(), r.transfers().size());
        }
        Collections.sort(seconds);
        OUT.printf(Locale.ROOT, "median of %d runs with %d threads: %.2f s (target: under 30 s)%n", runs, threads, seconds.get(seconds.size() / 2));
    }
}
