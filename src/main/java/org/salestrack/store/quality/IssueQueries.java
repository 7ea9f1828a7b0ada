package org.salestrack.store.quality;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.salestrack.model.BatchQuality;
import org.salestrack.model.IssueCount;
import org.salestrack.model.IssueDetail;
import org.salestrack.model.IssueFilter;
import org.salestrack.model.IssueStatus;
import org.salestrack.model.Message;
import org.salestrack.model.Severity;
import org.salestrack.model.SourceRow;
import org.salestrack.model.ValidationIssue;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;

/** Reads stored issues for the Data quality screen and the CLI: lists, counts, one issue's detail, batch scores. */
public final class IssueQueries {
    private static final String ISSUE = "SELECT i.id, i.batch_id, b.file_name, i.fact, i.row_id, i.src_row, i.rule, i.severity, "
            + "i.why, i.status, i.hold, 1 + (SELECT COUNT(*) FROM validation_issue_row r WHERE r.issue_id = i.id), i.who, i.at, "
            + "i.comment, i.why_key, i.why_args FROM validation_issue i LEFT JOIN import_batch b ON b.id = i.batch_id";

    private final Workspace workspace;

    public IssueQueries(Workspace workspace) { this.workspace = workspace; }

    public List<ValidationIssue> list(IssueFilter filter) {
        List<Object> args = new ArrayList<>();
        String sql = ISSUE + where(filter, args) + " ORDER BY i.id"
                + (filter.limit() > 0 ? " LIMIT " + filter.limit() + " OFFSET " + Math.max(0, filter.offset()) : "");
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            List<ValidationIssue> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(issue(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot list validation issues", e);
        }
    }

    public Optional<ValidationIssue> find(long id) {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(ISSUE + " WHERE i.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(issue(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read validation issue " + id, e);
        }
    }

    /** Issues per rule, severity and status under {@code filter} (its paging is ignored). */
    public List<IssueCount> counts(IssueFilter filter) {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT i.rule, i.severity, i.status, COUNT(*) FROM validation_issue i" + where(filter, args)
                + " GROUP BY i.rule, i.severity, i.status ORDER BY i.rule, i.severity, i.status";
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            List<IssueCount> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new IssueCount(rs.getString(1), Severity.parse(rs.getString(2)), IssueStatus.parse(rs.getString(3)),
                            rs.getLong(4)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot count validation issues", e);
        }
    }

