package org.salestrack.store.cube;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.salestrack.ingest.ImportResult;
import org.salestrack.model.IssueStatus;
import org.salestrack.store.Batches;
import org.salestrack.store.quality.IssueStore;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import org.salestrack.ui.TestWorkspace;
import org.salestrack.validate.ValidationService;

/** After imports, undos and reviews, the rollups kept by deltas must be what a whole rebuild makes of sale_day. */
public class CubeRollupsTest {
    @TempDir
    Path dir;

    @Test
    void aMigrationThatTouchesNoRollupLeavesThemCurrentAndOneThatChangesARollupRebuildsIt() throws Exception {
        TestWorkspace ws = TestWorkspace.create(dir, true);
        CubeRollups rollups = new CubeRollups(ws.workspace);
        rollups.refresh(Cancellation.none());
        assertThat(rollups.stale()).isFalse();
        try (Connection c = ws.workspace.connect(); Statement s = c.createStatement()) {
            // what an index-only migration does: a new rank in the history, a new index, no rollup touched
            s.executeUpdate("INSERT INTO flyway_schema_history(installed_rank, version, description, type, script, checksum, installed_by, "
                    + "installed_on, execution_time, success) SELECT MAX(installed_rank) + 1, '999', 'an index', 'SQL', 'V999__an_index.sql', 1, "
                    + "'x', '2026-12-05 00:00:00', 1, 1 FROM flyway_schema_history");
            s.executeUpdate("CREATE INDEX ix_test_sale_qty ON sale(qty)");
        }
        assertThat(rollups.stale()).isFalse();
        try (Connection c = ws.workspace.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("ALTER TABLE cube_ss_week ADD COLUMN extra INTEGER");
        }
        assertThat(rollups.stale()).isTrue();
        assertThat(rollups.refresh(Cancellation.none())).isTrue();
        assertThat(rollups.stale()).isFalse();
    }

    @Test
    void addingAnImportsDeltasAndTakingThemOffAtUndoEqualsAWholeRebuild() throws Exception {
        TestWorkspace ws = TestWorkspace.create(dir, true);
        CubeRollups rollups = new CubeRollups(ws.workspace);
        Map<String, List<String>> before = dump(ws);
        assertThat(before.get("cube_ss_week")).isNotEmpty();

        ImportResult extra = ws.imports.importFile(TestWorkspace.copy("sales-extra.csv", dir), null, ProgressListener.NONE, Cancellation.none());
        assertThat(rollups.stale()).isTrue();
        assertThat(rollups.refresh(Cancellation.none())).isTrue();
        Map<String, List<String>> incremental = dump(ws);
        assertThat(incremental).isNotEqualTo(before);
        rollups.rebuild(Cancellation.none());
        assertThat(dump(ws)).isEqualTo(incremental);
        assertThat(orders(ws)).isNotEmpty().isEqualTo(ordersCounted(ws));

        new Batches(ws.workspace).undo(extra.batchId());
        assertThat(rollups.refresh(Cancellation.none())).isTrue();
        assertThat(dump(ws)).isEqualTo(before);
        assertThat(orders(ws)).isEqualTo(ordersCounted(ws));
        assertThat(rollups.refresh(Cancellation.none())).isFalse();
    }

    /**
     * After a review that moved 5.3M lines on the 10M-line workspace the rollups took minutes to catch up under a bare
     * "Updating the analysis tables": the refresh tells each table it takes, in words, on a bar that only grows.
     */
    @Test
    void aRefreshTellsEachTableItTakesInWords() throws Exception {
        TestWorkspace ws = TestWorkspace.create(dir, true);
        CubeRollups rollups = new CubeRollups(ws.workspace);
        ws.imports.importFile(TestWorkspace.copy("sales-extra.csv", dir), null, ProgressListener.NONE, Cancellation.none());
        long cells = count(ws, "SELECT COUNT(*) FROM (SELECT DISTINCT sale_date, channel_id, store_id, dealer_id, region_id, product_id "
                + "FROM sale_day_change)");
        assertThat(cells).isPositive();
        List<String> said = new ArrayList<>();
        List<Long> done = new ArrayList<>();
        List<Long> totals = new ArrayList<>();
        assertThat(rollups.refresh(Cancellation.none(), heard(said, done, totals))).isTrue();
        assertThat(totals).containsOnly(19L);
        String grouped = String.format(java.util.Locale.ROOT, "%,d", cells);
        assertThat(said).first().isEqualTo("progress.rollups.changes[]");
        assertThat(said.subList(1, said.size())).hasSize(18).containsOnly("progress.rollups.cells[" + grouped + "]");
        assertThat(done).isSorted().startsWith(0L).endsWith(18L);
    }

