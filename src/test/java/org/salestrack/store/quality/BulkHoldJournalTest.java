package org.salestrack.store.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.model.IssueFilter;
import org.salestrack.model.IssueStatus;
import org.salestrack.model.RuleHit;
import org.salestrack.model.Severity;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;
import org.salestrack.store.cube.CubeRollups;
import org.salestrack.store.cube.CubeRollupsTest;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import org.salestrack.ui.TestWorkspace;

/**
 * A run or review that moves many lines (the bulk path of Rollups, taken here with the threshold lowered) writes
 * sale_day's journal itself instead of through its triggers: the cube rollups brought up to date from that journal
 * must equal a whole rebuild, sale_day must equal the counted lines, and the triggers must be back as defined.
 */
class BulkHoldJournalTest {
    @TempDir Path dir;

    @AfterEach
    void restore() { HoldState.reindexAbove = 500_000; }

    @Test
    void theCubeKeptFromABulkHoldAndReleaseEqualsAWholeRebuild() throws Exception {
        TestWorkspace t = TestWorkspace.create(dir, true);
        Workspace ws = t.workspace;
        CubeRollups cube = bulkPathOn(ws);
        Lines lines = lines(ws, "1 = 1");
        List<Long> rows = lines.rows();
        long batch = lines.batch();
        Map<String, String> triggers;
        Map<String, List<String>> start = CubeRollupsTest.dump(t);
        try (Connection c = ws.connect()) {
            triggers = dayTriggers(c);
            assertEquals(4, triggers.size(), "V65's journal triggers");
        }
        assertTrue(rows.size() >= 50, "the fixture has lines");

        // two lines in three held, by two rules: some cells empty out, others keep a line and change; the third line a
        // warning that holds nothing
        try (IssueStore.Writer w = new IssueStore(ws).writer(List.of(batch), "2026-12-06T00:00:00")) {
            for (int i = 0; i < rows.size(); i++) {
                String rule = i % 3 == 0 ? "price-outlier" : i % 3 == 1 ? "diversion" : "store-province";
                w.add(new RuleHit(rule, i % 3 == 0 ? Severity.WARNING : Severity.ERROR, RuleHit.SALE, rows.get(i), batch, "sales-small.csv", 1,
                        "planted", i % 3 != 0));
            }
            w.finish(List.of());
        }
        try (Connection c = ws.connect()) {
            assertTrue(one(c, "SELECT COUNT(*) FROM sale_day_change") > 0, "the hold left its change in the journal");
            assertEquals(triggers, dayTriggers(c), "the journal's triggers are back as defined");
            assertEquals(0, HoldReindexTest.rollupDrift(c));
        }
        Map<String, List<String>> held = keptAgainstRebuild(t, cube, "after the bulk hold");
        assertTrue(!held.equals(start), "the hold moved the cube");
        assertEquals(0, one(ws, "SELECT COUNT(*) FROM sale_day WHERE rows = 0"), "emptied cells are removed");

        // rejecting the warnings takes lines out of the totals that were not held (the bulk path's lines read one by one)
        IssueStore store = new IssueStore(ws);
        long warned = one(ws, "SELECT COUNT(*) FROM validation_issue WHERE rule = 'price-outlier'");
        assertEquals(warned, store.reviewMatching(IssueFilter.all().withRule("price-outlier").withStatus(IssueStatus.OPEN), IssueStatus.REJECTED,
                "not ours", "2026-12-06T00:00:30"));
        try (Connection c = ws.connect()) {
            assertEquals(0, HoldReindexTest.rollupDrift(c));
            assertEquals(0, one(c, "SELECT COUNT(*) FROM sale WHERE hold = 0 AND status = 'paid'"), "no line is counted now");
        }
        keptAgainstRebuild(t, cube, "after the bulk rejection");
        // accepting one rule's findings lets part of the held lines in: the other rule's stay held (the held-lines index read
        // line by line against the changing ones)
        assertTrue(store.reviewMatching(IssueFilter.all().withRule("diversion").withStatus(IssueStatus.OPEN), IssueStatus.ACCEPTED, "fine",
                "2026-12-06T00:00:40") > 0);
        try (Connection c = ws.connect()) {
            assertEquals(0, HoldReindexTest.rollupDrift(c));
            assertTrue(one(c, "SELECT COUNT(*) FROM sale WHERE hold = 0 AND status = 'paid'") > 0, "some lines are counted again");
            assertTrue(one(c, "SELECT COUNT(*) FROM sale WHERE hold = 2") > 0, "others are still held");
        }
        keptAgainstRebuild(t, cube, "after the bulk accept of one rule");
        // rejecting half of the other rule's findings moves nothing in or out of the totals (held, then rejected), while
        // the other half stays held
        List<Long> half = new ArrayList<>();
        try (Connection c = ws.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM validation_issue "
                + "WHERE rule = 'store-province' ORDER BY id")) {
            for (int k = 0; rs.next(); k++) if (k % 2 == 0) half.add(rs.getLong(1));
        }
        long counted = one(ws, "SELECT COUNT(*) FROM sale WHERE hold = 0 AND status = 'paid'");
        assertEquals(half.size(), store.review(half, IssueStatus.REJECTED, "not ours", "2026-12-06T00:00:50"));
        try (Connection c = ws.connect()) {
            assertEquals(0, HoldReindexTest.rollupDrift(c));
            assertEquals(counted, one(c, "SELECT COUNT(*) FROM sale WHERE hold = 0 AND status = 'paid'"));
            assertTrue(one(c, "SELECT COUNT(*) FROM sale WHERE hold = 3") > 0 && one(c, "SELECT COUNT(*) FROM sale WHERE hold = 2") > 0);
        }

