package org.salestrack.bench;

import org.salestrack.ui.RequestScheduler;
import org.salestrack.analytics.explore.DashboardData;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.salestrack.model.watch.WatchEvent;
import org.salestrack.model.watch.WatchMode;
import org.salestrack.model.watch.WatchOutcome;
import org.salestrack.pipeline.watch.FolderWatcher;
import org.salestrack.store.watch.WatchFolders;
import org.salestrack.analytics.alert.AlertService;
import org.salestrack.analytics.explore.ExploreService;
import org.salestrack.forecast.ForecastTrackingService;
import org.salestrack.forecast.tracking.AlertPolicy;
import org.salestrack.ingest.ImportPolicy;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.model.Province;
import org.salestrack.model.Provinces;
import org.salestrack.model.cube.Grain;
import org.salestrack.model.cube.Slice;
import org.salestrack.pipeline.ImportPipeline;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;

/**
 * bench/freshness (issue 18 item 3): on a copy of the 10,000,000-line benchmark workspace, a day's POS
 * export of N lines (the shipped pos-sales shape, the workspace's own stores and SKUs) goes through the one
 * import pipeline (store, rules on the batch, rollups, forecast tracking), then the dashboard's load for the
 * month runs; the time from the file being complete to the dashboard returning the new figures is taken,
 * drop after drop, and then each batch's undo likewise. Every figure is checked: the month's counted
 * lines must have moved by exactly the batch's counted lines.
 * Usage: FreshnessBench WORKSPACE_COPY WORKDIR [LINES] [DROPS] [rules|no-rules] [UNDOS]
 * With {@code no-rules} a drop takes the pipeline's steps but its data-quality and alert rules (the store step, the
 * rollups, forecast tracking, as ImportPipeline runs them); with {@code rules} (the default) the pipeline's own
 * follow-up runs whole: the check of the new batch (ValidationService.checkNew) and the alert rules included.
 * With {@code watch} the rules run as with {@code rules}, but each export is written beside a watched folder of the
 * workspace (scanned every second, file-system events on) and moved into it whole: the time runs from that move, the
 * moment the file is complete, through the watcher's settle check, the import and its follow-up, to the dashboard's
 * figures, as issue 18 item 3 states the target.
 * An undo is always the pipeline's own.
 */
public final class FreshnessBench {
    private static final RequestScheduler REQUESTS = new RequestScheduler();
    private static final PrintStream OUT = System.out;
    /** the first drop's day (-Dfreshness.firstDay, within January 2026: the dashboard's month) */
    private static final LocalDate FIRST_DROP = LocalDate.parse(System.getProperty("freshness.firstDay", "2026-01-01"));
    /**
     * drops run first and shown but left out of the figures (-Dfreshness.warmup, default 0): the first drop after the JVM
     * starts also pays the JIT's compiling of the import and the rules, which a workbench that has been open has done
     */
    private static final int WARMUP = Integer.getInteger("freshness.warmup", 0);
    private static final String[] HEADER = {"门店编码", "门店类型", "省份", "单据号", "行号", "销售时间", "商品编码", "数量", "单价",
        "实收金额", "串号", "会员姓名", "会员手机"};

    private record Shop(String code, String channel, String abbr) {}

