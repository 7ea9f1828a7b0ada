package org.salestrack.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WalCheckpointsTest {
    @TempDir Path dir;

    @Test
    void aBigCommitIsNotKeptWaitingForTheCheckpointWhichFollowsBesideIt() throws Exception {
        Path file = dir.resolve("w.db");
        Path log = dir.resolve("w.db-wal");
        Workspace ws = Workspace.open(file);
        // a second connection stays open, as the workbench's do: the writer's close is not the last one (which checkpoints)
        try (Connection other = ws.connect()) {
            long before = Files.size(file);
            try (Connection c = ws.connect(); Statement s = c.createStatement()) {
                c.setAutoCommit(false);
                s.executeUpdate("CREATE TABLE filler(x BLOB)");
                s.executeUpdate("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
                        + "INSERT INTO filler SELECT randomblob(400) FROM n");
                c.commit();
                // SQLite's automatic checkpoint would have copied the log into the file inside that commit
                assertEquals(before, Files.size(file), "the commit copied pages into the file");
                assertTrue(Files.size(log) > WalCheckpoints.LOG_BYTES, "the log holds the transaction");
            }
            long deadline = System.nanoTime() + 15_000_000_000L;
            while (Files.size(file) < before + 8_000_000 && System.nanoTime() < deadline) Thread.sleep(50);
            assertTrue(Files.size(file) >= before + 8_000_000, "no checkpoint copied the 8 MB into the file: " + Files.size(file));
            try (Statement s = other.createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM filler")) {
                rs.next();
                assertEquals(20_000, rs.getLong(1));
            }
        } finally {
            ws.close();
        }
    }

    /**
     * SQLite folds the log into the file when the last connection closes, on the closing thread: a plain workspace's
     * connections are per call, so a writer's close did it. The workbench keeps one open ({@link Workspace#keepOpen}):
     * the writer's close leaves the log, the checkpoint beside the work folds it in, and the workspace's close ends it.
     */
    @Test
    void aWorkspaceKeptOpenFoldsItsLogBesideTheWorkNotInTheWritersClose() throws Exception {
        Workspace alone = Workspace.open(dir.resolve("alone.db"));
        fill(alone, 100);
        assertFalse(Files.exists(dir.resolve("alone.db-wal")), "without a kept connection the writer's close folded the log in and removed it");
        alone.close();

        Path file = dir.resolve("kept.db");
        Path log = dir.resolve("kept.db-wal");
        Workspace ws = Workspace.open(file);
        ws.keepOpen();
        long before = Files.size(file);
        fill(ws, 20_000);
        assertTrue(Files.size(log) > 8_000_000, "the writer's close left the log: " + Files.size(log));
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (Files.size(file) < before + 8_000_000 && System.nanoTime() < deadline) Thread.sleep(50);
        assertTrue(Files.size(file) >= before + 8_000_000, "the checkpoint beside the work copied the 8 MB into the file: " + Files.size(file));
        assertTrue(Files.exists(log), "the kept connection keeps the log");
        ws.close();
        assertFalse(Files.exists(log), "the workspace's close folded the log in and removed it");
        assertEquals(20_000, count(file, null));
    }

    /** The file replaced under a kept connection (encrypted here): it is closed before and kept again after, on the new file. */
    @Test
    void theKeptConnectionFollowsTheFileWhenItIsReplaced() throws Exception {
        Path file = dir.resolve("secret.db");
        Workspace ws = Workspace.open(file);
        ws.keepOpen();
        fill(ws, 100);
        ws.encrypt("correct horse battery");
        fill(ws, 50);
        assertTrue(Files.exists(dir.resolve("secret.db-wal")), "a connection is kept on the encrypted file");
        ws.close();
        assertFalse(Files.exists(dir.resolve("secret.db-wal")));
        assertEquals(150, count(file, "correct horse battery"));
    }

    /** Writes {@code rows} rows of 400 bytes through one connection of {@code ws}, which it closes. */
    private static void fill(Workspace ws, int rows) throws Exception {
        try (Connection c = ws.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE IF NOT EXISTS filler(x BLOB)");
            s.executeUpdate("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + rows + ") "
                    + "INSERT INTO filler SELECT randomblob(400) FROM n");
        }
    }

    private static long count(Path file, String passphrase) throws Exception {
        try (Workspace ws = Workspace.open(file, passphrase); Connection c = ws.connect(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT COUNT(*) FROM filler")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
