package org.salestrack.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.task.Cancellation;

/** Issue 23: Cancel waited for a 5-15 s read of the sale lines to end; it must stop the statement itself. */
class InterruptTest {
    @TempDir
    Path tmp;

    @Test
    void aCancelStopsARunningStatementWithinAMoment() throws Exception {
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        Workspace ws = Workspace.open(tmp.resolve("ws.db"));
        Cancellation cancel = new Cancellation();
        long[] cancelledAt = new long[1];
        Thread canceller = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                return;
            }
            cancelledAt[0] = System.nanoTime();
            cancel.cancel();
        });
        canceller.start();
        assertThatThrownBy(() -> {
            try (Connection c = ws.connect(); Statement s = c.createStatement()) {
                Interrupt.on(c, cancel);
                // billions of steps: minutes if nothing stops it
                try (ResultSet rs = s.executeQuery("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000000000) "
                        + "SELECT SUM(i) FROM n")) {
                    rs.next();
                }
            } catch (SQLException e) {
                throw Interrupt.failure(e, cancel, "reading");
            }
        }).isInstanceOf(CancellationException.class);
        long stoppedAfterMillis = (System.nanoTime() - cancelledAt[0]) / 1_000_000;
        assertThat(cancelledAt[0]).isPositive();
        assertThat(stoppedAfterMillis).isLessThan(1000);
    }

    @Test
    void withoutACancelTheStatementRunsToItsEnd() throws Exception {
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        Workspace ws = Workspace.open(tmp.resolve("ws.db"));
        try (Connection c = ws.connect(); Statement s = c.createStatement()) {
            Interrupt.on(c, new Cancellation());
            try (ResultSet rs = s.executeQuery("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000) SELECT SUM(i) FROM n")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(200000L * 200001 / 2);
            }
        }
    }
}