    private FreshnessBench() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int lines = args.length > 2 ? Integer.parseInt(args[2]) : 50_000;
        int drops = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        boolean rules = args.length <= 4 || !args[4].equals("no-rules");
        boolean watched = args.length > 4 && args[4].equals("watch");
        int undos = args.length > 5 ? Integer.parseInt(args[5]) : drops;
        Files.createDirectories(work);
        long o0 = System.nanoTime();
        Workspace ws = Workspace.open(file);
        ExploreService explore = new ExploreService(ws);
        explore.refresh(Cancellation.none());
        OUT.printf(Locale.ROOT, "workspace %s opened and its rollups current in %.1f s (setup, not timed)%n", file, secondsSince(o0));
        if (rules) {
            // a workspace in use had its last complete month judged by the alert rules when that month came in
            long a0 = System.nanoTime();
            AlertService alerting = new AlertService(ws);
            alerting.afterImport(List.of(), java.util.Set.of(), alerting.latestId());
            OUT.printf(Locale.ROOT, "alert rules judged the last complete month once in %.1f s (setup, not timed)%n", secondsSince(a0));
        }
        ImportService imports = new ImportService(ws, ProfileLibrary.load(null), ImportPolicy.DEFAULT);
        ImportPipeline pipeline = ImportPipeline.of(ws, imports);
        ForecastTrackingService tracking = new ForecastTrackingService(ws, AlertPolicy.DEFAULT);
        // a run stopped halfway leaves its drops behind: take them out first (untimed)
        // (-Dfreshness.keepLeftovers=true keeps them: an undo on the code before V65 scanned every line)
        if (!Boolean.getBoolean("freshness.keepLeftovers")) {
            for (long leftover : leftovers(ws)) pipeline.undo(leftover, ProgressListener.NONE);
        }
        List<Shop> shops = shops(ws);
        List<String[]> skus = skus(ws);
        Slice month = Slice.of(FIRST_DROP.withDayOfMonth(1), FIRST_DROP.withDayOfMonth(FIRST_DROP.lengthOfMonth()));
        long monthRows = DashboardData.load(explore, month, Grain.DAY, month.from(), REQUESTS.queries()).kpis().current().rows();

