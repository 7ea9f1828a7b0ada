package org.salestrack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import org.salestrack.ingest.ImportPolicy;
import org.salestrack.ingest.ImportRejectedException;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;

/** Shared helpers for the benchmarks under bench/: workspaces, medians, clean-up (the heap: {@link HeapWatch}). */
public final class BenchSupport {
    private BenchSupport() {}

    /**
     * An import service on a new workspace at {@code ws} holding the products, dealers and stores that
     * {@code LargeSalesWriter.writeSupport} wrote under {@code dir}/master, as a user imports them first.
     */
    public static ImportService workspaceWithMasters(Path ws, Path dir) throws ImportRejectedException {
        ImportService service = new ImportService(open(ws), ProfileLibrary.load(null), ImportPolicy.DEFAULT);
        for (String master : new String[] {"products.csv", "dealers.csv", "stores.csv"}) {
            service.importFile(dir.resolve("master").resolve(master), null, ProgressListener.NONE, Cancellation.none());
        }
        return service;
    }

    /**
     * The benchmark's workspace: encrypted (created so, or opened) under SALESTRACK_PASSPHRASE when that is set, so
     * the import and query benchmarks compare an encrypted workspace with a plain one; plain otherwise.
     */
    public static Workspace open(Path ws) {
        String p = passphrase();
        return Workspace.open(ws, p);
    }

    /** SALESTRACK_PASSPHRASE, or null when unset: the benchmarks then run on plain workspaces. */
    public static String passphrase() {
        String p = System.getenv("SALESTRACK_PASSPHRASE");
        return p == null || p.isEmpty() ? null : p;
    }

    /** Deletes a benchmark's temp folder: the 100 MB files and the workspaces would fill /tmp run after run. */
    public static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    public static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    public static double percentile(double[] v, double p) {
        double[] s = v.clone();
        Arrays.sort(s);
        int i = (int) Math.ceil(p * s.length) - 1;
        return s[Math.max(0, Math.min(s.length - 1, i))];
    }
}
