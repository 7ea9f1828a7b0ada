package org.salestrack.store.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.salestrack.model.report.IssuesByStatus;
import org.salestrack.model.report.QuarantineLine;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;

/** Data quality over the whole workspace: issues by rule, and what each stored batch kept out of the totals. */
public final class QualityQuery {
    private static final String ISSUES = """
            SELECT rule, severity, SUM(CASE WHEN status = 'open' THEN 1 ELSE 0 END), SUM(CASE WHEN status = 'accepted' THEN 1 ELSE 0 END),
                   SUM(CASE WHEN status = 'rejected' THEN 1 ELSE 0 END)
            FROM validation_issue GROUP BY rule, severity
            ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, COUNT(*) DESC, rule
            """;
    private static final String BATCHES = """
            SELECT b.id, b.file_name, (SELECT COUNT(*) FROM quarantine q WHERE q.batch_id = b.id)
            FROM import_batch b WHERE b.status = 'stored' ORDER BY b.id
            """;
    /** The national store keeps no quarantined rows (a publish carries the lines stored, held or not). */
    private static final String SERVER_BATCHES = "SELECT b.id, b.file_name, 0 FROM import_batch b WHERE b.status = 'stored' ORDER BY b.id";

    private final Workspace workspace;

    public QualityQuery(Workspace workspace) { this.workspace = workspace; }

    public List<IssuesByStatus> issues() {
        List<IssuesByStatus> out = new ArrayList<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(ISSUES); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(new IssuesByStatus(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
        } catch (SQLException e) {
            throw new StoreException("cannot count validation issues", e);
        }
        return out;
    }

    /**
     * Batches that kept something out; batches that kept nothing out are not listed.
     *
     * @param held per batch the held lines, their e4 and the duplicates, from {@link LinePass#heldByBatch}
     */
    public List<QuarantineLine> keptOut(java.util.Map<Long, long[]> held) {
        List<QuarantineLine> out = new ArrayList<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(workspace.onServer() ? SERVER_BATCHES : BATCHES); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long[] h = held.getOrDefault(rs.getLong(1), new long[3]);
                QuarantineLine q = new QuarantineLine(rs.getLong(1), rs.getString(2), rs.getLong(3), h[0], h[1], h[2]);
                if (q.quarantinedRows() + q.heldLines() + q.duplicateLines() > 0) out.add(q);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot total quarantined rows", e);
        }
        return out;
    }
}
