package org.salestrack.store;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/** Workspaces as a user leaves them after closing the app, and the damage a disk can do to them. */
public final class ClosedWorkspaces {
    private ClosedWorkspaces() {}

    /** A new workspace, closed and checkpointed: the main file holds everything and no log is left. */
    public static Path closed(Path file) throws Exception {
        Workspace.open(file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            s.execute("PRAGMA journal_mode=DELETE");
        }
        Files.deleteIfExists(Path.of(file + "-wal"));
        Files.deleteIfExists(Path.of(file + "-shm"));
        return file;
    }

    /**
     * Overwrites the b-tree header of the root page that {@code rootQuery} names (a SELECT of one rootpage from
     * sqlite_master) with page type {@code type} and impossible counts.
     */
    public static void damageRoot(Path file, String rootQuery, int type) throws Exception {
        int pageSize;
        int root;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA page_size")) {
                pageSize = rs.getInt(1);
            }
            try (ResultSet rs = s.executeQuery(rootQuery)) {
                root = rs.getInt(1);
            }
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek((long) (root - 1) * pageSize);
            raf.write(new byte[] {(byte) type, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF});
        }
    }
}