    /**
     * After a review that moved 5.3M lines on the 10M-line workspace, adding the changes took four minutes where building
     * every rollup again takes one: a change of a third of sale_day or more builds them again, month by month in words,
     * and they come out as the deltas would have made them. A small change is still added as deltas.
     */
    @Test
    void aChangeOfAThirdOfSaleDayOrMoreBuildsEveryRollupAgainAsTheDeltasWould() throws Exception {
        TestWorkspace byDeltas = TestWorkspace.create(Files.createDirectories(dir.resolve("deltas")), true);
        TestWorkspace whole = TestWorkspace.create(Files.createDirectories(dir.resolve("whole")), true);
        long from = CubeDeltas.wholeFrom;
        CubeDeltas.wholeFrom = 1; // the sample's dozens of changes stand for millions
        try {
            // a small change against the sample's cells is added as deltas
            for (TestWorkspace ws : List.of(byDeltas, whole)) {
                ws.imports.importFile(TestWorkspace.copy("sales-extra.csv", dir), null, ProgressListener.NONE, Cancellation.none());
            }
            assertThat(count(whole, "SELECT COUNT(*) FROM sale_day_change") * 3).isLessThan(count(whole, "SELECT COUNT(*) FROM sale_day"));
            List<String> said = new ArrayList<>();
            assertThat(new CubeRollups(whole.workspace).refresh(Cancellation.none(), heard(said, new ArrayList<>(), new ArrayList<>()))).isTrue();
            assertThat(said).first().isEqualTo("progress.rollups.changes[]");

            // the undo of the first batch, most of sale_day, builds every rollup again
            for (TestWorkspace ws : List.of(byDeltas, whole)) new Batches(ws.workspace).undo(storedBatches(ws).get(0));
            assertThat(count(whole, "SELECT COUNT(*) FROM sale_day_change") * 3).isGreaterThanOrEqualTo(count(whole, "SELECT COUNT(*) FROM sale_day"));
            said.clear();
            List<Long> done = new ArrayList<>();
            assertThat(new CubeRollups(whole.workspace).refresh(Cancellation.none(), heard(said, done, new ArrayList<>()))).isTrue();
            List<String> months = rows(whole, "SELECT DISTINCT substr(sale_date, 1, 7) FROM sale_day ORDER BY 1").stream()
                    .map(r -> r.replace("|", "")).toList();
            List<String> expected = new ArrayList<>(List.of("progress.rollups.whole[]"));
            // every month from the first to the last, a month without sales too
            for (YearMonth m = YearMonth.parse(months.get(0)); !m.isAfter(YearMonth.parse(months.get(months.size() - 1))); m = m.plusMonths(1)) {
                expected.add("progress.rollups.month[" + m + "]");
            }
            assertThat(expected).hasSizeGreaterThan(2);
            assertThat(said).isEqualTo(expected);
            assertThat(done).isSorted().startsWith(0L).endsWith((long) expected.size() - 1);
            assertThat(count(whole, "SELECT COUNT(*) FROM sale_day_change")).as("the changes are forgotten once read").isZero();
            assertThat(new CubeRollups(whole.workspace).refresh(Cancellation.none())).isFalse();
        } finally {
            CubeDeltas.wholeFrom = from;
        }
        // the same two changes added as deltas, in one refresh
        new CubeRollups(byDeltas.workspace).refresh(Cancellation.none());
        assertThat(dump(byDeltas).get("cube_ss_week")).isNotEmpty();
        assertThat(dump(whole)).isEqualTo(dump(byDeltas));
    }

