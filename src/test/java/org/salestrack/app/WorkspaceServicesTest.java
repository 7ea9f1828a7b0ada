package org.salestrack.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.store.Workspace;
import org.salestrack.ui.start.OpenedWorkspace;

/** The workbench's open keeps a connection for its session; its close (as the app exits) leaves the file whole. */
class WorkspaceServicesTest {
    @TempDir Path dir;

    @Test
    void theWorkbenchSessionKeepsTheLogUntilItCloses() throws Exception {
        Path file = dir.resolve("w.db");
        Path log = dir.resolve("w.db-wal");
        OpenedWorkspace opened = WorkspaceServices.open(file);
        // another writer of the file, whose connections are per call: its close is not the file's last while the session lasts
        try (Workspace other = Workspace.open(file)) {
            try (Connection c = other.connect(); Statement s = c.createStatement()) {
                s.executeUpdate("CREATE TABLE note(x TEXT)");
                s.executeUpdate("INSERT INTO note VALUES ('kept')");
            }
            assertTrue(Files.exists(log), "the session's connection keeps the log");
        }
        opened.close();
        assertFalse(Files.exists(log), "closing the session folded the log into the file");
        try (Workspace again = Workspace.open(file); Connection c = again.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT x FROM note")) {
            assertTrue(rs.next());
            assertEquals("kept", rs.getString(1));
        }
    }
}
