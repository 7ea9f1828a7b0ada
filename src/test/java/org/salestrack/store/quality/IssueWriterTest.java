package org.salestrack.store.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.model.IssueFilter;
import org.salestrack.model.Message;
import org.salestrack.model.RuleHit;
import org.salestrack.model.Severity;
import org.salestrack.model.ValidationIssue;
import org.salestrack.store.Workspace;

/** The findings of a run are stored on a thread of the writer's own: all of them, in their order, or none. */
class IssueWriterTest {
    @TempDir Path dir;

    private static long batch(Workspace ws) throws Exception {
        try (Connection c = ws.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO import_batch(file_name, sha256, kind, profile, status, started_at) "
                    + "VALUES ('a.csv', 'x', 'sales', 'p', 'stored', '2026-12-06T00:00:00')");
            try (ResultSet rs = s.executeQuery("SELECT MAX(id) FROM import_batch")) {
                return rs.getLong(1);
            }
        }
    }

    private static RuleHit hit(long batch, long row) {
        return new RuleHit("price-outlier", Severity.WARNING, RuleHit.SALE, row, batch, "a.csv", (int) row, "finding " + row, false);
    }

    private static boolean storingThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("validation-findings") && t.isAlive());
    }

    @Test
    void moreFindingsThanTheQueueHoldsAreAllStoredInTheirOrder() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("w.db"));
        long batch = batch(ws);
        IssueStore.Saved saved;
        try (IssueStore.Writer w = new IssueStore(ws).writer(List.of(batch), "2026-12-06T00:00:00")) {
            for (long row = 1; row <= 45_000; row++) w.add(hit(batch, row));
            saved = w.finish(List.of());
        }
        assertEquals(45_000, saved.opened());
        try (Connection c = ws.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), SUM(row_id), MIN(row_id), "
                     + "SUM(CASE WHEN row_id = id - (SELECT MIN(id) FROM validation_issue) + 1 THEN 1 ELSE 0 END) FROM validation_issue")) {
            assertEquals(45_000, rs.getLong(1));
            assertEquals(45_000L * 45_001 / 2, rs.getLong(2));
            assertEquals(1, rs.getLong(3));
            assertEquals(45_000, rs.getLong(4), "the findings were stored in the order they came");
        }
        assertFalse(storingThreadAlive());
    }

    @Test
    void aRunClosedWithoutFinishingStoresNothingAndEndsItsThread() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("w.db"));
        long batch = batch(ws);
        try (IssueStore.Writer w = new IssueStore(ws).writer(List.of(batch), "2026-12-06T00:00:00")) {
            for (long row = 1; row <= 30_000; row++) w.add(hit(batch, row));
        }
        try (Connection c = ws.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM validation_issue")) {
            assertEquals(0, rs.getLong(1));
        }
        assertFalse(storingThreadAlive());
    }

    @Test
    void aFinishInterruptedBeforeTheFindingsAreStoredCommitsNoneOfThem() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("w.db"));
        long batch = batch(ws);
        try (IssueStore.Writer w = new IssueStore(ws).writer(List.of(batch), "2026-12-06T00:00:00")) {
            for (long row = 1; row <= 30_000; row++) w.add(hit(batch, row));
            // a cancelled task's thread is interrupted; its findings must not be committed half stored
            Thread.currentThread().interrupt();
            org.junit.jupiter.api.Assertions.assertThrows(org.salestrack.store.StoreException.class, () -> w.finish(List.of()));
            org.junit.jupiter.api.Assertions.assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
        }
        try (Connection c = ws.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM validation_issue")) {
            assertEquals(0, rs.getLong(1));
        }
        assertFalse(storingThreadAlive());
    }

    @Test
    void aFindingWordedByItsMessageKeepsNoTextYetReadsInEnglishAsBefore() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("w.db"));
        long batch = batch(ws);
        Message sold = Message.of("rule.diversion.sold", "D1240", "13 河北", "15 内蒙古");
        try (IssueStore.Writer w = new IssueStore(ws).writer(List.of(batch), "2026-12-06T00:00:00")) {
            w.add(new RuleHit("diversion", Severity.ERROR, RuleHit.SALE, 7L, batch, "a.csv", 7, true, List.of(), sold));
            // a rule that words its English itself (the required-fields rule keeps the reason as the importer wrote it)
            w.add(new RuleHit("required", Severity.ERROR, RuleHit.IMPORT, null, batch, "a.csv", 9, "Row 9: no price", false, List.of(),
                    Message.of("rule.required", "no price")));
            w.finish(List.of());
        }
        try (Connection c = ws.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT rule, why, why_key FROM validation_issue ORDER BY id")) {
            rs.next();
            assertEquals("", rs.getString(2), "the message says it: no English kept beside it");
            assertEquals("rule.diversion.sold", rs.getString(3));
            rs.next();
            assertEquals("Row 9: no price", rs.getString(2), "a finding's own English is kept");
        }
        List<ValidationIssue> read = new IssueQueries(ws).list(IssueFilter.all());
        assertEquals("Dealer D1240 is registered in 13 河北 but this unit was sold in 15 内蒙古.", read.get(0).why());
        assertEquals(sold, read.get(0).message());
        assertEquals("Row 9: no price", read.get(1).why());
    }

    @Test
    void theLastFindingsOfARunAndTheLinesTheyNameAreStoredToo() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("w.db"));
        long batch = batch(ws);
        int findings = 10_037; // not a whole number of statements: the last 37 go alone
        try (IssueStore.Writer w = new IssueStore(ws).writer(List.of(batch), "2026-12-06T00:00:00")) {
            for (long row = 1; row <= findings; row++) {
                // every 7th names two more lines, as a spike day or an order does
                w.add(row % 7 == 0 ? new RuleHit("store-spike", Severity.ERROR, RuleHit.SALE, row, batch, "a.csv", (int) row, "spike " + row, true,
                        List.of(100_000 + row, 200_000 + row)) : hit(batch, row));
            }
            w.finish(List.of());
        }
        try (Connection c = ws.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), SUM(row_id), MAX(row_id), (SELECT COUNT(*) FROM validation_issue_row), "
                     + "(SELECT SUM(r.row_id - i.row_id) FROM validation_issue_row r JOIN validation_issue i ON i.id = r.issue_id), "
                     + "(SELECT why FROM validation_issue WHERE row_id = " + findings + ") FROM validation_issue")) {
            assertEquals(findings, rs.getLong(1));
            assertEquals((long) findings * (findings + 1) / 2, rs.getLong(2));
            assertEquals(findings, rs.getLong(3));
            assertEquals(2 * (findings / 7), rs.getLong(4), "two related lines for each 7th finding");
            assertEquals(300_000L * (findings / 7), rs.getLong(5), "each related line is named by its own finding");
            assertEquals("finding " + findings, rs.getString(6));
        }
    }

    /**
     * A rule refused while the rules ran: its findings given before the refusal lose their hold at the finish, those
     * given after come holding nothing and are not looked at again (one given holding after the refusal shows the
     * update stops at the refusal), and another rule's holds stay.
     */
    @Test
    void aRuleRefusedWhileRunningLosesTheHoldOfTheFindingsGivenBeforeTheRefusal() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("w.db"));
        long batch = batch(ws);
        try (IssueStore.Writer w = new IssueStore(ws).writer(List.of(batch), "2026-12-06T00:00:00")) {
            for (long row = 1; row <= 3; row++) w.add(holding("diversion", batch, row));
            w.add(holding("impossible", batch, 50));
            w.holdNothingFrom("diversion");
            for (long row = 4; row <= 6; row++) w.add(holding("diversion", batch, row).withHold(false));
            w.add(holding("diversion", batch, 7));
            w.add(holding("impossible", batch, 51));
            w.finish(List.of("diversion"));
        }
        try (Connection c = ws.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT group_concat(rule || ' ' || row_id || ' ' || hold, ', ') FROM (SELECT * FROM validation_issue ORDER BY id)")) {
            assertEquals("diversion 1 0, diversion 2 0, diversion 3 0, impossible 50 1, diversion 4 0, diversion 5 0, diversion 6 0, "
                    + "diversion 7 1, impossible 51 1", rs.getString(1));
        }
    }

    private static RuleHit holding(String rule, long batch, long row) {
        return new RuleHit(rule, Severity.ERROR, RuleHit.SALE, row, batch, "a.csv", (int) row, "finding " + row, true);
    }
}
