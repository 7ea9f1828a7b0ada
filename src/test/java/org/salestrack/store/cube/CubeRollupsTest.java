package org.salestrack.store.cube;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.ingest.ImportResult;
import org.salestrack.store.Batches;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import org.salestrack.ui.TestWorkspace;

/** After an import or an undo, rebuilding only the changed months must leave every rollup as a whole rebuild would. */
class CubeRollupsTest {
    @TempDir
    Path dir;

    @Test
    void refreshingTheChangedMonthsEqualsAWholeRebuild() throws Exception {
        TestWorkspace ws = TestWorkspace.create(dir, true);
        CubeRollups rollups = new CubeRollups(ws.workspace);
        Map<String, List<String>> before = dump(ws);
        assertThat(before.get("cube_ss_week")).isNotEmpty();

        ImportResult extra = ws.imports.importFile(TestWorkspace.copy("sales-extra.csv", dir), null, ProgressListener.NONE, Cancellation.none());
        assertThat(rollups.stale()).isTrue();
        assertThat(rollups.refresh(Cancellation.none())).isTrue();
        Map<String, List<String>> incremental = dump(ws);
        assertThat(incremental).isNotEqualTo(before);
        rollups.rebuild(Cancellation.none());
        assertThat(dump(ws)).isEqualTo(incremental);

        new Batches(ws.workspace).undo(extra.batchId());
        assertThat(rollups.refresh(Cancellation.none())).isTrue();
        assertThat(dump(ws)).isEqualTo(before);
        assertThat(rollups.refresh(Cancellation.none())).isFalse();
    }

    @Test
    void changedMonthsComeInRuns() {
        var a = Map.of(java.time.YearMonth.of(2025, 1), "x", java.time.YearMonth.of(2025, 2), "y", java.time.YearMonth.of(2025, 5), "z");
        var b = Map.of(java.time.YearMonth.of(2025, 1), "x", java.time.YearMonth.of(2025, 2), "Y", java.time.YearMonth.of(2025, 3), "n",
                java.time.YearMonth.of(2025, 7), "n");
        List<String> runs = new ArrayList<>();
        for (var r : MonthSignatures.changedRuns(new TreeMap<>(a), new TreeMap<>(b))) runs.add(r[0] + ".." + r[1]);
        assertThat(runs).containsExactly("2025-02..2025-03", "2025-05..2025-05", "2025-07..2025-07");
    }

    private static Map<String, List<String>> dump(TestWorkspace ws) throws SQLException {
        Map<String, List<String>> out = new TreeMap<>();
        try (Connection c = ws.workspace.connect(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'cube\\_%' ESCAPE '\\' "
                    + "AND name NOT IN ('cube_state', 'cube_month_sig')")) {
                while (rs.next()) tables.add(rs.getString(1));
            }
            assertThat(tables).hasSizeGreaterThanOrEqualTo(18);
            for (String t : tables) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + t + " ORDER BY 1, 2, 3, 4")) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= md.getColumnCount(); i++) row.append(rs.getString(i)).append('|');
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                out.put(t, rows);
            }
        }
        return out;
    }
}
