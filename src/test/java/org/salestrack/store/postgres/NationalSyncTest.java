package org.salestrack.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.model.IssueStatus;
import org.salestrack.model.RuleHit;
import org.salestrack.model.Severity;
import org.salestrack.model.national.SyncConflict;
import org.salestrack.model.national.SyncReport;
import org.salestrack.store.Batches;
import org.salestrack.store.SummaryQuery;
import org.salestrack.store.Workspace;
import org.salestrack.store.quality.IssueStore;
import org.salestrack.ui.TestWorkspace;

/**
 * Two South China analysts share the national store: 李 publishes, 陈 works offline on an extract. 陈's sync
 * brings 李's new batch and 李's review of a line she left alone, sends her own review up, reports the line
 * both reviewed differently and changes it on neither side; an undo by 李 reaches her on the next sync.
 */
public class NationalSyncTest {
    @TempDir
    Path dir;

    @Test
    void newBatchesAndReviewsTravelBothWaysAndAConflictIsShownNotOverwritten() throws Exception {
        ServerAddress owner = NationalServers.newDatabase();
        NationalStore.open(owner);
        ServerAddress liAt = NationalServers.person(owner, "li_south", "华南");
        NationalStore li = NationalStore.open(liAt);
        NationalStore chen = NationalStore.open(NationalServers.person(owner, "chen_south", "华南"));
        Path s = SalesFiles.write(dir.resolve("s.csv"), "Y", 0, 100, SalesFiles.SOUTH, 41);
        TestWorkspace liWs = NationalPublishTest.workspace(dir.resolve("li"), s);
        new Publisher(liWs.workspace, li).publish();

        TestWorkspace chenWs = TestWorkspace.create(dir.resolve("chen"), false);
        new Extractor(chen, chenWs.workspace).extract(List.of(), null, null);
        Workspace x = chenWs.workspace;
        // nothing moved yet: a sync changes nothing
        SyncReport idle = new Syncer(x, chen).sync();
        assertThat(idle.batchesDown()).isZero();
        assertThat(idle.reviewsDown()).isZero();
        assertThat(idle.up().reviewsChanged()).isZero();
        assertThat(idle.conflicts()).isEmpty();

        // 李: a new file, row 10 rejected, row 20 held
        liWs.imports.importFile(SalesFiles.write(dir.resolve("s2.csv"), "Y", 200, 50, SalesFiles.SOUTH, 42), null,
                org.salestrack.task.ProgressListener.NONE, org.salestrack.task.Cancellation.none());
        review(liWs.workspace, "s.csv", 10, IssueStatus.REJECTED);
        review(liWs.workspace, "s.csv", 20, IssueStatus.OPEN);
        new Publisher(liWs.workspace, li).publish();
        // 陈, offline meanwhile: row 30 rejected, row 10 held (a batch's open findings are replaced as a whole: decided first)
        review(x, "s.csv", 30, IssueStatus.REJECTED);
        review(x, "s.csv", 10, IssueStatus.OPEN);

        SyncReport r = new Syncer(x, chen).sync();

        assertThat(r.batchesDown()).isEqualTo(1);
        assertThat(r.linesDown()).isEqualTo(50);
        assertThat(r.reviewsDown()).isEqualTo(1);
        assertThat(r.up().reviewsChanged()).isEqualTo(1);
        assertThat(r.up().batchesNew()).isZero();
        assertThat(r.conflicts()).containsExactly(new SyncConflict("s.csv", 10, 2, 3, "li_south", r.conflicts().get(0).nationalAt()));
        assertThat(localHold(x, "s.csv", 10)).isEqualTo(2);
        assertThat(localHold(x, "s.csv", 20)).isEqualTo(2);
        assertThat(localHold(x, "s.csv", 30)).isEqualTo(3);
        assertThat(nationalHold(owner, 10)).isEqualTo(3);
        assertThat(nationalHold(owner, 20)).isEqualTo(2);
        assertThat(nationalHold(owner, 30)).isEqualTo(3);
        // rows 10, 20 and 30 are out of the count on both sides: the same numbers here as nationally
        assertSameNumbers(x, chen);
        long counted = new SummaryQuery(x).run(List.of(), null, null).get(0).rows();
        assertThat(counted).isEqualTo(150 - 3 - heldByTheFiles(x));

        // again: nothing new, the conflict still there until one side changes its mind
        SyncReport again = new Syncer(x, chen).sync();
        assertThat(again.batchesDown()).isZero();
        assertThat(again.reviewsDown()).isZero();
        assertThat(again.up().reviewsChanged()).isZero();
        assertThat(again.conflicts()).extracting(SyncConflict::row).containsExactly(10);

        // 李 undoes the new file and publishes: 陈's next sync undoes it too
        long s2 = new Batches(liWs.workspace).list().stream().filter(b -> b.fileName().equals("s2.csv")).findFirst().orElseThrow().id();
        new Batches(liWs.workspace).undo(s2);
        new Publisher(liWs.workspace, li).publish();
        long s2Counted = 50 - heldIn(x, "s2.csv");
        SyncReport undone = new Syncer(x, chen).sync();
        assertThat(undone.batchesUndone()).isEqualTo(1);
        // 李's publish left 陈's review of row 30 alone: a publish sends only what changed in its own workspace
        assertThat(undone.reviewsDown()).isZero();
        assertThat(nationalHold(owner, 30)).isEqualTo(3);
        assertThat(localHold(x, "s.csv", 30)).isEqualTo(3);
        assertThat(new SummaryQuery(x).run(List.of(), null, null).get(0).rows()).isEqualTo(counted - s2Counted);
        assertSameNumbers(x, chen);
        assertThat(NationalPublishTest.count(owner, "SELECT COUNT(*) FROM audit_log WHERE action = 'sync'")).isEqualTo(4);
    }

