package org.salestrack.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.salestrack.ingest.ImportPolicy;
import org.salestrack.ingest.ImportResult;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.ProfileCodec;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.model.Provinces;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;

/**
 * bench/import: writes an N-line sales CSV (POS shape, UTF-8), imports it through ImportService (mapped,
 * deduplicated, rolled up, one transaction), and in the same run times sqlite3's .import of the same file
 * into a bare table. Prints seconds, rows/s, peak heap and the ratio. Runs each side {@code runs} times.
 */
public final class ImportBench {
    public static void main(String[] args) throws Exception {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dir = Files.createTempDirectory("bench-import");
        Path csv = args.length > 2 ? Path.of(args[2]) : writeCsv(dir.resolve("sales-1m.csv"), lines);
        Path profile = dir.resolve("pos.json");
        Files.writeString(profile, PROFILE);
        System.out.printf(Locale.ROOT, "file: %s (%,d bytes, %,d lines)%n", csv, Files.size(csv), lines);
        double[] ours = new double[runs];
        double[] theirs = new double[runs];
        double peak = 0;
        for (int r = 0; r < runs; r++) {
            Path ws = dir.resolve("ws-" + r + ".db");
            System.gc();
            BenchSupport.resetPeakHeap();
            long t0 = System.nanoTime();
            Workspace w = Workspace.open(ws);
            ImportService service = new ImportService(w, ProfileLibrary.load(null), ImportPolicy.DEFAULT);
            ImportResult res = service.importFile(csv, ProfileCodec.read(profile), ProgressListener.NONE, Cancellation.none());
            ours[r] = (System.nanoTime() - t0) / 1e9;
            peak = Math.max(peak, BenchSupport.peakHeapMb());
            theirs[r] = sqlite3Import(csv, dir.resolve("bare-" + r + ".db"));
            System.out.printf(Locale.ROOT, "run %d: salestrack %.2f s (%d stored, %d duplicate), sqlite3 .import %.2f s%n",
                    r + 1, ours[r], res.stored(), res.duplicates(), theirs[r]);
            Files.deleteIfExists(ws);
        }
        double m = BenchSupport.median(ours);
        double s = BenchSupport.median(theirs);
        System.out.printf(Locale.ROOT, "import %,d lines: median %.2f s, %,.0f rows/s, peak heap %.0f MB (max heap %d MB)%n",
                lines, m, lines / m, peak, Runtime.getRuntime().maxMemory() / 1024 / 1024);
        System.out.printf(Locale.ROOT, "sqlite3 .import of the same file: median %.2f s; ratio %.2fx (target: under 15 s, heap under 512 MB, within 2x)%n",
                s, m / s);
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

    static final String PROFILE = """
            {"name": "bench-pos", "kind": "sales",
             "format": {"type": "csv", "encoding": "UTF-8", "delimiter": ",", "decimal": ".", "headerRow": 1, "sheet": null},
             "fields": {"order_id": "receipt", "line_no": "line", "sold_at": "time", "store_code": "store", "sku": "sku",
                        "qty": "qty", "amount": "amount", "province": "province", "city": "city", "imei": "imei",
                        "customer_id": "member", "channel": {"const": "POS"}, "channel_type": {"const": "offline"}}}
            """;

    /** A realistic POS export: 300 stores over 34 provinces, 40 SKUs, two years, some multi-line receipts. */
    static Path writeCsv(Path file, int lines) throws IOException {
        Random rnd = new Random(7);
        List<String> provinces = Provinces.get().all().stream().map(p -> p.nameZh()).toList();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("receipt,line,time,store,sku,qty,amount,province,city,imei,member\n");
            int receipt = 0;
            int line = 1;
            for (int i = 0; i < lines; i++) {
                if (line == 1 || rnd.nextInt(4) != 0) {
                    receipt++;
                    line = 1;
                } else {
                    line++;
                }
                int store = receipt % 300;
                int day = (receipt / 1370) % 730;
                int sku = rnd.nextInt(40);
                int qty = 1 + (rnd.nextInt(10) == 0 ? 1 : 0);
                long price = 999 + sku * 150L;
                w.write(String.format(Locale.ROOT, "R%08d,%d,%s %02d:%02d:%02d,S%03d,SKU%02d,%d,%d.00,%s,C%02d,%015d,M%06d%n",
                        receipt, line, java.time.LocalDate.of(2024, 1, 1).plusDays(day), 9 + rnd.nextInt(12), rnd.nextInt(60),
                        rnd.nextInt(60), store, sku, qty, price * qty, provinces.get(store % 34), store % 17,
                        860000000000000L + i, rnd.nextInt(200_000)));
            }
        }
        return file;
    }
}
