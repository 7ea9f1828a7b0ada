package org.salestrack.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.explore.DatePreset;
import org.salestrack.model.Message;
import org.salestrack.model.cube.Slice;
import org.salestrack.task.TaskExecutor;
import org.salestrack.ui.I18n;
import org.salestrack.ui.StateManager;
import org.salestrack.ui.TestWorkspace;

/** Issue 12: a store failure reached the dashboard as the store's raw text; it is said in the reader's language now. */
class DashboardFailureTest {
    @TempDir
    Path dir;

    @Test
    void aFailingStoreIsSaidAsTheWorkspaceFailingNotAsItsRawText() throws Exception {
        TestWorkspace ws = TestWorkspace.create(dir, true);
        Slice span = ws.explore.span().orElseThrow();
        StateManager state = new StateManager(span.from(), span.to());
        state.applyPreset(DatePreset.ALL);
        DashboardViewModel vm = new DashboardViewModel(ws.explore, state, org.salestrack.ui.TestRequests.SHARED, TaskExecutor.SAME_THREAD, 0);
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.dataProperty().get().kpis().current().qty()).isPositive();

        // the rollups the dashboard reads disappear under it
        try (Connection c = ws.workspace.connect(); Statement s = c.createStatement()) {
            java.util.List<String> rollups = new java.util.ArrayList<>();
            try (java.sql.ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND (name LIKE 'cube%' OR name = 'sale_day')")) {
                while (rs.next()) rollups.add(rs.getString(1));
            }
            for (String t : rollups) s.executeUpdate("DROP TABLE " + t);
        }
        vm.reload();

        Message said = vm.errorProperty().get();
        assertThat(said).isNotNull();
        assertThat(said.key()).isEqualTo("error.store");
        assertThat(new I18n(I18n.CHINESE).get(said, said.english())).startsWith("工作区未能完成此操作（").endsWith("）；没有留下改了一半的数据。");
        assertThat(said.english()).startsWith("The workspace could not do it (").doesNotContain("Exception");
        vm.close();
    }
}
