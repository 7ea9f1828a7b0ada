package org.salestrack.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.salestrack.ingest.ImportResult;
import org.salestrack.ingest.ImportService;
import org.salestrack.sample.LargeDealerSheetWriter;
import org.salestrack.sample.LargeSalesWriter;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;

/**
 * bench/import, second part: a dealer workbook with an N-row sell-through sheet (title banner, Chinese
 * header, date cells) imported with the shipped dealer-sellthrough profile, picked from the header.
 * DESIGN.md: 200,000 rows under 20 s, streaming, heap under 512 MB. Prints seconds, rows/s and peak heap.
 */
public final class ImportXlsxBench {
    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dir = Files.createTempDirectory("bench-import-xlsx");
        Path xlsx = dir.resolve("dealer-D900.xlsx");
        long t0 = System.nanoTime();
        LargeDealerSheetWriter.write(xlsx, rows, 42);
        LargeSalesWriter.writeSupport(dir, 42);
        System.out.printf(Locale.ROOT, "file: %s (%,d bytes, %,d rows, written in %.1f s)%n", xlsx, Files.size(xlsx), rows,
                (System.nanoTime() - t0) / 1e9);
        double[] seconds = new double[runs];
        double peak = 0;
        double live = 0;
        for (int r = 0; r < runs; r++) {
            Path ws = dir.resolve("ws-" + r + ".db");
            ImportService service = BenchSupport.workspaceWithMasters(ws, dir);
            HeapWatch heap = HeapWatch.start();
            long s0 = System.nanoTime();
            ImportResult res = service.importFile(xlsx, null, ProgressListener.NONE, Cancellation.none());
            seconds[r] = (System.nanoTime() - s0) / 1e9;
            heap.close();
            peak = Math.max(peak, heap.peakUsedMb());
            live = Math.max(live, heap.peakAfterGcMb());
            if (res.stored() != rows) throw new IllegalStateException("stored " + res.stored() + " of " + rows + " rows: " + res);
            System.out.printf(Locale.ROOT, "run %d: %.2f s (%d stored, profile %s)%n", r + 1, seconds[r], res.stored(), res.profile());
        }
        double m = BenchSupport.median(seconds);
        System.out.printf(Locale.ROOT, "import %,d-row XLSX dealer sheet: median %.2f s, %,.0f rows/s, peak heap %.0f MB used, %.0f MB "
                + "after a collection (max heap %d MB) (targets: under 20 s, heap under 512 MB)%n", rows, m, rows / m, peak, live, Runtime.getRuntime().maxMemory() / 1024 / 1024);
        BenchSupport.deleteTree(dir);
    }
}
