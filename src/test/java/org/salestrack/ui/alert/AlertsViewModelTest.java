package org.salestrack.ui.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.alert.AlertService;
import org.salestrack.model.Alert;
import org.salestrack.store.Workspace;
import org.salestrack.ui.OneQueryThread;
import org.salestrack.ui.RequestScheduler;

/**
 * Issue 12: the alert centre's load runs on the workbench's latest-request scheduling, so a reload stops the load it
 * supersedes (its statement too) and only the latest list reaches the screen. No window: the view model alone.
 */
class AlertsViewModelTest {

    @TempDir
    Path dir;

    private final RequestScheduler requests = new RequestScheduler();
    /** The one thread the screen's loads share, as busy as the workbench's task thread when a load hogs it. */
    private final OneQueryThread oneThread = new OneQueryThread("test-alerts");

    @AfterEach
    void stop() {
        requests.close();
        oneThread.close();
    }

    private static void sql(Workspace ws, String... statements) throws Exception {
        try (Connection c = ws.connect(); Statement s = c.createStatement()) {
            for (String q : statements) s.execute(q);
        }
    }

    @Test
    void aSupersededLoadStopsAndOnlyTheLatestListIsShown() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("ws.db"));
        sql(ws, "INSERT INTO alert (id, at, kind, severity, message, status) VALUES (1, '2025-11-03T09:00', 'sales_drop', 'warning', 'first', 'open')",
                // the alert list read through a view that, while the knob is up, first runs a query of minutes
                "ALTER TABLE alert RENAME TO alert_stored",
                "CREATE TABLE knob (slow INTEGER NOT NULL)",
                "INSERT INTO knob VALUES (1)",
                "CREATE VIEW alert AS SELECT * FROM alert_stored WHERE CASE WHEN (SELECT slow FROM knob) = 1 THEN (" + OneQueryThread.SLOW_SQL + ") > 0 ELSE 1 END");
        AlertsViewModel vm = new AlertsViewModel(new AlertService(ws), requests, oneThread);
        List<List<Long>> shownLists = new CopyOnWriteArrayList<>();
        vm.shown().addListener((ListChangeListener<Alert>) c -> shownLists.add(vm.shown().stream().map(Alert::id).toList()));

        vm.reload();
        Thread.sleep(500);
        // still reading: the slow statement holds the one thread
        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(shownLists).isEmpty();

        sql(ws, "UPDATE knob SET slow = 0",
                "INSERT INTO alert_stored (id, at, kind, severity, message, status) VALUES (2, '2025-11-04T09:00', 'sales_drop', 'error', 'second', 'open')");
        long supersededAt = System.nanoTime();
        vm.reload();
        long end = supersededAt + TimeUnit.SECONDS.toNanos(10);
        while (shownLists.isEmpty() && System.nanoTime() < end) Thread.sleep(10);
        long tookMillis = (System.nanoTime() - supersededAt) / 1_000_000;

        // the latest load ran on the one thread, so the superseded statement had stopped: well before its minutes
        assertThat(tookMillis).isLessThan(2000);
        Thread.sleep(200);
        // one list reached the screen, the latest one (errors first): the superseded load delivered nothing
        assertThat(shownLists).containsExactly(List.of(2L, 1L));
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.busyProperty().get()).isFalse();
    }
}
