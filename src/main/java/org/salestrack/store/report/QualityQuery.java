package org.salestrack.store.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.salestrack.model.report.IssueCount;
import org.salestrack.model.report.QuarantineLine;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;

/** Data quality over the whole workspace: issues by rule, and what each stored batch kept out of the totals. */
public final class QualityQuery {
    private static final String ISSUES = """
            SELECT rule, severity, SUM(status = 'open'), SUM(status = 'accepted'), SUM(status = 'rejected')
            FROM validation_issue GROUP BY rule, severity
            ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, COUNT(*) DESC, rule
            """;
    /** One pass over the lines that are not counted as they are (held ones only: hold = 0 is skipped early). */
    private static final String KEPT_OUT = """
            SELECT b.id, b.file_name, (SELECT COUNT(*) FROM quarantine q WHERE q.batch_id = b.id),
                   COALESCE(h.held, 0), COALESCE(h.held_cents, 0), COALESCE(h.dups, 0)
            FROM import_batch b LEFT JOIN (
                SELECT batch_id, SUM(hold IN (2, 3)) AS held, SUM(CASE WHEN hold IN (2, 3) THEN amount_cents ELSE 0 END) AS held_cents,
                       SUM(hold = 1) AS dups
                FROM sale WHERE hold <> 0 GROUP BY batch_id) h ON h.batch_id = b.id
            WHERE b.status = 'stored' ORDER BY b.id
            """;

    private final Workspace workspace;

    public QualityQuery(Workspace workspace) { this.workspace = workspace; }

    public List<IssueCount> issues() {
        List<IssueCount> out = new ArrayList<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(ISSUES); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(new IssueCount(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
        } catch (SQLException e) {
            throw new StoreException("cannot count validation issues", e);
        }
        return out;
    }

    /** Batches that kept something out; batches that kept nothing out are not listed. */
    public List<QuarantineLine> keptOut(Cancellation cancel) {
        List<QuarantineLine> out = new ArrayList<>();
        try (Connection c = workspace.connect()) {
            Interrupt.on(c, cancel);
            keptOut(c, out);
        } catch (SQLException e) {
            throw Interrupt.failure(e, cancel, "cannot total quarantined rows");
        }
        return out;
    }

    private static void keptOut(Connection c, List<QuarantineLine> out) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(KEPT_OUT); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                QuarantineLine q = new QuarantineLine(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6));
                if (q.quarantinedRows() + q.heldLines() + q.duplicateLines() > 0) out.add(q);
            }
        }
    }
}