        BlockingQueue<Long> landed = new ArrayBlockingQueue<>(drops + 1);
        BlockingQueue<WatchEvent> events = new ArrayBlockingQueue<>(drops + 1);
        FolderWatcher watcher = null;
        Path folder = work.resolve("drop");
        if (watched) {
            Files.createDirectories(folder);
            new WatchFolders(ws).save(folder.toString(), null, 1, WatchMode.AUTO, true);
            watcher = new FolderWatcher(pipeline, e -> {
                landed.add(System.nanoTime());
                events.add(e);
            });
            watcher.start();
        }
        List<Double> dropTimes = new ArrayList<>();
        List<Long> batches = new ArrayList<>();
        List<Long> rowsBefore = new ArrayList<>();
        OUT.println();
        if (watched) {
            OUT.println("| drop | lines counted | file complete -> figures s | complete -> stored and followed up s | dashboard s |");
            OUT.println("| ---: | ---: | ---: | ---: | ---: |");
        } else OUT.println(rules ? "| drop | lines counted | file complete -> figures s | import s | rules s | rollups s | tracking s | alerts s | dashboard s |"
                : "| drop | lines counted | file complete -> figures s | import s | rollups s | tracking s | dashboard s | (rules not run) |");
        if (!watched) OUT.println(rules ? "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |" : "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (int d = 0; d < WARMUP + drops; d++) {
            LocalDate day = FIRST_DROP.plusDays(d);
            Path csv = work.resolve("pos-" + day + ".csv");
            write(csv, day, lines, shops, skus, new SplittableRandom(1800 + day.getDayOfYear()));
            Stages stages = new Stages();
            long t0 = System.nanoTime();
            long batch;
            long landedAt = 0;
            if (watched) {
                t0 = System.nanoTime();
                Files.move(csv, folder.resolve(csv.getFileName()), StandardCopyOption.ATOMIC_MOVE);
                Long at = landed.poll(10, TimeUnit.MINUTES);
                WatchEvent e = events.take();
                if (at == null || e.outcome() != WatchOutcome.STORED) throw new IllegalStateException("drop " + (d + 1) + ": " + e);
                batch = e.batch();
                landedAt = at;
            } else if (rules) {
                ImportPipeline.Imported imported = pipeline.importFiles(List.of(csv), null, stages, Cancellation.none());
                batch = imported.files().get(0).result().batchId();
                var v = imported.followUp().validation();
                OUT.printf(Locale.ROOT, "(rules: %,d lines read in %.2f s, rules %.2f s, %,d findings saved in %.2f s; ms by rule %s)%n", v.lines(),
                        v.loadSeconds(), v.ruleSeconds(), v.opened(), v.saveSeconds(), v.report().millisByRule());
            } else {
                batch = imports.importFile(csv, null, ProgressListener.NONE, Cancellation.none()).batchId();
                stages.progress(1, 4, "rollups");
                explore.refresh(Cancellation.none());
                stages.progress(2, 4, "forecast tracking");
                tracking.afterImport(true, Runtime.getRuntime().availableProcessors());
                stages.progress(4, 4, "done");
            }
            long t1 = System.nanoTime();
            DashboardData dash = DashboardData.load(explore, month, Grain.DAY, month.from(), REQUESTS.queries());
            double total = secondsSince(t0);
            long counted = counted(ws, batch);
            long now = dash.kpis().current().rows();
            if (now != monthRows + counted) {
                throw new IllegalStateException("drop " + (d + 1) + ": the dashboard shows " + now + " lines, expected " + monthRows + " + " + counted);
            }
            batches.add(batch);
            rowsBefore.add(monthRows);
            monthRows = now;
            if (d >= WARMUP) dropTimes.add(total);
            if (watched) {
                OUT.printf(Locale.ROOT, "| %s | %,d | %.2f | %.2f | %.2f |%n", d < WARMUP ? (d + 1) + " (warm-up)" : String.valueOf(d + 1), counted, total,
                        (landedAt - t0) / 1e9, (System.nanoTime() - t1) / 1e9);
            } else {
                OUT.printf(Locale.ROOT, "| %s | %,d | %.2f | %s | %.2f |%n", d < WARMUP ? (d + 1) + " (warm-up)" : String.valueOf(d + 1), counted, total,
                        stages.row(t0, t1), (System.nanoTime() - t1) / 1e9);
                Files.delete(csv);
            }
        }
        List<Double> undoTimes = new ArrayList<>();
        OUT.println();
        OUT.println("| undo | undo -> figures s | undo s | rollups s | tracking s | alerts s | dashboard s |");
        OUT.println("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (int d = batches.size() - 1; d >= batches.size() - undos; d--) {
            Stages stages = new Stages();
            long t0 = System.nanoTime();
            pipeline.undo(batches.get(d), stages);
            long t1 = System.nanoTime();
            DashboardData dash = DashboardData.load(explore, month, Grain.DAY, month.from(), REQUESTS.queries());
            double total = secondsSince(t0);
            if (dash.kpis().current().rows() != rowsBefore.get(d)) {
                throw new IllegalStateException("undo of drop " + (d + 1) + ": the dashboard shows " + dash.kpis().current().rows() + " lines, expected "
                        + rowsBefore.get(d));
            }
            undoTimes.add(total);
            OUT.printf(Locale.ROOT, "| %d | %.2f | %s | %.2f |%n", d + 1, total, stages.row(t0, t1), (System.nanoTime() - t1) / 1e9);
        }
        if (watcher != null) watcher.stop(java.time.Duration.ofSeconds(30));
        OUT.println();
        report(watched ? "drop in the watched folder -> dashboard" : "drop -> dashboard", dropTimes);
        report("undo -> dashboard", undoTimes);
    }

    private static void report(String what, List<Double> times) {
        if (times.isEmpty()) return;
        double[] v = times.stream().mapToDouble(Double::doubleValue).toArray();
        OUT.printf(Locale.ROOT, "%s: median %.2f s, p95 %.2f s, max %.2f s over %d (target p95 < 5 s)%n", what, BenchSupport.median(v),
                BenchSupport.percentile(v, 0.95), java.util.Arrays.stream(v).max().orElse(0), v.length);
    }

    private static double secondsSince(long t0) { return (System.nanoTime() - t0) / 1e9; }

    /** When the pipeline reported each of its steps: the import itself ends when the follow-up starts. */
    private static final class Stages implements ProgressListener {
        final Map<String, Long> started = new LinkedHashMap<>();

        @Override
        public void progress(long done, long total, String message) {
            if (message != null && (total == 3 || total == 4)) started.putIfAbsent(message, System.nanoTime());
        }

        String row(long t0, long t1) {
            List<Long> marks = new ArrayList<>(List.of(t0));
            marks.addAll(started.values());
            List<String> cells = new ArrayList<>();
            for (int i = 1; i < marks.size(); i++) cells.add(String.format(Locale.ROOT, "%.2f", (marks.get(i) - marks.get(i - 1)) / 1e9));
            return String.join(" | ", cells);
        }
    }

    private static List<Long> leftovers(Workspace ws) throws Exception {
        List<Long> out = new ArrayList<>();
        try (Connection c = ws.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM import_batch WHERE status = 'stored' AND file_name LIKE 'pos-2026-%' ORDER BY id DESC")) {
            while (rs.next()) out.add(rs.getLong(1));
        }
        return out;
    }

    private static long counted(Workspace ws, long batch) throws Exception {
        try (Connection c = ws.connect(); PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM sale WHERE batch_id = ? AND hold = 0 AND status = 'paid'")) {
            ps.setLong(1, batch);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static List<Shop> shops(Workspace ws) throws Exception {
        List<Shop> out = new ArrayList<>();
        try (Connection c = ws.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT st.code, ch.name, r.province FROM store st JOIN channel ch ON ch.id = st.channel_id "
                     + "JOIN region r ON r.id = st.region_id ORDER BY st.id")) {
            while (rs.next()) {
                String abbr = Provinces.get().byCode(rs.getString(3)).map(Province::abbr).orElse(rs.getString(3));
                out.add(new Shop(rs.getString(1), rs.getString(2), abbr));
            }
        }
        return out;
    }

    private static List<String[]> skus(Workspace ws) throws Exception {
        List<String[]> out = new ArrayList<>();
        try (Connection c = ws.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT sku, list_price_e4 FROM product WHERE list_price_e4 > 0 ORDER BY id")) {
            while (rs.next()) out.add(new String[] {rs.getString(1), String.valueOf(rs.getLong(2))});
        }
        return out;
    }

    /** A day's POS export from the workspace's own stores and SKUs, complete before the clock starts. */
    private static void write(Path csv, LocalDate day, int lines, List<Shop> shops, List<String[]> skus, SplittableRandom rnd) throws Exception {
        try (OutputStream raw = Files.newOutputStream(csv);
             BufferedWriter out = new BufferedWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_8), 1 << 20)) {
            raw.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            out.write(String.join(",", HEADER));
            out.write("\r\n");
            String date = day.getYear() + "/" + day.getMonthValue() + "/" + day.getDayOfMonth() + " ";
            for (int i = 0; i < lines; i++) {
                Shop s = shops.get(rnd.nextInt(shops.size()));
                String[] sku = skus.get(rnd.nextInt(skus.size()));
                long unit = Long.parseLong(sku[1]);
                int qty = rnd.nextDouble() < 0.9 ? 1 : 2;
                out.write(s.code() + "," + s.channel() + "," + s.abbr() + ",FR" + day.toString().replace("-", "") + "-" + i + ",1," + date
                        + (10 + rnd.nextInt(10)) + ":" + String.format(Locale.ROOT, "%02d", rnd.nextInt(60)) + "," + sku[0] + "," + qty + ","
                        + org.salestrack.model.Money.ofE4(unit).toPlainString() + "," + org.salestrack.model.Money.ofE4(unit * qty).toPlainString() + ",,,\r\n");
            }
        }
    }
}
