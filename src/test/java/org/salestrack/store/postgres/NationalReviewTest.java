package org.salestrack.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.model.IssueStatus;
import org.salestrack.model.RuleHit;
import org.salestrack.model.Severity;
import org.salestrack.model.national.PublishReport;
import org.salestrack.store.quality.IssueStore;
import org.salestrack.ui.TestWorkspace;

/** A line held by an open finding is held nationally too; once the finding is reviewed, the next publish carries the decision. */
class NationalReviewTest {
    @TempDir
    Path dir;

    @Test
    void reviewsPropagateOnTheNextPublish() throws Exception {
        ServerAddress at = NationalServers.newDatabase();
        NationalStore store = NationalStore.open(at);
        TestWorkspace a = NationalPublishTest.workspace(dir.resolve("a"), SalesFiles.write(dir.resolve("a.csv"), "R", 0, 100, SalesFiles.SOUTH, 9));
        long rowId;
        long amount;
        try (Connection c = a.workspace.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, amount_e4 FROM sale WHERE src_row = 10")) {
            rs.next();
            rowId = rs.getLong(1);
            amount = rs.getLong(2);
        }
        IssueStore issues = new IssueStore(a.workspace);
        issues.replaceOpen(1L, List.of(new RuleHit("price-outlier", Severity.ERROR, RuleHit.SALE, rowId, 1, "a.csv", 10, "planted", true,
                List.of())), "2026-12-04T10:00:00");
        long before = NationalPublishTest.total(a.workspace).amount().movePointRight(4).longValueExact();

        new Publisher(a.workspace, store).publish();
        assertThat(NationalPublishTest.count(at, "SELECT hold FROM sale WHERE src_row = 10")).isEqualTo(2);
        assertThat(NationalPublishTest.count(at, "SELECT SUM(amount_e4) FROM sale_pc_month")).isEqualTo(before);

        long issueId;
        try (Connection c = a.workspace.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM validation_issue")) {
            rs.next();
            issueId = rs.getLong(1);
        }
        issues.review(List.of(issueId), IssueStatus.ACCEPTED, "checked with the store", "2026-12-04T11:00:00");
        PublishReport r = new Publisher(a.workspace, store).publish();

        assertThat(r.reviewsChanged()).isEqualTo(1);
        assertThat(NationalPublishTest.count(at, "SELECT hold FROM sale WHERE src_row = 10")).isZero();
        assertThat(NationalPublishTest.count(at, "SELECT SUM(amount_e4) FROM sale_pc_month")).isEqualTo(before + amount);
        assertThat(NationalPublishTest.total(store.workspace())).isEqualTo(NationalPublishTest.total(a.workspace));
        assertThat(NationalPublishTest.count(at, "SELECT COUNT(*) FROM audit_log WHERE action = 'review'")).isEqualTo(1);
    }
}
