package org.salestrack.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