    /** A listener that keeps each step's words (key and arguments), count and total, and fails on plain text. */
    private static ProgressListener heard(List<String> said, List<Long> done, List<Long> totals) {
        return new ProgressListener() {
            @Override
            public void progress(long d, long total, String message) { throw new AssertionError("plain text: " + message); }

            @Override
            public void progress(long d, long total, org.salestrack.model.Message message) {
                done.add(d);
                totals.add(total);
                said.add(message.key() + message.args());
            }
        };
    }

    /**
     * Undoing a batch promotes the first duplicate of each of its lines in a later batch into the totals. A duplicate
     * a reviewer had accepted as no duplicate counts already; it was added a second time to sale_day and the orders.
     */
    @Test
    void undoingABatchDoesNotCountAgainADuplicateAReviewerAlreadyCounted() throws Exception {
        TestWorkspace ws = TestWorkspace.create(dir, true);
        long first = storedBatches(ws).get(0);
        List<String> lines = Files.readAllLines(TestWorkspace.copy("sales-small.csv", dir), StandardCharsets.UTF_8);
        Path again = dir.resolve("again.csv");
        Files.write(again, lines.subList(0, 6), StandardCharsets.UTF_8);
        ws.pipeline.importFiles(List.of(again), null, ProgressListener.NONE, Cancellation.none());
        List<Long> duplicates = issueIds(ws, "rule = 'duplicate-line' AND hold = 1 AND status = 'open'");
        assertThat(duplicates).hasSize(5);
        new IssueStore(ws.workspace).review(duplicates, IssueStatus.ACCEPTED, "not a duplicate", "2025-12-31T10:00:00");
        assertThat(count(ws, "SELECT COUNT(*) FROM sale WHERE hold = 0 AND dup_of IS NOT NULL")).isEqualTo(5);

        ws.pipeline.undo(first, ProgressListener.NONE);
        List<String> kept = rows(ws, "SELECT * FROM sale_day ORDER BY 1, 2, 3, 4, 5, 6");
        assertThat(orders(ws)).isEqualTo(ordersCounted(ws));
        try (Connection c = ws.workspace.connect()) {
            c.setAutoCommit(false);
            org.salestrack.store.Rollups.rebuild(c);
            c.commit();
        }
        assertThat(rows(ws, "SELECT * FROM sale_day ORDER BY 1, 2, 3, 4, 5, 6")).isEqualTo(kept);
        assertThat(count(ws, "SELECT SUM(rows) FROM sale_day")).isEqualTo(5);
    }

