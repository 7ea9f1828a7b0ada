package org.salestrack.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;

/** Issue 12 #4 on the national store: a superseded query's statement is cancelled on the server, and only its own. */
class NationalCancelTest {
    @Test
    void aCancelStopsTheServersStatementAndNotTheNextCallers() throws Exception {
        NationalStore store = NationalStore.open(NationalServers.newDatabase());
        Workspace ws = store.workspace();
        Cancellation cancel = new Cancellation();
        Thread canceller = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                return;
            }
            cancel.cancel();
        });
        long start = System.nanoTime();
        canceller.start();
        assertThatThrownBy(() -> Cancellation.within(cancel, () -> {
            try (Connection c = ws.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_sleep(30)")) {
                return rs.next();
            }
        })).isInstanceOf(CancellationException.class);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2000);

        // the pooled connection is handed to the next caller; the old cancellation no longer reaches it
        Cancellation stale = new Cancellation();
        Cancellation.within(stale, () -> {
            try (Connection c = ws.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1")) {
                return rs.next();
            }
        });
        try (Connection c = ws.connect(); Statement s = c.createStatement()) {
            stale.cancel();
            try (ResultSet rs = s.executeQuery("SELECT pg_sleep(0.5), 42")) {
                rs.next();
                assertThat(rs.getInt(2)).isEqualTo(42);
            }
        }
    }
}
