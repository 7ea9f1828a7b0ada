package org.salestrack.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.salestrack.model.cube.Cell;
import org.salestrack.model.national.ExtractReport;
import org.salestrack.store.Workspace;
import org.salestrack.store.postgres.NationalShards;
import org.salestrack.store.postgres.NationalStore;
import org.salestrack.store.postgres.Publisher;
import org.salestrack.store.postgres.ServerAddress;

/**
 * The national store's figures on the two-shard set-up (issue 21, docs/national-store.md "Beyond one server"):
 * three embedded PostgreSQL servers, a coordinator and two shards split by sales region as the doc's example.
 * Publishes the bench's workspace through the coordinator (twice), extracts every region and one region,
 * times the HQ dashboard, and checks that the dashboard's results equal those of a single server holding the
 * same workspace (a second database on the coordinator's server), before and after the coordinator's rollups
 * are rebuilt from the shards' lines. Exits non-zero when a result differs. Run by bench/national/run.sh with
 * NATIONAL_SHARDS=2. Usage: NationalShardsBench DIR LINES
 */
public final class NationalShardsBench {
    /** The one region extracted alone: North China, on the second shard. */
    private static final String ONE_REGION = "华北";

    private NationalShardsBench() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long lines = Long.parseLong(args[1]);
        Workspace ws = NationalBench.workspace(dir, lines);
        try (EmbeddedPostgres a = NationalBench.server(dir.resolve("pg-shard-a")).start();
             EmbeddedPostgres b = NationalBench.server(dir.resolve("pg-shard-b")).start();
             EmbeddedPostgres coord = NationalBench.server(dir.resolve("pg-coordinator")).start()) {
            ServerAddress shardA = owner(a, "postgres");
            ServerAddress shardB = owner(b, "postgres");
            System.out.printf("servers: embedded PostgreSQL 14, coordinator on port %d, shards on %d and %d%n", coord.getPort(), a.getPort(), b.getPort());
            NationalShards.prepareShard(shardA);
            NationalShards.prepareShard(shardB);
            NationalStore coordinator = NationalStore.open(owner(coord, "postgres"));
            NationalShards.coordinate(coordinator, List.of(
                    new NationalShards.Shard("shard_south_east", shardA, List.of("华南", "华东", "华中", "")),
                    new NationalShards.Shard("shard_north_west", shardB, List.of("华北", "东北", "西南", "西北"))));
            String batch = System.getenv("NATIONAL_FDW_BATCH");
            if (batch != null) {
                // an experiment: postgres_fdw's rows per remote INSERT (NationalShards sets 1000; at most 65535 parameters, 34 a line)
                try (Connection c = coordinator.connect(); Statement s = c.createStatement()) {
                    for (String shard : List.of("shard_south_east", "shard_north_west")) {
                        s.execute("ALTER SERVER " + shard + " OPTIONS (SET batch_size '" + Integer.parseInt(batch) + "')");
                    }
                }
                System.out.println("postgres_fdw batch_size " + batch);
            }
            if (!run(ws, coordinator, shardA, shardB, coord, dir)) System.exit(1);
        }
    }

    private static boolean run(Workspace ws, NationalStore coordinator, ServerAddress shardA, ServerAddress shardB, EmbeddedPostgres coord,
                               Path dir) throws Exception {
        System.out.println("-- through the coordinator");
        NationalBench.publishTwice(ws, coordinator);
        long onA = perRegion("shard_south_east", shardA);
        long onB = perRegion("shard_north_west", shardB);
        ExtractReport every = NationalBench.extract(coordinator, dir, List.of());
        boolean same = check("extract of every region = lines on the two shards", every.lines(), onA + onB);
        ExtractReport one = NationalBench.extract(coordinator, dir, List.of(ONE_REGION));
        same &= check("extract of " + ONE_REGION + " = its lines on shard_north_west", one.lines(),
                scalar(shardB, "SELECT COUNT(*) FROM sale WHERE sales_region = '" + ONE_REGION + "'"));
        plan(coordinator, "the single-region extract's lines (which shard answers)",
                "SELECT s.id, s.sale_date FROM sale s WHERE s.sales_region IN ('" + ONE_REGION + "')");
        List<List<Cell>> sharded = NationalBench.dashboard(coordinator);

        System.out.println("-- one server holding the same workspace (a database beside the coordinator's, same load)");
        try (Connection c = coordinator.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE single");
        }
        NationalStore single = NationalStore.open(owner(coord, "single"));
        long t0 = System.nanoTime();
        new Publisher(ws, single).publish();
        System.out.printf("publish on one server: %.2f s%s%n", (System.nanoTime() - t0) / 1e9, NationalBench.load());
        List<List<Cell>> one1 = results(single);
        same &= equal("the dashboard on the shards (rollups from the publish)", sharded, one1);

        // the coordinator's rollups rebuilt from the shards' lines: the grouping reads sale through postgres_fdw
        String months = "ARRAY(SELECT DISTINCT month FROM sale_pc_month)";
        plan(coordinator, "the rollup refresh's grouping of one month on the coordinator",
                "SELECT sale_date, month, sales_region, region_id, channel_id, COALESCE(store_id, 0), COALESCE(dealer_id, 0), product_id, count(*), "
                        + "sum(qty), sum(amount_e4), sum(COALESCE(margin_e4, 0)) FROM sale WHERE sale_date >= '2025-01-01' AND sale_date < '2025-02-01' "
                        + "AND hold = 0 AND status = 'paid' GROUP BY sale_date, month, sales_region, region_id, channel_id, COALESCE(store_id, 0), "
                        + "COALESCE(dealer_id, 0), product_id");
        t0 = System.nanoTime();
        try (Connection c = coordinator.connect(); Statement s = c.createStatement()) {
            s.execute("SELECT national_refresh(" + months + ")");
        }
        System.out.printf("rollups of every month rebuilt from the shards' lines: %.2f s%s%n", (System.nanoTime() - t0) / 1e9, NationalBench.load());
        same &= equal("the dashboard on the shards (rollups rebuilt from the shards)", results(coordinator), one1);
        t0 = System.nanoTime();
        try (Connection c = single.connect(); Statement s = c.createStatement()) {
            s.execute("SELECT national_refresh(" + months + ")");
        }
        System.out.printf("the same on one server: %.2f s%s%n", (System.nanoTime() - t0) / 1e9, NationalBench.load());
        System.out.println(same ? "the same numbers: yes" : "THE SAME NUMBERS: NO (see above)");
        return same;
    }

    private static ServerAddress owner(EmbeddedPostgres pg, String database) {
        return new ServerAddress("localhost", pg.getPort(), database, "postgres", null);
    }

    /** Prints the shard's lines by sales region, read on the shard itself; answers their total. */
    private static long perRegion(String name, ServerAddress shard) throws Exception {
        long total = 0;
        List<String> parts = new ArrayList<>();
        try (Connection c = NationalStore.open(shard).connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT sales_region, COUNT(*) FROM sale GROUP BY 1 ORDER BY 1")) {
            while (rs.next()) {
                parts.add(String.format("%s %,d", rs.getString(1).isEmpty() ? "(none)" : rs.getString(1), rs.getLong(2)));
                total += rs.getLong(2);
            }
        }
        // the coordinator makes month partitions for itself only (its sale is by region): a shard's lines go to its default partition
        long partitions = scalar(shard, "SELECT COUNT(*) FROM pg_inherits WHERE inhparent = 'sale'::regclass");
        long inDefault = scalar(shard, "SELECT COUNT(*) FROM sale_default");
        System.out.printf("%s holds %,d lines: %s (%d partitions of its sale; %,d lines in sale_default)%n", name, total,
                String.join(", ", parts), partitions, inDefault);
        return total;
    }

    private static long scalar(ServerAddress at, String sql) throws Exception {
        try (Connection c = NationalStore.open(at).connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void plan(NationalStore store, String what, String sql) throws Exception {
        System.out.println("EXPLAIN (VERBOSE) " + what + ":");
        try (Connection c = store.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN (VERBOSE, COSTS OFF) " + sql)) {
            while (rs.next()) {
                String line = rs.getString(1);
                if (!line.trim().startsWith("Output:")) System.out.println("    " + line);
            }
        }
    }

    private static List<List<Cell>> results(NationalStore store) throws Exception {
        List<List<Cell>> out = new ArrayList<>();
        for (var q : NationalBench.dashboardQueries(store)) out.add(q.get());
        return out;
    }

    private static boolean check(String what, long got, long expected) {
        boolean ok = got == expected;
        System.out.printf("%s: %,d and %,d, %s%n", what, got, expected, ok ? "equal" : "DIFFERENT");
        return ok;
    }

    /** Compares the dashboard's 5 results cell by cell (keys, labels, period, measures) and prints the first difference. */
    private static boolean equal(String what, List<List<Cell>> got, List<List<Cell>> expected) {
        long cells = 0;
        for (int q = 0; q < expected.size(); q++) {
            List<Cell> g = got.get(q);
            List<Cell> e = expected.get(q);
            if (e.isEmpty() || !g.equals(e)) {
                int i = 0;
                while (i < Math.min(g.size(), e.size()) && g.get(i).equals(e.get(i))) i++;
                System.out.printf("%s: query %d DIFFERS from one server's (%d and %d cells; first difference at %d: %s against %s)%n", what, q + 1,
                        g.size(), e.size(), i, i < g.size() ? g.get(i) : "none", i < e.size() ? e.get(i) : "none");
                return false;
            }
            cells += e.size();
        }
        System.out.printf("%s: the 5 queries' %,d cells equal one server's%n", what, cells);
        return true;
    }
}
