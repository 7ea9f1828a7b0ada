package org.salestrack.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.salestrack.ingest.ImportPolicy;
import org.salestrack.ingest.ImportResult;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.ProfileCodec;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.model.Provinces;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import org.salestrack.validate.ValidationRun;
import org.salestrack.validate.ValidationService;

/**
 * bench/validate: imports an N-line POS sales CSV (300 stores, 40 SKUs, two years, multi-line receipts,
 * Luhn-valid IMEIs with a few hundred planted problems), then times {@code validate} over the whole
 * workspace, each run on a fresh copy of the imported workspace: read, rules, save (issues, holds, rollup).
 * Target (issue 4): under 10 s for 1,000,000 lines. Usage: ValidateBench [LINES] [RUNS] [WORKSPACE]
 * (an existing workspace is validated as it is, without importing).
 */
public final class ValidateBench {
    private static final String PROFILE = """
            {"name": "bench-pos", "kind": "sales",
             "format": {"type": "csv", "encoding": "UTF-8", "delimiter": ",", "decimal": ".", "headerRow": 1, "sheet": null},
             "fields": {"order_id": "receipt", "line_no": "line", "sold_at": "time", "store_code": "store", "sku": "sku",
                        "qty": "qty", "amount": "amount", "province": "province", "city": "city", "imei": "imei",
                        "customer_id": "member", "channel": {"const": "POS"}, "channel_type": {"const": "offline"}}}
            """;

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
            System.gc();
            resetPeakHeap();
            long cpu0 = processCpuNanos();
            ValidationRun run = ValidationService.of(ws).run(null, Map.of(), ProgressListener.NONE, Cancellation.none());
            double cpu = (processCpuNanos() - cpu0) / 1e9;
            seconds[r] = run.seconds();
            System.out.printf(Locale.ROOT, "run %d: %,d lines in %.2f s (read %.2f, rules %.2f, save %.2f; CPU %.2f s), "
                            + "%,d findings, peak heap %.0f MB%n", r + 1, run.lines(), run.seconds(), run.loadSeconds(),
                    run.ruleSeconds(), run.saveSeconds(), cpu, run.report().hits().size(), peakHeapMb());
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
        Path csv = writeCsv(dir.resolve("sales.csv"), lines);
        Path profile = dir.resolve("pos.json");
        Files.writeString(profile, PROFILE);
        Path ws = dir.resolve("imported.db");
        long t0 = System.nanoTime();
        ImportService service = new ImportService(Workspace.open(ws), ProfileLibrary.load(null), ImportPolicy.DEFAULT);
        ImportResult res = service.importFile(csv, ProfileCodec.read(profile), ProgressListener.NONE, Cancellation.none());
        System.out.printf(Locale.ROOT, "imported %,d lines in %.1f s (not part of the figure)%n", res.stored(),
                (System.nanoTime() - t0) / 1e9);
        return ws;
    }

    /**
     * Receipts of one to a few lines, 300 stores in 34 provinces, 40 SKUs, 2024-2025; every IMEI valid
     * except 1 in 10,000 (a Luhn typo), 1 in 10,000 sold again, and store S007 tripling its units on one day.
     */
    static Path writeCsv(Path file, int lines) throws IOException {
        SplittableRandom rnd = new SplittableRandom(7);
        List<String> provinces = Provinces.get().all().stream().map(p -> p.nameZh()).toList();
        LocalDate first = LocalDate.of(2024, 1, 1);
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
                int day = (int) ((long) receipt * 730 / (lines * 4L / 5 + 1)) % 730;
                int sku = rnd.nextInt(40);
                int qty = 1 + (rnd.nextInt(10) == 0 ? 1 : 0);
                if (store == 7 && day == 400) qty *= 10;
                long price = 999 + sku * 150L;
                String imei = imei(860_000_000_000_00L + i);
                if (i % 10_000 == 5_000) imei = imei.substring(0, 14) + (char) ('0' + (imei.charAt(14) - '0' + 1) % 10);
                if (i % 10_000 == 7_000) imei = imei(860_000_000_000_00L + i - 3_000);
                w.write(String.format(Locale.ROOT, "R%08d,%d,%s %02d:%02d:%02d,S%03d,SKU%02d,%d,%d.00,%s,C%02d,%s,M%06d%n",
                        receipt, line, first.plusDays(day), 9 + rnd.nextInt(12), rnd.nextInt(60), rnd.nextInt(60), store, sku,
                        qty, price * qty, provinces.get(store % 34), store % 17, imei, rnd.nextInt(200_000)));
            }
        }
        return file;
    }

    /** 14 digits and their Luhn check digit. */
    static String imei(long body) {
        String b = String.format(Locale.ROOT, "%014d", body);
        int sum = 0;
        for (int i = 0; i < 14; i++) {
            int d = b.charAt(i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) d -= 9;
            }
            sum += d;
        }
        return b + (10 - sum % 10) % 10;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void resetPeakHeap() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
        }
    }

    private static double peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum / 1024.0 / 1024.0;
    }
}