    @Test
    void aWorkspaceThatWasNotExtractedCannotSync() throws Exception {
        ServerAddress owner = NationalServers.newDatabase();
        NationalStore store = NationalStore.open(owner);
        Workspace plain = TestWorkspace.create(dir.resolve("p"), false).workspace;
        assertThatThrownBy(() -> new Syncer(plain, store).sync()).hasMessageContaining("was not extracted from a national store");
    }

    private static void assertSameNumbers(Workspace local, NationalStore store) {
        List<String> by = List.of("region", "province", "channel", "month");
        assertThat(new SummaryQuery(local).run(by, null, null)).isNotEmpty().isEqualTo(new SummaryQuery(store.workspace()).run(by, null, null));
    }

    /** Lines the files' own generator made not paid or duplicated: what the count leaves out besides the reviews. */
    private static long heldByTheFiles(Workspace ws) throws Exception {
        try (Connection c = ws.connect(); PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM sale s JOIN import_batch b ON b.id = s.batch_id "
                + "WHERE b.status = 'stored' AND (s.hold = 1 OR s.status <> 'paid') AND s.hold NOT IN (2, 3)"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long heldIn(Workspace ws, String file) throws Exception {
        try (Connection c = ws.connect(); PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM sale s JOIN import_batch b ON b.id = s.batch_id "
                + "WHERE b.file_name = ? AND (s.hold <> 0 OR s.status <> 'paid')")) {
            ps.setString(1, file);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** A finding on the line, left open (the line held) or decided. */
    public static void review(Workspace ws, String file, int row, IssueStatus decision) throws Exception {
        long id;
        long batch;
        try (Connection c = ws.connect(); PreparedStatement ps = c.prepareStatement("SELECT s.id, s.batch_id FROM sale s JOIN import_batch b "
                + "ON b.id = s.batch_id WHERE b.file_name = ? AND b.status = 'stored' AND s.src_row = ?")) {
            ps.setString(1, file);
            ps.setInt(2, row);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
                batch = rs.getLong(2);
            }
        }
        IssueStore issues = new IssueStore(ws);
        issues.replaceOpen(batch, List.of(new RuleHit("price-outlier", Severity.ERROR, RuleHit.SALE, id, batch, file, row, "planted " + row, true,
                List.of())), "2026-12-05T10:00:00");
        if (decision == IssueStatus.OPEN) return;
        try (Connection c = ws.connect(); PreparedStatement ps = c.prepareStatement("SELECT id FROM validation_issue WHERE row_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                issues.review(List.of(rs.getLong(1)), decision, "checked", "2026-12-05T11:00:00");
            }
        }
    }

    private static int localHold(Workspace ws, String file, int row) throws Exception {
        try (Connection c = ws.connect(); PreparedStatement ps = c.prepareStatement("SELECT s.hold FROM sale s JOIN import_batch b ON b.id = s.batch_id "
                + "WHERE b.file_name = ? AND b.status = 'stored' AND s.src_row = ?")) {
            ps.setString(1, file);
            ps.setInt(2, row);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static long nationalHold(ServerAddress owner, int row) throws Exception {
        return NationalPublishTest.count(owner, "SELECT s.review_hold FROM sale s JOIN import_batch b ON b.id = s.batch_id "
                + "WHERE b.file_name = 's.csv' AND s.src_row = " + row);
    }
}