        Map<String, String> issueIndexes;
        try (Connection c = ws.connect()) {
            issueIndexes = issueIndexes(c);
            assertTrue(issueIndexes.keySet().containsAll(List.of("ix_issue_rule", "ix_issue_status", "ix_issue_row_id")), issueIndexes.toString());
        }
        int open = (int) one(ws, "SELECT COUNT(*) FROM validation_issue WHERE status = 'open'");
        assertEquals(open, store.reviewMatching(IssueFilter.all().withStatus(IssueStatus.OPEN), IssueStatus.ACCEPTED, "all fine",
                "2026-12-06T00:01:00"));
        try (Connection c = ws.connect()) {
            assertEquals(triggers, dayTriggers(c));
            assertEquals(0, HoldReindexTest.rollupDrift(c));
            assertEquals(issueIndexes, issueIndexes(c), "the findings' indexes are defined as before");
            assertEquals(open, one(c, "SELECT COUNT(*) FROM validation_issue INDEXED BY ix_issue_rule WHERE rule = 'store-province' AND status = 'accepted'"));
            assertEquals(0, one(c, "SELECT COUNT(*) FROM validation_issue INDEXED BY ix_issue_status WHERE status = 'open'"));
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertEquals("ok", rs.getString(1));
            }
        }
        keptAgainstRebuild(t, cube, "after the bulk accept");
    }

    /**
     * Rejecting findings that held nothing takes their lines out of the totals in line order. When they outnumber half of
     * sale_day's cells (5.3M of 8.6M on the 10M-line workspace), sale_day is summed again from the lines still counted,
     * and the cube builds its rollups again: the totals must be the counted lines', and nothing journaled.
     */
    @Test
    void rejectingMostCountedLinesSumsSaleDayAgainAndTheCubeBuildsItsRollupsAgain() throws Exception {
        TestWorkspace t = TestWorkspace.create(dir, true);
        Workspace ws = t.workspace;
        CubeRollups cube = bulkPathOn(ws);
        Lines lines = lines(ws, "status = 'paid' AND hold = 0");
        List<Long> rows = lines.rows();
        List<Long> kept = new ArrayList<>();
        // a warning, holding nothing, on three counted lines in four
        try (IssueStore.Writer w = new IssueStore(ws).writer(List.of(lines.batch()), "2026-12-07T00:00:00")) {
            for (int i = 0; i < rows.size(); i++) {
                if (i % 4 == 0) {
                    kept.add(rows.get(i));
                    continue;
                }
                w.add(new RuleHit("price-outlier", Severity.WARNING, RuleHit.SALE, rows.get(i), lines.batch(), "sales-small.csv", 1, "planted", false));
            }
            w.finish(List.of());
        }
        long cells = one(ws, "SELECT COUNT(*) FROM sale_day");
        assertTrue((rows.size() - kept.size()) * 2L >= cells, "the rejected lines outnumber half of sale_day's cells");
        String keptIds = kept.toString().replace('[', '(').replace(']', ')');
        long keptAmount = one(ws, "SELECT SUM(amount_e4) FROM sale WHERE id IN " + keptIds);
        long keptQty = one(ws, "SELECT SUM(qty) FROM sale WHERE id IN " + keptIds);
        Map<String, String> triggers;
        long journal;
        try (Connection c = ws.connect()) {
            triggers = dayTriggers(c);
            journal = one(c, "SELECT COUNT(*) FROM sale_day_change");
        }

        assertEquals(rows.size() - kept.size(), new IssueStore(ws).reviewMatching(IssueFilter.all().withRule("price-outlier")
                .withStatus(IssueStatus.OPEN), IssueStatus.REJECTED, "not ours", "2026-12-07T00:00:10"));
        try (Connection c = ws.connect()) {
            assertEquals(0, HoldReindexTest.rollupDrift(c), "sale_day against the counted lines");
            assertEquals(0, HoldReindexTest.ordersDrift(c), "orders against the counted lines");
            assertEquals(keptAmount, one(c, "SELECT SUM(amount_e4) FROM sale_day"));
            assertEquals(keptQty, one(c, "SELECT SUM(qty) FROM sale_day"));
            assertEquals(journal, one(c, "SELECT COUNT(*) FROM sale_day_change"), "summed again, nothing journaled");
            assertEquals(triggers, dayTriggers(c), "the journal's triggers are back as defined");
        }
        assertTrue(cube.stale(), "the cube knows its rollups are to be built again");
        keptAgainstRebuild(t, cube, "after sale_day was summed again");
        assertEquals(keptAmount, one(ws, "SELECT SUM(amount_e4) FROM cube_month"));
        assertEquals(keptQty, one(ws, "SELECT SUM(qty) FROM cube_ss_week"));
    }

    @Test
    void withoutTheHeldLinesIndexTheBulkPathReadsTheTableAndKeepsTheTotals() throws Exception {
        TestWorkspace t = TestWorkspace.create(dir, true);
        Workspace ws = t.workspace;
        CubeRollups cube = bulkPathOn(ws);
        List<Long> rows = new ArrayList<>();
        long batch = 0;
        try (Connection c = ws.connect(); Statement s = c.createStatement()) {
            s.execute("DROP INDEX ix_sale_held");
            try (ResultSet rs = s.executeQuery("SELECT id, batch_id FROM sale ORDER BY id")) {
                while (rs.next()) {
                    rows.add(rs.getLong(1));
                    batch = rs.getLong(2);
                }
            }
        }
        try (IssueStore.Writer w = new IssueStore(ws).writer(List.of(batch), "2026-12-06T00:00:00")) {
            for (int i = 0; i < rows.size(); i += 2) {
                w.add(new RuleHit("diversion", Severity.ERROR, RuleHit.SALE, rows.get(i), batch, "sales-small.csv", 1, "held", true));
            }
            w.finish(List.of());
        }
        try (Connection c = ws.connect()) {
            assertEquals(0, HoldReindexTest.rollupDrift(c));
            assertTrue(one(c, "SELECT COUNT(*) FROM sale WHERE hold = 2") > 0);
        }
        keptAgainstRebuild(t, cube, "after a bulk hold without the index");
        new IssueStore(ws).reviewMatching(IssueFilter.all().withStatus(IssueStatus.OPEN), IssueStatus.ACCEPTED, "fine", "2026-12-06T00:01:00");
        try (Connection c = ws.connect()) {
            assertEquals(0, HoldReindexTest.rollupDrift(c));
            assertEquals(0, one(c, "SELECT COUNT(*) FROM sale WHERE hold = 2"));
        }
        keptAgainstRebuild(t, cube, "after a bulk accept without the index");
    }

    /**
     * The bulk path's statements of millions of rows are OR FAIL (no statement journal), so a failure partway leaves the
     * rows changed before it in the transaction: the run and the review must roll back whole. A trigger fails the hold
     * change at the last changing line, after every other line's hold is set.
     */
    @Test
    void aFailurePartWayThroughABulkHoldChangeLeavesTheWorkspaceAsItWas() throws Exception {
        TestWorkspace t = TestWorkspace.create(dir, true);
        Workspace ws = t.workspace;
        HoldState.reindexAbove = 0;
        Lines lines = lines(ws, "1 = 1");
        List<Long> rows = lines.rows();
        long batch = lines.batch();
        long last = rows.get(rows.size() - 1);
        String before = state(ws);
        plantFailureAt(ws, last);
        IssueStore store = new IssueStore(ws);
        try (IssueStore.Writer w = store.writer(List.of(batch), "2026-12-06T00:00:00")) {
            for (long row : rows) w.add(new RuleHit("diversion", Severity.ERROR, RuleHit.SALE, row, batch, "sales-small.csv", 1, "held", true));
            StoreException failed = assertThrows(StoreException.class, () -> w.finish(List.of()));
            assertTrue(String.valueOf(failed.getCause()).contains("planted failure"), String.valueOf(failed.getCause()));
        }
        assertEquals(before, state(ws), "a run that failed while holding its lines leaves no trace");

        dropPlantedFailure(ws);
        try (IssueStore.Writer w = store.writer(List.of(batch), "2026-12-06T00:00:10")) {
            for (long row : rows) w.add(new RuleHit("diversion", Severity.ERROR, RuleHit.SALE, row, batch, "sales-small.csv", 1, "held", true));
            w.finish(List.of());
        }
        String held = state(ws);
        assertTrue(held.contains("hold 2: " + rows.size() + " lines"), held);
        plantFailureAt(ws, last);
        StoreException failed = assertThrows(StoreException.class, () -> store.reviewMatching(IssueFilter.all().withStatus(IssueStatus.OPEN),
                IssueStatus.ACCEPTED, "fine", "2026-12-06T00:00:20"));
        assertTrue(String.valueOf(failed.getCause()).contains("planted failure"), String.valueOf(failed.getCause()));
        assertEquals(held, state(ws), "a review that failed while releasing the lines leaves no trace");
    }

    /**
     * An accept looks only at the lines of the findings that hold them or whose rejection it lifts: a rejected warning
     * (it held nothing) accepted later counts its line again; accepting a warning that was open moves nothing; accepting
     * a holding finding releases its line. Both paths: the ordinary one and the bulk one (threshold lowered).
     */
    @Test
    void anAcceptMovesTheLinesOfHoldingAndRejectedFindingsOnly() throws Exception {
        for (int reindexAbove : new int[] {500_000, 0}) {
            TestWorkspace t = TestWorkspace.create(dir.resolve("accept-" + reindexAbove), true);
            Workspace ws = t.workspace;
            HoldState.reindexAbove = reindexAbove;
            Lines lines = lines(ws, "hold = 0 AND status = 'paid' ORDER BY id LIMIT 3");
            List<Long> rows = lines.rows();
            long batch = lines.batch();
            IssueStore store = new IssueStore(ws);
            try (IssueStore.Writer w = store.writer(List.of(batch), "2026-12-06T00:00:00")) {
                w.add(new RuleHit("price-outlier", Severity.WARNING, RuleHit.SALE, rows.get(0), batch, "sales-small.csv", 1, "to reject", false));
                w.add(new RuleHit("night-burst", Severity.WARNING, RuleHit.SALE, rows.get(1), batch, "sales-small.csv", 1, "open", false));
                w.add(new RuleHit("diversion", Severity.ERROR, RuleHit.SALE, rows.get(2), batch, "sales-small.csv", 1, "held", true));
                w.finish(List.of());
            }
            assertEquals(List.of(0L, 0L, 2L), holds(ws, rows));
            store.reviewMatching(IssueFilter.all().withRule("price-outlier"), IssueStatus.REJECTED, "not ours", "2026-12-06T00:00:10");
            assertEquals(List.of(3L, 0L, 2L), holds(ws, rows));
            assertEquals(3, store.reviewMatching(IssueFilter.all(), IssueStatus.ACCEPTED, "all fine", "2026-12-06T00:00:20"));
            assertEquals(List.of(0L, 0L, 0L), holds(ws, rows), "the rejection lifted, the hold released (threshold " + reindexAbove + ")");
            try (Connection c = ws.connect()) {
                assertEquals(0, HoldReindexTest.rollupDrift(c));
            }
        }
    }

    /** The cube of {@code ws} brought up to date, and the bulk path taken from the first changing line on. */
    private static CubeRollups bulkPathOn(Workspace ws) {
        CubeRollups cube = new CubeRollups(ws);
        cube.refresh(Cancellation.none());
        HoldState.reindexAbove = 0;
        return cube;
    }

    /** Line ids, in their order, and the batch of the last. */
    private record Lines(List<Long> rows, long batch) {}

    /** The lines {@code where} selects ("... ORDER BY id" unless it orders them itself). */
    private static Lines lines(Workspace ws, String where) throws Exception {
        List<Long> rows = new ArrayList<>();
        long batch = 0;
        String order = where.toUpperCase(java.util.Locale.ROOT).contains("ORDER BY") ? "" : " ORDER BY id";
        try (Connection c = ws.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, batch_id FROM sale WHERE " + where + order)) {
            while (rs.next()) {
                rows.add(rs.getLong(1));
                batch = rs.getLong(2);
            }
        }
        return new Lines(rows, batch);
    }

    private static List<Long> holds(Workspace ws, List<Long> rows) throws Exception {
        List<Long> out = new ArrayList<>();
        try (Connection c = ws.connect()) {
            for (long row : rows) out.add(one(c, "SELECT hold FROM sale WHERE id = " + row));
        }
        return out;
    }

    private static void plantFailureAt(Workspace ws, long line) throws Exception {
        try (Connection c = ws.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TRIGGER planted_failure BEFORE UPDATE OF hold ON sale WHEN NEW.id = " + line
                    + " BEGIN SELECT RAISE(FAIL, 'planted failure'); END");
        }
    }

    private static void dropPlantedFailure(Workspace ws) throws Exception {
        try (Connection c = ws.connect(); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER planted_failure");
        }
    }

    /** The lines per hold, sale_day, the findings per status, and the definitions of sale's indexes and sale_day's triggers. */
    private static String state(Workspace ws) throws Exception {
        StringBuilder b = new StringBuilder();
        try (Connection c = ws.connect(); Statement s = c.createStatement()) {
            for (String sql : List.of("SELECT 'hold ' || hold || ': ' || COUNT(*) || ' lines' FROM sale GROUP BY hold ORDER BY hold",
                    "SELECT sale_date || channel_id || '/' || store_id || '/' || dealer_id || '/' || region_id || '/' || product_id || ' ' || rows "
                            + "|| ' ' || qty || ' ' || amount_e4 || ' ' || margin_e4 FROM sale_day ORDER BY 1",
                    "SELECT COUNT(*) FROM sale_day_change",
                    "SELECT status || ' ' || COUNT(*) FROM validation_issue GROUP BY status ORDER BY status",
                    "SELECT sql FROM sqlite_master WHERE tbl_name IN ('sale', 'sale_day', 'sale_order_month', 'validation_issue') "
                            + "AND name <> 'planted_failure' ORDER BY name",
                    "SELECT month || channel_id || order_key || ' ' || lines FROM sale_order_month ORDER BY 1")) {
                try (ResultSet rs = s.executeQuery(sql)) {
                    while (rs.next()) b.append(rs.getString(1)).append('\n');
                }
            }
        }
        return b.toString();
    }

    /** Refreshes the cube from the journal, then rebuilds it whole: both must agree; returns the cube. */
    private static Map<String, List<String>> keptAgainstRebuild(TestWorkspace t, CubeRollups cube, String when) throws Exception {
        assertTrue(cube.refresh(Cancellation.none()), "the journal had changes " + when);
        Map<String, List<String>> kept = CubeRollupsTest.dump(t);
        cube.rebuild(Cancellation.none());
        assertEquals(CubeRollupsTest.dump(t), kept, "the cube kept from the journal against a whole rebuild, " + when);
        return kept;
    }

    private static Map<String, String> issueIndexes(Connection c) throws Exception {
        return HoldReindexTest.definitions(c, "index", "validation_issue");
    }

    private static Map<String, String> dayTriggers(Connection c) throws Exception {
        return HoldReindexTest.definitions(c, "trigger", "sale_day");
    }

    private static long one(Workspace ws, String sql) throws Exception {
        try (Connection c = ws.connect()) {
            return one(c, sql);
        }
    }

    private static long one(Connection c, String sql) throws Exception {
        return HoldReindexTest.one(c, sql);
    }

    /**
     * A review of every finding tells its steps in words on one bar that never goes back, the count of findings grouped:
     * the reject of 5.3M findings on the 10M-line workspace ran for minutes under a bare "review".
     */
    @Test
    void aBulkReviewTellsItsStepsInWordsOnOneBar() throws Exception {
        TestWorkspace t = TestWorkspace.create(dir, true);
        Workspace ws = t.workspace;
        HoldState.reindexAbove = 0;
        Lines lines = lines(ws, "1 = 1");
        try (IssueStore.Writer w = new IssueStore(ws).writer(List.of(lines.batch()), "2026-12-06T00:00:00")) {
            for (long row : lines.rows()) {
                w.add(new RuleHit("diversion", Severity.ERROR, RuleHit.SALE, row, lines.batch(), "sales-small.csv", 1, "planted", false));
            }
            w.finish(List.of());
        }
        List<String> heard = new java.util.ArrayList<>();
        long[] last = {-1};
        ProgressListener progress = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) { throw new AssertionError("plain text: " + message); }

            @Override
            public void progress(long done, long total, org.salestrack.model.Message message) {
                assertEquals(1000, total);
                assertTrue(done >= last[0], "the bar went back from " + last[0] + " to " + done);
                last[0] = done;
                heard.add(message.key() + (message.args().isEmpty() ? "" : " " + message.args()));
            }
        };

        int rejected = new IssueStore(ws).reviewMatching(IssueFilter.all().withRule("diversion"), IssueStatus.REJECTED, "not ours",
                "2026-12-06T00:01:00", progress);

        String count = String.format(java.util.Locale.ROOT, "%,d", rejected);
        assertEquals(List.of("progress.review.touch", "progress.review.issues [" + count + "]", "progress.review.holds",
                "progress.review.lines [" + count + "]", "progress.review.totals", "progress.review.saving", "progress.done"), heard);
        assertEquals(lines.rows().size(), rejected);
        assertEquals(1000, last[0]);
    }
}
