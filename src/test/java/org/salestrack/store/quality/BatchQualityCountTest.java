package org.salestrack.store.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.model.BatchQuality;
import org.salestrack.store.Workspace;

/**
 * The batch scores count each covered line once per batch, as the Data quality screen's batch table shows them:
 * planted findings of every shape (several on one line, an error and a warning on one line, lines listed beside a
 * finding's first, findings on an import row without a stored line, another fact's rows, reviewed ones), counted by
 * hand and by the query the store used before, which grouped text keys.
 */
class BatchQualityCountTest {
    @TempDir
    Path dir;

    /** The scores' query before issue 23's rewrite: the independent reference. */
    private static final String BEFORE = "WITH cov AS (SELECT i.batch_id AS batch, i.severity AS severity, i.status AS status, "
            + "COALESCE(i.fact || ':' || i.row_id, 'import:' || i.src_row) AS line FROM validation_issue i "
            + "UNION ALL SELECT i.batch_id, i.severity, i.status, i.fact || ':' || r.row_id FROM validation_issue_row r "
            + "JOIN validation_issue i ON i.id = r.issue_id), "
            + "err AS (SELECT DISTINCT batch, line FROM cov WHERE severity = 'error' AND status IN ('open', 'rejected')), "
            + "warn AS (SELECT DISTINCT batch, line FROM cov WHERE severity = 'warning' AND status = 'open' EXCEPT SELECT batch, line FROM err) "
            + "SELECT b.id, (SELECT COUNT(*) FROM err WHERE err.batch = b.id), (SELECT COUNT(*) FROM warn WHERE warn.batch = b.id), "
            + "(SELECT COUNT(*) FROM validation_issue i WHERE i.batch_id = b.id AND i.status = 'open') "
            + "FROM import_batch b WHERE b.status = 'stored' ORDER BY b.id";

    @Test
    void eachCoveredLineCountsOnceAsAnErrorOrAWarning() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("w.db"));
        try (Connection c = ws.connect(); Statement s = c.createStatement()) {
            for (Object[] b : new Object[][] {{1, 100, "stored"}, {2, 50, "stored"}, {3, 40, "undone"}}) {
                s.executeUpdate("INSERT INTO import_batch(id, file_name, sha256, kind, profile, rows_read, status, started_at) VALUES ("
                        + b[0] + ", 'f" + b[0] + ".csv', 'h" + b[0] + "', 'sales', 'p', " + b[1] + ", '" + b[2] + "', '2026-12-06T00:00')");
            }
            // id, batch, fact, row_id, src_row, severity, status
            Object[][] findings = {
                    {1, 1, "sale", 10, 2, "error", "open"},
                    {2, 1, "sale", 10, 2, "warning", "open"},      // the line is an error line already
                    {3, 1, "sale", 11, 3, "warning", "open"},
                    {4, 1, "sale", 11, 3, "warning", "open"},      // a second warning on the same line
                    {5, 1, "sale", 12, 4, "error", "accepted"},    // reviewed: its line counts again
                    {6, 1, "sale", 13, 5, "error", "rejected"},    // rejected: an error line for good
                    {7, 1, "sale", 14, 6, "warning", "accepted"},
                    {8, 1, "sale", 20, 7, "error", "open"},        // lists 21, 22 and 10 beside its first line
                    {9, 1, "sale", null, 5, "error", "open"},      // an import row without a stored line
                    {10, 1, "sale", null, 5, "warning", "open"},   // the same import row
                    {11, 1, "sale", null, 6, "warning", "open"},
                    {12, 1, "inventory", 10, 8, "error", "open"},  // another fact's row 10: a line of its own
                    {13, 1, "sale", 30, 9, "info", "open"},        // open, but neither an error nor a warning
                    {14, 2, "sale", 50, 2, "warning", "open"},
                    {15, 3, "sale", 60, 2, "error", "open"},       // an undone batch is not scored
            };
            for (Object[] f : findings) {
                s.executeUpdate("INSERT INTO validation_issue(id, batch_id, fact, row_id, src_row, rule, severity, why, status, at) VALUES ("
                        + f[0] + ", " + f[1] + ", '" + f[2] + "', " + f[3] + ", " + f[4] + ", 'r', '" + f[5] + "', 'w', '" + f[6]
                        + "', '2026-12-06T00:00')");
            }
            s.executeUpdate("INSERT INTO validation_issue_row(issue_id, row_id) VALUES (8, 21), (8, 22), (8, 10)");
        }

        List<BatchQuality> scores = new IssueQueries(ws).quality();

        // batch 1: error lines sale 10, 13, 20, 21, 22, import row 5, inventory 10; warning lines sale 11, import row 6
        assertThat(scores).extracting(BatchQuality::batchId, BatchQuality::errorLines, BatchQuality::warningLines, BatchQuality::openIssues,
                BatchQuality::score).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, 7L, 2L, 10L, 92.5),
                org.assertj.core.groups.Tuple.tuple(2L, 0L, 1L, 1L, 99.5));
        List<List<Long>> before = new ArrayList<>();
        try (Connection c = ws.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(BEFORE)) {
            while (rs.next()) before.add(List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
        }
        assertThat(scores.stream().map(b -> List.of(b.batchId(), b.errorLines(), b.warningLines(), b.openIssues())).toList())
                .isEqualTo(before);
    }
}
