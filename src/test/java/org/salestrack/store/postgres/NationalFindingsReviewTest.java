package org.salestrack.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.model.IssueFilter;
import org.salestrack.model.IssueStatus;
import org.salestrack.model.RuleHit;
import org.salestrack.model.Severity;
import org.salestrack.store.Workspace;
import org.salestrack.store.quality.IssueStore;
import org.salestrack.ui.TestWorkspace;
import org.salestrack.validate.ValidationService;

/**
 * Data quality's Accept and Reject on the national store itself (national V10): an analyst decides the findings of
 * her regions there, their lines and the rollups follow, the review is audited with its counts, a north finding is out
 * of her reach, and her extracted workspace takes the decisions with its next sync.
 */
class NationalFindingsReviewTest {
    @TempDir
    Path dir;

    private static long[] line(Workspace ws, String file, int srcRow) throws Exception {
        try (Connection c = ws.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT s.id, s.amount_e4, s.batch_id FROM sale s JOIN import_batch b ON b.id = s.batch_id "
                     + "WHERE b.file_name = '" + file + "' AND s.src_row = " + srcRow)) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
        }
    }

    private static RuleHit held(long[] line, String file, int srcRow, String why, List<Long> others) {
        return new RuleHit("price-outlier", Severity.ERROR, RuleHit.SALE, line[0], line[2], file, srcRow, why, true, others);
    }

    @Test
    void aSouthAnalystDecidesHerFindingsOnTheStoreAndHerWorkspaceTakesThemWithTheSync() throws Exception {
        ServerAddress at = NationalServers.newDatabase();
        NationalStore store = NationalStore.open(at);
        TestWorkspace a = NationalPublishTest.workspace(dir.resolve("a"), SalesFiles.write(dir.resolve("south.csv"), "S", 0, 100, SalesFiles.SOUTH, 9),
                SalesFiles.write(dir.resolve("north.csv"), "B", 0, 100, SalesFiles.NORTH, 10));
        long[] south10 = line(a.workspace, "south.csv", 10);
        long[] south20 = line(a.workspace, "south.csv", 20);
        long[] south21 = line(a.workspace, "south.csv", 21);
        long[] north10 = line(a.workspace, "north.csv", 10);
        IssueStore issues = new IssueStore(a.workspace);
        issues.replaceOpen(south10[2], List.of(held(south10, "south.csv", 10, "south single", List.of()),
                held(south20, "south.csv", 20, "south pair", List.of(south21[0]))), "2026-12-04T10:00:00");
        issues.replaceOpen(north10[2], List.of(held(north10, "north.csv", 10, "north single", List.of())), "2026-12-04T10:00:00");
        new Publisher(a.workspace, store).publish();
        assertThat(NationalPublishTest.count(at, "SELECT COUNT(*) FROM sale WHERE hold = 2")).isEqualTo(4);
        long before = NationalPublishTest.count(at, "SELECT SUM(amount_e4) FROM sale_pc_month");

        ServerAddress south = NationalServers.person(at, "wang_south_review", "华南");
        TestWorkspace fresh = TestWorkspace.create(dir.resolve("fresh"), false);
        new Extractor(NationalStore.open(south), fresh.workspace).extract(List.of(), null, null);
        assertThat(NationalFactsTest.count(fresh.workspace, "SELECT COUNT(*) FROM sale WHERE hold = 2")).isEqualTo(3);

        ValidationService onStore = ValidationService.of(NationalStore.open(south).workspace());
        assertThat(onStore.runsHere()).isFalse();
        long southId = NationalPublishTest.count(at, "SELECT id FROM validation_issue WHERE why = 'south single'");
        long northId = NationalPublishTest.count(at, "SELECT id FROM validation_issue WHERE why = 'north single'");

        // the finding's line and its neighbours, as the Data quality screen's detail shows them
        org.salestrack.model.IssueDetail detail = onStore.detail(southId, 3);
        assertThat(detail.lines()).hasSize(1);
        assertThat(detail.neighbours()).hasSize(7);

        // both ids asked for; only hers is decided
        assertThat(onStore.accept(List.of(southId, northId), "seen the invoice")).isEqualTo(1);

        assertThat(NationalPublishTest.count(at, "SELECT COUNT(*) FROM validation_issue WHERE why = 'south single' AND status = 'accepted' "
                + "AND who = 'wang_south_review' AND comment = 'seen the invoice'")).isEqualTo(1);
        assertThat(NationalPublishTest.count(at, "SELECT COUNT(*) FROM validation_issue WHERE why = 'north single' AND status = 'open'")).isEqualTo(1);
        assertThat(NationalPublishTest.count(at, "SELECT hold * 10 + review_hold FROM sale WHERE id IN (SELECT row_id FROM validation_issue "
                + "WHERE why = 'south single')")).isZero();
        assertThat(NationalPublishTest.count(at, "SELECT hold FROM sale WHERE id IN (SELECT row_id FROM validation_issue WHERE why = 'north single')"))
                .isEqualTo(2);
        // the line counts now: the month rollups move by exactly its amount
        assertThat(NationalPublishTest.count(at, "SELECT SUM(amount_e4) FROM sale_pc_month")).isEqualTo(before + south10[1]);
        assertThat(NationalPublishTest.count(at, "SELECT SUM(amount_e4) FROM sale_day")).isEqualTo(before + south10[1]);
        assertThat(NationalPublishTest.count(at, "SELECT COUNT(*) FROM audit_log WHERE action = 'review' AND who = 'wang_south_review' "
                + "AND detail = 'accepted 1 finding(s), 1 line(s) changed hold: seen the invoice'")).isEqualTo(1);

        // every open finding she can read, rejected in one review: the pair's two lines never count; the north one stays open
        assertThat(onStore.rejectMatching(IssueFilter.all().withStatus(IssueStatus.OPEN), "")).isEqualTo(1);
        assertThat(NationalPublishTest.count(at, "SELECT COUNT(*) FROM sale s JOIN import_batch b ON b.id = s.batch_id WHERE b.file_name = 'south.csv' "
                + "AND s.src_row IN (20, 21) AND s.hold = 3 AND s.review_hold = 3")).isEqualTo(2);
        assertThat(NationalPublishTest.count(at, "SELECT COUNT(*) FROM validation_issue WHERE status = 'open'")).isEqualTo(1);
        assertThat(NationalPublishTest.count(at, "SELECT SUM(amount_e4) FROM sale_pc_month")).isEqualTo(before + south10[1]);

        // the workspace that published them publishes again: its older open findings do not undo the store's decisions
        new Publisher(a.workspace, store).publish();
        assertThat(NationalPublishTest.count(at, "SELECT COUNT(*) FROM validation_issue WHERE status = 'open'")).isEqualTo(1);
        assertThat(NationalPublishTest.count(at, "SELECT SUM(amount_e4) FROM sale_pc_month")).isEqualTo(before + south10[1]);

        // her extracted workspace takes both decisions, lines and totals with them
        long freshBefore = NationalPublishTest.total(fresh.workspace).amount().movePointRight(4).longValueExact();
        new Syncer(fresh.workspace, NationalStore.open(south)).sync();
        assertThat(NationalFactsTest.count(fresh.workspace, "SELECT COUNT(*) FROM validation_issue WHERE why = 'south single' "
                + "AND status = 'accepted' AND comment = 'seen the invoice'")).isEqualTo(1);
        assertThat(NationalFactsTest.count(fresh.workspace, "SELECT COUNT(*) FROM validation_issue WHERE why = 'south pair' "
                + "AND status = 'rejected'")).isEqualTo(1);
        assertThat(NationalFactsTest.count(fresh.workspace, "SELECT COUNT(*) FROM sale WHERE hold = 3")).isEqualTo(2);
        assertThat(NationalFactsTest.count(fresh.workspace, "SELECT COUNT(*) FROM sale WHERE hold = 2")).isZero();
        assertThat(NationalPublishTest.total(fresh.workspace).amount().movePointRight(4).longValueExact()).isEqualTo(freshBefore + south10[1]);
    }
    @Test
    void aFindingDecidedBothWaysStaysAsEachSideHasItAndTheConflictSaysWhoDecidedOnTheStore() throws Exception {
        ServerAddress at = NationalServers.newDatabase();
        NationalStore store = NationalStore.open(at);
        TestWorkspace a = NationalPublishTest.workspace(dir.resolve("a"), SalesFiles.write(dir.resolve("south.csv"), "S", 0, 60, SalesFiles.SOUTH, 19));
        long[] south10 = line(a.workspace, "south.csv", 10);
        new IssueStore(a.workspace).replaceOpen(south10[2], List.of(held(south10, "south.csv", 10, "south single", List.of())), "2026-12-04T10:00:00");
        new Publisher(a.workspace, store).publish();
        ServerAddress south = NationalServers.person(at, "zhou_south_conflict", "华南");
        ServerAddress hq = NationalServers.person(at, "gao_hq_conflict");
        TestWorkspace fresh = TestWorkspace.create(dir.resolve("fresh"), false);
        new Extractor(NationalStore.open(south), fresh.workspace).extract(List.of(), null, null);

        // she rejects it offline; head office accepts it on the store
        long local = NationalFactsTest.count(fresh.workspace, "SELECT id FROM validation_issue WHERE why = 'south single'");
        assertThat(ValidationService.of(fresh.workspace).reject(List.of(local), "fake order")).isEqualTo(1);
        long there = NationalPublishTest.count(at, "SELECT id FROM validation_issue WHERE why = 'south single'");
        assertThat(ValidationService.of(NationalStore.open(hq).workspace()).accept(List.of(there), "real order")).isEqualTo(1);

        org.salestrack.model.national.SyncReport r = new Syncer(fresh.workspace, NationalStore.open(south)).sync();

        assertThat(r.conflicts()).hasSize(1);
        org.salestrack.model.national.SyncConflict c = r.conflicts().get(0);
        assertThat(List.of(c.file(), c.row(), c.localHold(), c.nationalHold(), c.nationalBy())).containsExactly("south.csv", 10, 3, 0, "gao_hq_conflict");
        assertThat(c.nationalAt()).isNotBlank();
        // each side keeps its decision on the finding as on the line
        assertThat(NationalFactsTest.count(fresh.workspace, "SELECT COUNT(*) FROM validation_issue WHERE why = 'south single' AND status = 'rejected' "
                + "AND comment = 'fake order'")).isEqualTo(1);
        assertThat(NationalFactsTest.count(fresh.workspace, "SELECT hold FROM sale WHERE id = (SELECT row_id FROM validation_issue "
                + "WHERE why = 'south single')")).isEqualTo(3);
        assertThat(NationalPublishTest.count(at, "SELECT COUNT(*) FROM validation_issue WHERE why = 'south single' AND status = 'accepted' "
                + "AND comment = 'real order'")).isEqualTo(1);
        assertThat(NationalPublishTest.count(at, "SELECT hold FROM sale WHERE id = " + NationalPublishTest.count(at,
                "SELECT row_id FROM validation_issue WHERE why = 'south single'"))).isZero();
    }
}
