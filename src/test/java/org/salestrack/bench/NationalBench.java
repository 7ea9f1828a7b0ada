package org.salestrack.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Cell;
import org.salestrack.model.cube.Grain;
import org.salestrack.model.cube.Slice;
import org.salestrack.model.national.ExtractReport;
import org.salestrack.model.national.PublishReport;
import org.salestrack.store.Workspace;
import org.salestrack.store.cube.CubeQuery;
import org.salestrack.store.postgres.Extractor;
import org.salestrack.store.postgres.NationalStore;
import org.salestrack.store.postgres.Publisher;
import org.salestrack.store.postgres.ServerAddress;

/**
 * The national store's figures (issue 21): publish a workspace of LINES lines, the HQ dashboard's queries
 * over the rollups after growing the store to GROW lines (server-side copies of the published lines, each
 * copy shifted a year back so months keep their size), and a regional extract of the published lines into a
 * fresh workspace. Runs on an embedded PostgreSQL 14 unless NATIONAL_URL names a server (password in PGPASSWORD).
 * Usage: NationalBench DIR LINES GROW
 */
public final class NationalBench {
    /** NATIONAL_DASHBOARD_ONLY=1: time the dashboard on the store as it is (published and grown by an earlier run; the embedded server's folder is kept). */
    private static final boolean DASHBOARD_ONLY = "1".equals(System.getenv("NATIONAL_DASHBOARD_ONLY"));
    /** NATIONAL_PUBLISH_ONLY=1: publish (and publish again), then stop: no extract, no dashboard. */
    private static final boolean PUBLISH_ONLY = "1".equals(System.getenv("NATIONAL_PUBLISH_ONLY"));