    /**
     * The rule of issue 18 (freshness): rollups kept by adding each change's own deltas must equal a whole
     * rebuild after any sequence of imports (with duplicates and lines the rules hold), undos, reviews that
     * hold or release lines, and whole re-validations. Seeded random sequences, checked after every step.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void afterAnySequenceOfImportsUndosAndReviewsTheRollupsEqualAWholeRebuild(long seed) throws Exception {
        TestWorkspace ws = TestWorkspace.create(dir, true);
        CubeRollups rollups = new CubeRollups(ws.workspace);
        IssueStore issues = new IssueStore(ws.workspace);
        Random rnd = new Random(seed);
        List<String> templates = Files.readAllLines(TestWorkspace.copy("sales-small.csv", dir), StandardCharsets.UTF_8);
        String header = templates.remove(0);
        List<String> orderIds = new ArrayList<>(templates.stream().map(l -> l.split(",")[0]).toList());
        Map<String, Integer> steps = new TreeMap<>();
        int reviewsThatMovedTotals = 0;
        long multiLineOrders = 0;
        long multiMonthOrders = 0;
        for (int step = 0; step < 14; step++) {
            Map<String, List<String>> before = dump(ws);
            String kind;
            int r = rnd.nextInt(100);
            List<Long> stored = storedBatches(ws);
            if (r < 40 || stored.isEmpty()) {
                kind = "import";
                Path file = dir.resolve("random-" + seed + "-" + step + ".csv");
                Files.write(file, randomLines(rnd, header, templates, orderIds, "R" + seed + "-" + step), StandardCharsets.UTF_8);
                ws.pipeline.importFiles(List.of(file), null, ProgressListener.NONE, Cancellation.none());
            } else if (r < 60) {
                kind = "undo";
                ws.pipeline.undo(stored.get(rnd.nextInt(stored.size())), ProgressListener.NONE);
            } else if (r < 88) {
                kind = "review";
                IssueStatus decision = rnd.nextBoolean() ? IssueStatus.ACCEPTED : IssueStatus.REJECTED;
                // findings that hold lines, or any finding not already so decided: each such review moves lines
                List<Long> ids = issueIds(ws, decision == IssueStatus.ACCEPTED ? "hold = 1 AND status <> 'accepted'" : "status <> 'rejected'");
                Collections.shuffle(ids, rnd);
                List<Long> picked = ids.subList(0, Math.min(ids.size(), 1 + rnd.nextInt(4)));
                issues.review(picked, decision, "seed " + seed, "2025-12-31T10:00:00");
                rollups.refresh(Cancellation.none());
                if (!dump(ws).equals(before)) reviewsThatMovedTotals++;
            } else {
                kind = "validate all";
                ValidationService.of(ws.workspace).run(null, Map.of(), ProgressListener.NONE, Cancellation.none());
                rollups.refresh(Cancellation.none());
            }
            steps.merge(kind, 1, Integer::sum);
            assertThat(rollups.stale()).as("step %d (%s) left the rollups stale", step, kind).isFalse();
            Map<String, List<String>> incremental = dump(ws);
            rollups.rebuild(Cancellation.none());
            assertThat(dump(ws)).as("seed %d, step %d (%s): rollups kept by deltas against a whole rebuild", seed, step, kind)
                    .isEqualTo(incremental);
            // the orders rollup (issue 23): kept by the same deltas, it must count what COUNT(DISTINCT) over the lines
            // counts, per month and channel, and be what Rollups.rebuild makes of the lines
            List<String> keptOrders = orders(ws);
            assertThat(keptOrders).as("seed %d, step %d (%s): orders rollup against COUNT(DISTINCT)", seed, step, kind).isEqualTo(ordersCounted(ws));
            List<String> keptLines = orderLines(ws);
            List<String> keptDays = rows(ws, "SELECT * FROM sale_day ORDER BY 1, 2, 3, 4, 5, 6");
            try (Connection c = ws.workspace.connect()) {
                c.setAutoCommit(false);
                org.salestrack.store.Rollups.rebuild(c);
                c.commit();
            }
            assertThat(orderLines(ws)).as("seed %d, step %d (%s): lines per order against a rebuild", seed, step, kind).isEqualTo(keptLines);
            assertThat(orders(ws)).isEqualTo(keptOrders);
            assertThat(rows(ws, "SELECT * FROM sale_day ORDER BY 1, 2, 3, 4, 5, 6")).as("seed %d, step %d (%s): sale_day against a rebuild from the lines",
                    seed, step, kind).isEqualTo(keptDays);
            rollups.refresh(Cancellation.none());
            multiLineOrders = Math.max(multiLineOrders, count(ws, "SELECT COUNT(*) FROM sale_order_month WHERE lines > 1"));
            multiMonthOrders = Math.max(multiMonthOrders, count(ws, "SELECT COUNT(*) FROM (SELECT channel_id, order_key FROM sale_order_month "
                    + "WHERE lines > 0 GROUP BY 1, 2 HAVING COUNT(*) > 1)"));
        }
        assertThat(steps).as("the sequence of seed %d", seed).containsKeys("import", "review");
        assertThat(multiLineOrders).as("orders with two counted lines in a month (seed %d)", seed).isPositive();
        assertThat(reviewsThatMovedTotals).as("reviews that moved lines in or out of the totals").isPositive();
    }

    /** A file of 6-20 lines cut from the test sales: new orders, some repeats of earlier ones, some future-dated or zero quantity (held). */
    private static List<String> randomLines(Random rnd, String header, List<String> templates, List<String> orderIds, String prefix) {
        List<String> out = new ArrayList<>(List.of(header));
        int n = 6 + rnd.nextInt(15);
        for (int i = 0; i < n; i++) {
            String[] f = templates.get(rnd.nextInt(templates.size())).split(",", -1);
            int qty = rnd.nextInt(20) == 0 ? 0 : 1 + rnd.nextInt(3);
            BigDecimal unit = new BigDecimal(f[13]).divide(new BigDecimal(f[12]), 2, java.math.RoundingMode.HALF_UP);
            boolean nextLine = i > 0 && rnd.nextInt(4) == 0;
            f[0] = nextLine ? out.get(out.size() - 1).split(",", -1)[0] : rnd.nextInt(8) == 0 ? orderIds.get(rnd.nextInt(orderIds.size())) : prefix + "-" + i;
            LocalDate day = rnd.nextInt(12) == 0 ? LocalDate.of(2027, 3, 1 + rnd.nextInt(28)) : LocalDate.of(2024, 11, 1).plusDays(rnd.nextInt(420));
            // an order's next line: the same order id, on the same day or (one time in three) another day, maybe another month
            f[1] = nextLine && rnd.nextInt(3) > 0 ? out.get(out.size() - 1).split(",", -1)[1] : day + " 1" + rnd.nextInt(10) + ":00:00";
            if (nextLine) System.arraycopy(out.get(out.size() - 1).split(",", -1), 2, f, 2, 3); // its channel, channel type and store
            f[12] = String.valueOf(qty);
            f[13] = unit.multiply(BigDecimal.valueOf(Math.max(qty, 1))).toPlainString();
            orderIds.add(f[0]);
            out.add(String.join(",", f));
        }
        return out;
    }

