package org.salestrack.store.quality;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.salestrack.model.IssueFilter;
import org.salestrack.model.IssueStatus;
import org.salestrack.model.RuleHit;
import org.salestrack.store.AuditLog;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;

/**
 * Writes validation results and reviews. A run replaces the open issues of its scope (one batch, or all)
 * and keeps every reviewed one: a decision stands, and the same finding is not raised again. Holds and the
 * rollup change in the same transaction as the issues, so totals and issues never disagree.
 */
public final class IssueStore {
    private static final int BATCH = 2_000;

    private final Workspace workspace;

    public IssueStore(Workspace workspace) { this.workspace = workspace; }

    /** What a run saved: new open issues, and findings skipped because a person already reviewed them. */
    public record Saved(int opened, int alreadyReviewed) {}

    /**
     * Replaces the open issues of batch {@code batchId} (all batches when null) with {@code hits}, which
     * must already be limited to that scope.
     */
    public Saved replaceOpen(Long batchId, List<RuleHit> hits, String at) {
        return replaceOpenIn(batchId == null ? null : List.of(batchId), hits, at);
    }

    /**
     * Replaces the open issues of {@code batchIds} (all batches when null) with {@code hits}, which must
     * already be limited to them: what an import of several files runs once for all its new batches.
     */
    public Saved replaceOpenIn(Collection<Long> batchIds, List<RuleHit> hits, String at) {
        String ids = batchIds == null ? null : String.join(",", batchIds.stream().map(String::valueOf).toList());
        String scope = ids == null ? "1 = 1" : "i.batch_id IN (" + ids + ")";
        Object[] args = new Object[0];
        if (ids != null && ids.isEmpty()) return new Saved(0, 0);
        try (Connection c = workspace.connect()) {
            c.setAutoCommit(false);
            try {
                HoldState.prepare(c);
                HoldState.touchLinesOf(c, "i.status = 'open' AND i.hold = 1 AND " + scope, args);
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM validation_issue WHERE status = 'open'"
                        + (ids == null ? "" : " AND batch_id IN (" + ids + ")"))) {
                    ps.executeUpdate();
                }
                Set<String> reviewed = reviewedKeys(c, scope, args);
                int opened = insert(c, hits, reviewed, at);
                HoldState.touchLinesOf(c, "i.status = 'open' AND i.hold = 1 AND " + scope, args);
                HoldState.recompute(c);
                // totals may have changed: the audit entry is also what tells cached rollups to rebuild
                AuditLog.record(c, "validate", ids == null ? "all batches" : "batch " + ids,
                        opened + " open issues, " + (hits.size() - opened) + " already reviewed");
                c.commit();
                return new Saved(opened, hits.size() - opened);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot save the validation results", e);
        }
    }

    /**
     * Accepts or rejects issues, with who, when and a comment, and moves their lines in or out of the totals.
     * Returns how many issues changed.
     */
    public int review(Collection<Long> issueIds, IssueStatus decision, String comment, String at) {
        if (decision == IssueStatus.OPEN) throw new IllegalArgumentException("a review accepts or rejects");
        if (issueIds.isEmpty()) return 0;
        String subject = issueIds.size() == 1 ? "issue " + issueIds.iterator().next() : issueIds.size() + " issues";
        return decide(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("CREATE TEMP TABLE IF NOT EXISTS reviewed(id INTEGER PRIMARY KEY)");
                s.executeUpdate("DELETE FROM temp.reviewed");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO temp.reviewed(id) VALUES (?)")) {
                for (long id : issueIds) {
                    ps.setLong(1, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }, "i.id IN (SELECT id FROM temp.reviewed) AND i.status <> ?", List.of(decision.id()), decision, comment, at, changed -> subject);
    }

    /**
     * Accepts or rejects every issue {@code filter} matches (its paging ignored) in one transaction, audited as
     * one review with its count. Returns how many issues changed.
     */
    public int reviewMatching(IssueFilter filter, IssueStatus decision, String comment, String at) {
        if (decision == IssueStatus.OPEN) throw new IllegalArgumentException("a review accepts or rejects");
        List<Object> args = new ArrayList<>();
        String where = IssueQueries.conditions(filter, args) + " AND i.status <> ?";
        args.add(decision.id());
        return decide(c -> {}, where, args, decision, comment, at, changed -> changed + " issues matching " + describe(filter));
    }

    private interface Prepare {
        void run(Connection c) throws SQLException;
    }

    /**
     * The one review transaction: sets the decision on the issues {@code where} selects (alias {@code i}),
     * moves their lines in or out of the totals and audits it, all or nothing.
     */
    private int decide(Prepare prepare, String where, List<Object> args, IssueStatus decision, String comment, String at,
                       java.util.function.IntFunction<String> subject) {
        try (Connection c = workspace.connect()) {
            c.setAutoCommit(false);
            try {
                prepare.run(c);
                HoldState.prepare(c);
                HoldState.touchLinesOf(c, where, args.toArray());
                int changed;
                try (PreparedStatement ps = c.prepareStatement("UPDATE validation_issue AS i SET status = ?, who = ?, at = ?, comment = ? WHERE "
                        + where)) {
                    ps.setString(1, decision.id());
                    ps.setString(2, AuditLog.user());
                    ps.setString(3, at);
                    ps.setString(4, comment);
                    for (int a = 0; a < args.size(); a++) ps.setObject(5 + a, args.get(a));
                    changed = ps.executeUpdate();
                }
                HoldState.recompute(c);
                AuditLog.record(c, "review", subject.apply(changed), decision.id() + " " + changed + " issue(s)"
                        + (comment == null || comment.isBlank() ? "" : ": " + comment));
                c.commit();
                return changed;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot save the review", e);
        }
    }

    private static String describe(IssueFilter f) {
        List<String> parts = new ArrayList<>();
        if (f.rule() != null) parts.add("rule " + f.rule());
        if (f.severity() != null) parts.add("severity " + f.severity().id());
        if (f.status() != null) parts.add("status " + f.status().id());
        if (f.batchId() != null) parts.add("batch " + f.batchId());
        return parts.isEmpty() ? "all issues" : String.join(", ", parts);
    }

    private static String key(String rule, String fact, Long rowId, long batchId, int srcRow) {
        return rule + '\u001f' + fact + '\u001f' + rowId + '\u001f' + batchId + '\u001f' + srcRow;
    }

    private static Set<String> reviewedKeys(Connection c, String scope, Object[] args) throws SQLException {
        Set<String> keys = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT i.rule, i.fact, i.row_id, i.batch_id, i.src_row "
                + "FROM validation_issue i WHERE i.status <> 'open' AND " + scope)) {
            for (int a = 0; a < args.length; a++) ps.setObject(a + 1, args[a]);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long row = rs.getLong(3);
                    keys.add(key(rs.getString(1), rs.getString(2), rs.wasNull() ? null : row, rs.getLong(4), rs.getInt(5)));
                }
            }
        }
        return keys;
    }

    /** Inserts the hits not already reviewed, with ids assigned here so related lines can point at them. */
    private static int insert(Connection c, List<RuleHit> hits, Set<String> reviewed, String at) throws SQLException {
        long next;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM validation_issue")) {
            rs.next();
            next = rs.getLong(1);
        }
        int opened = 0;
        try (PreparedStatement issue = c.prepareStatement("INSERT INTO validation_issue(id, batch_id, fact, row_id, src_row, rule, "
                + "severity, why, status, at, hold, why_key, why_args) VALUES (?,?,?,?,?,?,?,?,'open',?,?,?,?)");
             PreparedStatement related = c.prepareStatement("INSERT OR IGNORE INTO validation_issue_row(issue_id, row_id) VALUES (?,?)")) {
            for (RuleHit h : hits) {
                if (reviewed.contains(key(h.rule(), h.fact(), h.rowId(), h.batchId(), h.sourceRow()))) continue;
                long id = next++;
                issue.setLong(1, id);
                issue.setLong(2, h.batchId());
                issue.setString(3, h.fact());
                if (h.rowId() == null) issue.setNull(4, Types.INTEGER); else issue.setLong(4, h.rowId());
                issue.setInt(5, h.sourceRow());
                issue.setString(6, h.rule());
                issue.setString(7, h.severity().id());
                issue.setString(8, h.why());
                issue.setString(9, at);
                issue.setInt(10, h.hold() ? 1 : 0);
                issue.setString(11, h.message() == null ? null : h.message().key());
                issue.setString(12, h.message() == null ? null : MessageJson.args(h.message()));
                issue.addBatch();
                for (long row : h.relatedRowIds()) {
                    related.setLong(1, id);
                    related.setLong(2, row);
                    related.addBatch();
                }
                if (++opened % BATCH == 0) {
                    issue.executeBatch();
                    related.executeBatch();
                }
            }
            issue.executeBatch();
            related.executeBatch();
        }
        return opened;
    }
}