    /** The issue, the lines it covers, and the rows {@code around} source rows either side of its first line. */
    public Optional<IssueDetail> detail(long id, int around) {
        Optional<ValidationIssue> found = find(id);
        if (found.isEmpty()) return Optional.empty();
        ValidationIssue issue = found.get();
        try (Connection c = workspace.connect()) {
            SourceRows rows = new SourceRows(c, workspace.onServer());
            List<SourceRow> lines = new ArrayList<>();
            List<SourceRow> neighbours = List.of();
            if (issue.rowId() != null) {
                List<Long> ids = new ArrayList<>(List.of(issue.rowId()));
                try (PreparedStatement ps = c.prepareStatement("SELECT row_id FROM validation_issue_row WHERE issue_id = ? ORDER BY row_id")) {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) ids.add(rs.getLong(1));
                    }
                }
                lines.addAll(rows.byIds(issue.fact(), ids));
            } else if (issue.batchId() != null && issue.sourceRow() != null) {
                lines.addAll(rows.quarantined(issue.batchId(), issue.sourceRow(), issue.sourceRow()));
            }
            if (issue.batchId() != null && issue.sourceRow() != null) {
                if (issue.rowId() == null) {
                    // a row never stored: its neighbours are the file's rows around it, stored or not
                    neighbours = rows.around(factOf(c, issue.batchId()), issue.batchId(), issue.sourceRow(), around);
                } else {
                    neighbours = rows.inBatch(issue.fact(), issue.batchId(), issue.sourceRow() - around, issue.sourceRow() + around);
                }
            }
            return Optional.of(new IssueDetail(issue, lines, neighbours));
        } catch (SQLException e) {
            throw new StoreException("cannot read the rows of validation issue " + id, e);
        }
    }

    /** The fact table a batch stored its lines in, or null when it has none the detail pane can show. */
    private static String factOf(Connection c, long batchId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT kind FROM import_batch WHERE id = ?")) {
            ps.setLong(1, batchId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return null;
                return switch (rs.getString(1)) {
                    case "sales" -> "sale";
                    case "sell_in" -> "sell_in";
                    default -> null;
                };
            }
        }
    }

    /** A score per stored batch; see {@link BatchQuality} for how it is counted. */
    public List<BatchQuality> quality() {
        // A line counts once in its batch however many findings cover it: an error line when an open or rejected error
        // does, else a warning line when an open warning does. One grouping on integer keys, where two DISTINCTs of text
        // keys and an EXCEPT were; still 10-12 s over the 10M-line workspace's 5.3M findings, so the screen scores the
        // batches only when the findings change, not on a change of its filters.
        String covers = "((i.severity = 'error' AND i.status IN ('open', 'rejected')) OR (i.severity = 'warning' AND i.status = 'open'))";
        String error = "CASE WHEN i.severity = 'error' THEN 1 ELSE 0 END";
        String sql = "WITH cov(batch, fact, line, error) AS ("
                + "SELECT i.batch_id, CASE WHEN i.row_id IS NULL THEN 'import' ELSE i.fact END, COALESCE(i.row_id, i.src_row), " + error
                + " FROM validation_issue i WHERE " + covers
                + " UNION ALL SELECT i.batch_id, i.fact, r.row_id, " + error + " FROM validation_issue_row r JOIN validation_issue i ON i.id = r.issue_id"
                + " WHERE " + covers + "), "
                + "covered AS (SELECT batch, MAX(error) AS error FROM cov GROUP BY batch, fact, line), "
                + "per_batch AS (SELECT batch, SUM(error) AS errors, SUM(1 - error) AS warnings FROM covered GROUP BY batch), "
                + "opened AS (SELECT batch_id AS batch, COUNT(*) AS n FROM validation_issue WHERE status = 'open' GROUP BY batch_id) "
                + "SELECT b.id, b.file_name, b.kind, b.rows_read, COALESCE(l.errors, 0), COALESCE(l.warnings, 0), COALESCE(o.n, 0), "
                + "b.validated_at IS NOT NULL FROM import_batch b LEFT JOIN per_batch l ON l.batch = b.id LEFT JOIN opened o ON o.batch = b.id "
                + "WHERE b.status = 'stored' ORDER BY b.id";
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            List<BatchQuality> out = new ArrayList<>();
            while (rs.next()) {
                long lines = rs.getLong(4);
                long errors = rs.getLong(5);
                long warnings = rs.getLong(6);
                out.add(new BatchQuality(rs.getLong(1), rs.getString(2), rs.getString(3), lines, errors, warnings, rs.getLong(7),
                        score(lines, errors, warnings), rs.getBoolean(8)));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot score the import batches", e);
        }
    }

    static double score(long lines, long errorLines, long warningLines) {
        if (lines <= 0) return 100.0;
        double clean = lines - errorLines - 0.25 * warningLines;
        return Math.round(Math.max(0, 1000.0 * clean / lines)) / 10.0;
    }

    private static String where(IssueFilter f, List<Object> args) {
        String c = conditions(f, args);
        return c.equals("1 = 1") ? "" : " WHERE " + c;
    }

    /** The filter as a condition over alias i ("1 = 1" when it keeps everything); its arguments go to {@code args}. */
    static String conditions(IssueFilter f, List<Object> args) {
        Map<String, Object> conditions = new LinkedHashMap<>();
        if (f.rule() != null) conditions.put("i.rule = ?", f.rule());
        if (f.severity() != null) conditions.put("i.severity = ?", f.severity().id());
        if (f.status() != null) conditions.put("i.status = ?", f.status().id());
        if (f.batchId() != null) conditions.put("i.batch_id = ?", f.batchId());
        if (conditions.isEmpty()) return "1 = 1";
        args.addAll(conditions.values());
        return String.join(" AND ", conditions.keySet());
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
    }

    private static ValidationIssue issue(ResultSet rs) throws SQLException {
        long batch = rs.getLong(2);
        Long batchId = rs.wasNull() ? null : batch;
        long row = rs.getLong(5);
        Long rowId = rs.wasNull() ? null : row;
        int src = rs.getInt(6);
        Integer srcRow = rs.wasNull() ? null : src;
        Message message = MessageJson.read(rs.getString(16), rs.getString(17));
        return new ValidationIssue(rs.getLong(1), batchId, rs.getString(3), rs.getString(4), rowId, srcRow, rs.getString(7),
                Severity.parse(rs.getString(8)), StoredWhy.english(rs.getString(9), message), IssueStatus.parse(rs.getString(10)),
                rs.getInt(11) == 1, rs.getInt(12), rs.getString(13), rs.getString(14), rs.getString(15), message);
    }
}
