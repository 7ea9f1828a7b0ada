package org.salestrack.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace file is encrypted, decrypted or rekeyed only while no connection is open on it: a connection open
 * across the rewrite (an import storing its lines) would go on writing to the old file and lose what it wrote.
 * Held open, the change is refused and the file is unchanged; closed, the change goes through and what the
 * connection wrote is in the new file.
 */
class WorkspaceAloneTest {
    @TempDir
    Path dir;

    @Test
    void aChangeWaitsForTheOpenConnectionsAndIsRefusedWhileOneStaysOpen() throws Exception {
        Path file = dir.resolve("w.db");
        Workspace ws = Workspace.open(file);
        Connection held = ws.connect();
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> ws.alone(200, () -> { throw new AssertionError("ran with a connection open"); }))
                .isInstanceOf(Workspace.WorkspaceBusyException.class).hasMessageContaining("in use");
        // the menu's and the CLI's change: refused after its wait, the file as it was
        assertThatThrownBy(() -> ws.encrypt("a passphrase")).hasMessageContaining("in use").hasMessageContaining("it was not changed");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Workspace.encrypted(file)).isFalse();

        // the import finishes a moment later: the change waits for it, and its line is in the encrypted file
        CountDownLatch started = new CountDownLatch(1);
        Thread importer = new Thread(() -> {
            try (Statement s = held.createStatement()) {
                started.countDown();
                Thread.sleep(300);
                s.executeUpdate("INSERT INTO setting(key, value) VALUES ('probe', 'written before the change')");
                held.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        importer.start();
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        ws.encrypt("a passphrase");
        importer.join();
        assertThat(Workspace.encrypted(file)).isTrue();
        try (Workspace again = Workspace.open(file, "a passphrase"); Connection c = again.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT value FROM setting WHERE key = 'probe'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("written before the change");
        }
    }
}