    private static List<Long> storedBatches(TestWorkspace ws) throws SQLException {
        return ids(ws, "SELECT id FROM import_batch WHERE status = 'stored' AND kind = 'sales'");
    }

    private static List<Long> issueIds(TestWorkspace ws, String where) throws SQLException {
        return ids(ws, "SELECT id FROM validation_issue WHERE fact = 'sale' AND " + where + " ORDER BY id");
    }

    private static List<Long> ids(TestWorkspace ws, String sql) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (Connection c = ws.workspace.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getLong(1));
        }
        return out;
    }

    /** The orders rollup: orders per month and channel, as kept. */
    private static List<String> orders(TestWorkspace ws) throws SQLException {
        return rows(ws, "SELECT month, channel_id, orders FROM order_month WHERE orders <> 0 ORDER BY 1, 2");
    }

    /** The same, counted from the lines by the one SQL definition of an order. */
    private static List<String> ordersCounted(TestWorkspace ws) throws SQLException {
        return rows(ws, "SELECT substr(s.sale_date, 1, 7) AS m, s.channel_id, " + org.salestrack.store.CountedSale.ORDERS + " FROM sale s WHERE "
                + org.salestrack.store.CountedSale.where("s") + " GROUP BY m, s.channel_id ORDER BY 1, 2");
    }

    private static List<String> orderLines(TestWorkspace ws) throws SQLException {
        return rows(ws, "SELECT month, channel_id, order_key, lines FROM sale_order_month WHERE lines <> 0 ORDER BY 1, 2, 3");
    }

    private static long count(TestWorkspace ws, String sql) throws SQLException {
        return Long.parseLong(rows(ws, sql).get(0).replace("|", ""));
    }

    private static List<String> rows(TestWorkspace ws, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = ws.workspace.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) row.append(rs.getString(i)).append('|');
                out.add(row.toString());
            }
        }
        return out;
    }

    /** Every cube rollup, row by row. */
    public static Map<String, List<String>> dump(TestWorkspace ws) throws SQLException {
        Map<String, List<String>> out = new TreeMap<>();
        try (Connection c = ws.workspace.connect(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'cube\\_%' ESCAPE '\\' "
                    + "AND name <> 'cube_state'")) {
                while (rs.next()) tables.add(rs.getString(1));
            }
            assertThat(tables).hasSizeGreaterThanOrEqualTo(18);
            for (String t : tables) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + t + " ORDER BY 1, 2, 3, 4")) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= md.getColumnCount(); i++) row.append(rs.getString(i)).append('|');
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                out.put(t, rows);
            }
        }
        return out;
    }
}
