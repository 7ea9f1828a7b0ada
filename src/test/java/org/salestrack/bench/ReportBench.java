package org.salestrack.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.salestrack.analytics.report.SalesReportService;
import org.salestrack.ingest.ImportPolicy;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.ProfileCodec;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.model.Province;
import org.salestrack.model.Provinces;
import org.salestrack.model.report.ReportRequest;
import org.salestrack.model.report.ReportSection;
import org.salestrack.model.report.SalesReportData;
import org.salestrack.report.ReportLabels;
import org.salestrack.report.SalesWorkbookWriter;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;

/**
 * Times the monthly workbook on a workspace whose report month holds N sale lines (default 100,000)
 * plus a year of lighter history, so every sheet has content. Prints the median of the runs.
 * Usage: ReportBench DIR [LINES] [RUNS]
 */
public final class ReportBench {
    private static final String[] ONLINE = {"Tmall", "JD", "Douyin", "Pinduoduo"};
    private static final String[] SERIES = {"X", "Y", "Z", "Note", "Pad"};

    private ReportBench() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-report");
        int lines = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Files.createDirectories(dir);
        Path db = dir.resolve("bench.db");
        Files.deleteIfExists(db);
        Path csv = dir.resolve("sales.csv");
        YearMonth period = YearMonth.of(2025, 3);
        write(csv, lines, period, new Random(42));
        Path profile = dir.resolve("sales.profile.json");
        try (var in = ReportBench.class.getResourceAsStream("/report/sales.profile.json")) {
            Files.copy(in, profile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Workspace ws = Workspace.open(db);
        long t0 = System.nanoTime();
        new ImportService(ws, ProfileLibrary.load(null), ImportPolicy.DEFAULT)
                .importFile(csv, ProfileCodec.read(profile), ProgressListener.NONE, Cancellation.none());
        System.out.printf(Locale.ROOT, "workspace: %d lines in %s, %d in the 12 months before; imported in %.1f s%n", lines, period,
                history(lines), (System.nanoTime() - t0) / 1e9);
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] cpu = new double[runs];
        double[] load = new double[runs];
        double[] write = new double[runs];
        Path out = dir.resolve("report.xlsx");
        for (int i = 0; i < runs; i++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long a = System.nanoTime();
            SalesReportData d = new SalesReportService(ws, "bench").load(new ReportRequest(period, ReportSection.all()), Locale.ENGLISH,
                    ProgressListener.NONE, Cancellation.none());
            long b = System.nanoTime();
            new SalesWorkbookWriter(ReportLabels.of(Locale.ENGLISH)).write(d, out, ProgressListener.NONE, Cancellation.none());
            long c = System.nanoTime();
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            load[i] = (b - a) / 1e9;
            write[i] = (c - b) / 1e9;
            System.out.printf(Locale.ROOT, "run %d: load %.2f s, write %.2f s, total %.2f s (cpu of the thread %.2f s)%n", i + 1, load[i],
                    write[i], load[i] + write[i], cpu[i]);
        }
        Runtime rt = Runtime.getRuntime();
        double[] total = new double[runs];
        for (int i = 0; i < runs; i++) total[i] = load[i] + write[i];
        System.out.printf(Locale.ROOT, "median of %d: total %.2f s (load %.2f s, write %.2f s), cpu of the thread %.2f s; file %.1f MB; "
                + "-Xmx %d MB; load average %.1f on %d cores%n", runs, median(total), median(load), median(write), median(cpu),
                Files.size(out) / 1e6, rt.maxMemory() >> 20, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                rt.availableProcessors());
    }

    private static int history(int lines) { return 12 * Math.max(1, lines / 20); }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    /** Sales lines in the layout of src/test/resources/report/sales.csv, with e4 that do not add up in binary. */
    private static void write(Path csv, int lines, YearMonth period, Random rnd) throws Exception {
        List<Province> provinces = new ArrayList<>(Provinces.get().all());
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("order_id,line_no,sold_at,channel,channel_type,store_code,dealer_code,province,city,sku,product_name,series,qty,"
                    + "unit_price,amount,margin,status\n");
            int n = 0;
            for (int m = 12; m >= 0; m--) {
                YearMonth month = period.minusMonths(m);
                int count = m == 0 ? lines : history(lines) / 12;
                for (int i = 0; i < count; i++, n++) {
                    LocalDateTime at = month.atDay(1 + rnd.nextInt(month.lengthOfMonth())).atTime(rnd.nextInt(24), rnd.nextInt(60), rnd.nextInt(60));
                    Province p = provinces.get(rnd.nextInt(provinces.size()));
                    boolean online = rnd.nextInt(10) < 6;
                    String series = SERIES[rnd.nextInt(SERIES.length)];
                    int model = rnd.nextInt(4);
                    int qty = 1 + (rnd.nextInt(10) == 0 ? rnd.nextInt(4) : 0);
                    long unit = 99_900 + model * 100_000L + rnd.nextInt(100) * 101L;
                    long amount = unit * qty;
                    int dealer = rnd.nextInt(60);
                    w.write((online ? "O" : "S") + n + ",1," + at.toString().replace('T', ' ') + ","
                            + (online ? ONLINE[rnd.nextInt(ONLINE.length)] + ",online,,," : (rnd.nextBoolean() ? "Store" : "Mall")
                            + ",offline,ST-" + p.code() + "-" + (dealer % 5) + ",DL-" + dealer + ",")
                            + p.nameZh() + ",," + series + "-" + model + "," + series + " " + model + "," + series + "," + qty + ","
                            + yuanText(unit) + "," + yuanText(amount) + "," + yuanText(amount / 5) + ","
                            + (rnd.nextInt(50) == 0 ? "refunded" : "paid") + "\n");
                }
            }
        }
    }

    /** The yuan text of an amount in hundredths (the generator draws whole hundredths). */
    private static String yuanText(long c) { return c / 100 + "." + String.format(Locale.ROOT, "%02d", c % 100); }
}