    private NationalBench() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long lines = Long.parseLong(args[1]);
        long grow = Long.parseLong(args[2]);
        Workspace ws = workspace(dir, lines);
        EmbeddedPostgres embedded = null;
        ServerAddress owner;
        String url = System.getenv("NATIONAL_URL");
        if (url == null) {
            embedded = server(dir.resolve("pg")).setCleanDataDirectory(!DASHBOARD_ONLY).start();
            owner = new ServerAddress("localhost", embedded.getPort(), "postgres", "postgres", null);
            System.out.println("server: embedded PostgreSQL 14 on port " + embedded.getPort());
        } else {
            owner = ServerAddress.parse(url, null);
            System.out.println("server: " + owner.display());
        }
        try {
            run(ws, owner, lines, grow, dir);
        } finally {
            if (embedded != null) embedded.close();
        }
    }

    /** The bench's workspace of LINES lines under DIR, built once (every line keyed) and reused by later runs. */
    static Workspace workspace(Path dir, long lines) throws Exception {
        Files.createDirectories(dir);
        Path wsFile = dir.resolve("workspace-" + lines + ".db");
        boolean fresh = !Files.exists(wsFile);
        Workspace ws = Workspace.open(wsFile);
        if (fresh && !DASHBOARD_ONLY) {
            System.out.printf("building a %,d-line workspace (once)%n", lines);
            QueryBenchData.build(ws, lines, 42, System.out);
            try (Connection c = ws.connect(); Statement s = c.createStatement()) {
                // distinct non-null keys, so publishing runs the duplicate check as real exports make it
                s.executeUpdate("UPDATE sale SET line_key = id * 2654435761");
            }
        }
        return ws;
    }

    /** An embedded PostgreSQL 14 in {@code data} (emptied first), tuned as the bench runs it; NATIONAL_EXPLAIN as in run.sh. */
    static EmbeddedPostgres.Builder server(Path data) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true)
                .setServerConfig("shared_buffers", "512MB").setServerConfig("max_wal_size", "4GB");
        String explain = System.getenv("NATIONAL_EXPLAIN");
        if (explain != null) {
            // the plans (EXPLAIN ANALYZE, BUFFERS) of every statement over 200 ms, nested ones in functions too, and the
            // durations of COPY and the other statements over 200 ms, in that folder (NATIONAL_EXPLAIN_ANALYZE=off: plans untimed)
            builder.setServerConfig("shared_preload_libraries", "auto_explain").setServerConfig("auto_explain.log_min_duration", "200")
                    .setServerConfig("auto_explain.log_analyze", System.getenv().getOrDefault("NATIONAL_EXPLAIN_ANALYZE", "on")).setServerConfig("auto_explain.log_buffers", "on")
                    .setServerConfig("auto_explain.log_nested_statements", "on").setServerConfig("log_min_duration_statement", "200")
                    .setServerConfig("logging_collector", "on")
                    .setServerConfig("log_directory", Path.of(explain).toAbsolutePath().toString())
                    .setServerConfig("log_filename", data.getFileName() + "-postgresql-%Y-%m-%d_%H%M%S.log");
        }
        return builder;
    }

    private static void run(Workspace ws, ServerAddress owner, long lines, long grow, Path dir) throws Exception {
        NationalStore store = NationalStore.open(owner);
        if (DASHBOARD_ONLY) {
            dashboard(store);
            return;
        }
        publishTwice(ws, store);
        if (PUBLISH_ONLY) return;
        extract(store, dir, List.of());

        long held = lines;
        int copy = 1;
        if (grow > lines) {
            long t0 = System.nanoTime();
            try (Connection c = store.connect(); Statement s = c.createStatement()) {
                String firstDay;
                try (java.sql.ResultSet rs = s.executeQuery("SELECT MIN(sale_date) FROM sale")) {
                    rs.next();
                    firstDay = rs.getString(1);
                }
                while (held < grow) {
                    long n = Math.min(lines, grow - held);
                    String shift = "to_char(CAST(sale_date AS date) - interval '" + copy + " year', 'YYYY-MM-DD')";
                    s.execute("SELECT national_ensure_months(ARRAY(SELECT DISTINCT to_char(CAST(sale_date AS date) - interval '" + copy
                            + " year', 'YYYY-MM') FROM sale_day))");
                    // the published lines only (their own months, so partition pruning keeps each copy's read to them), one
                    // transaction per copy: a grow to 100M lines is a hundred of these
                    s.executeUpdate("INSERT INTO sale (batch_id, src_row, line_key, order_id, line_no, sold_at, sale_date, month, sales_region, "
                            + "channel_id, store_id, dealer_id, region_id, product_id, qty, unit_price_e4, amount_e4, margin_e4, status, hold) "
                            + "SELECT batch_id, src_row, NULL, order_id || '-" + copy + "', line_no, sold_at, " + shift + ", substr(" + shift
                            + ", 1, 7), sales_region, channel_id, store_id, dealer_id, region_id, product_id, qty, unit_price_e4, amount_e4, "
                            + "margin_e4, status, hold FROM sale WHERE sale_date >= '" + firstDay + "' AND order_id NOT LIKE '%-%' LIMIT " + n);
                    held += n;
                    copy++;
                    if (copy % 10 == 0) System.out.printf("  %,d lines after %.0f s%n", held, (System.nanoTime() - t0) / 1e9);
                }
                // the rollups rebuilt two years at a time: one refresh of a hundred years would be one transaction of 100M lines
                List<String> months = new ArrayList<>();
                try (java.sql.ResultSet rs = s.executeQuery("SELECT DISTINCT to_char(CAST(d AS date) - make_interval(years => k), 'YYYY-MM') FROM (SELECT DISTINCT sale_date d "
                        + "FROM sale_day WHERE sale_date >= '" + firstDay + "') x, generate_series(0, " + (copy - 1) + ") k ORDER BY 1")) {
                    while (rs.next()) months.add(rs.getString(1));
                }
                for (int i = 0; i < months.size(); i += 24) {
                    List<String> part = months.subList(i, Math.min(months.size(), i + 24));
                    s.execute("SELECT national_refresh(ARRAY['" + String.join("','", part) + "'])");
                }
            }
            System.out.printf("grown to %,d lines and rollups rebuilt in %.1f s%n", held, (System.nanoTime() - t0) / 1e9);
        }
        dashboard(store);
    }

    /** Publishes the workspace, then again (nothing new), each time printed with the load average. */
    static void publishTwice(Workspace ws, NationalStore store) {
        long t0 = System.nanoTime();
        PublishReport r = new Publisher(ws, store).publish();
        double publish = (System.nanoTime() - t0) / 1e9;
        System.out.printf("publish: %,d lines in %.2f s (target < 10 s)%s%n", r.linesStored(), publish, load());
        t0 = System.nanoTime();
        PublishReport again = new Publisher(ws, store).publish();
        System.out.printf("publish again (nothing new, %d batches checked): %.2f s%s%n", again.batchesKnown(), (System.nanoTime() - t0) / 1e9, load());
    }

    /** An extract of {@code regions} (empty: every region) into a fresh workspace under DIR, timed and printed, the workspace deleted after. */
    static ExtractReport extract(NationalStore store, Path dir, List<String> regions) throws Exception {
        Path target = dir.resolve("extract-" + System.nanoTime() + ".db");
        long t0 = System.nanoTime();
        ExtractReport e = new Extractor(store, Workspace.open(target)).extract(regions, null, null);
        System.out.printf("extract%s: %,d lines into a fresh workspace in %.2f s (target < 30 s)%s%n", regions.isEmpty() ? "" : " of " + regions,
                e.lines(), (System.nanoTime() - t0) / 1e9, load());
        Files.deleteIfExists(target);
        return e;
    }

    /** The load average as uptime prints it, for each figure: the machine is shared. */
    static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return "  [load " + f[0] + " " + f[1] + " " + f[2] + "]";
        } catch (java.io.IOException e) {
            return "";
        }
    }

    /**
     * Times the HQ dashboard's queries (15 runs after a warm-up) and prints median and p95; answers the warm-up's
     * results, for comparing one store with another.
     */
    static List<List<Cell>> dashboard(NationalStore store) throws Exception {
        long held;
        try (Connection c = store.connect(); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT SUM(rows) FROM sale_pc_month")) {
            rs.next();
            held = rs.getLong(1);
        }
        List<Supplier<List<Cell>>> dashboard = dashboardQueries(store);
        List<List<Cell>> results = new ArrayList<>();
        for (Supplier<List<Cell>> q : dashboard) results.add(q.get());
        double[] times = new double[15];
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            for (Supplier<List<Cell>> q : dashboard) q.get();
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        System.out.printf("HQ dashboard recompute over %,d lines (5 queries on the rollups): median %.0f ms, p95 %.0f ms (target < 1000 ms)%s%n",
                held, BenchSupport.median(times), BenchSupport.percentile(times, 0.95), load());
        CubeQuery cube = new CubeQuery(store.workspace());
        List<Double> daily = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            cube.query(Slice.of(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 5, 17)), List.of(Dimension.CATEGORY, Dimension.PROVINCE), Grain.WEEK);
            daily.add((System.nanoTime() - t) / 1e6);
        }
        daily.sort(null);
        System.out.printf("a loose-day query (category x province by week over 11 weeks, from sale_day): median %.0f ms%n", daily.get(2));
        return results;
    }

    /** The HQ dashboard's 5 cube queries: the trend by month, region tiles, the province map, channel mix by quarter, South China provinces x channels by month. */
    static List<Supplier<List<Cell>>> dashboardQueries(NationalStore store) throws Exception {
        LocalDate first;
        try (Connection c = store.connect(); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT MIN(month) FROM sale_pc_month")) {
            rs.next();
            first = LocalDate.parse(rs.getString(1) + "-01");
        }
        CubeQuery cube = new CubeQuery(store.workspace());
        LocalDate last = LocalDate.of(2025, 12, 31);
        Slice year = Slice.of(LocalDate.of(2025, 1, 1), last);
        Slice all = Slice.of(first, last);
        return List.of(
                () -> cube.query(all, List.of(), Grain.MONTH),                                   // the trend
                () -> cube.query(year, List.of(Dimension.REGION), null),                         // region tiles
                () -> cube.query(year, List.of(Dimension.PROVINCE), null),                       // the map
                () -> cube.query(year, List.of(Dimension.CHANNEL_TYPE, Dimension.CHANNEL), Grain.QUARTER), // channel mix
                () -> cube.query(year.with(Dimension.REGION, Set.of("华南")), List.of(Dimension.PROVINCE, Dimension.CHANNEL), Grain.MONTH));
    }
}
