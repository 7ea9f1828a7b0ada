package org.salestrack.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Backups of a workspace: {@code VACUUM INTO} a temporary file beside the target (one read transaction, so the
 * copy is a consistent snapshot even while another connection imports; WAL readers do not block the writer),
 * checked with quick_check, then moved into place atomically, so a kill or a full disk never leaves a half
 * backup under the target's name. Restore and the automatic copy before a migration go the same way.
 */
final class WorkspaceBackup {
    private static final String MIGRATION_SUFFIX = ".bak";
    private static final String MIGRATION_INFIX = ".before-migration-";

    private WorkspaceBackup() {}

    static long backup(Workspace ws, Path out) {
        refuseSame(ws.file(), out);
        try (Connection c = ws.connect()) {
            long size = vacuumInto(c, ws.sqlite(), out);
            AuditLog.record(c, "export", out.toAbsolutePath().toString(), "workspace backup, " + size + " bytes");
            return size;
        } catch (SQLException e) {
            throw new StoreException("cannot back up " + ws.file() + " to " + out + ": " + e.getMessage(), e);
        }
    }

    /** Copies a workspace about to be migrated, read-only, to {@code W.before-migration-V<n>.bak}. */
    static void beforeMigration(SqliteFile sqlite, List<String> pending) {
        Path file = sqlite.file();
        Path out = Path.of(file + MIGRATION_INFIX + "V" + pending.get(pending.size() - 1) + MIGRATION_SUFFIX);
        try (Connection c = sqlite.readOnly()) {
            vacuumInto(c, sqlite, out);
        } catch (SQLException e) {
            throw new StoreException("cannot keep a copy of " + file + " before migrating it (" + e.getMessage() + "); it was not migrated", e);
        }
    }

    /** The copies made before earlier migrations: dropped once the workspace opened again with nothing to migrate. */
    static void dropMigrationBackups(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        String prefix = file.getFileName() + MIGRATION_INFIX;
        try (DirectoryStream<Path> kept = Files.newDirectoryStream(dir, p -> p.getFileName().toString().startsWith(prefix)
                && p.getFileName().toString().endsWith(MIGRATION_SUFFIX))) {
            for (Path p : kept) Files.deleteIfExists(p);
        } catch (IOException e) {
            // a copy that stays is harmless; the next open tries again
        }
    }

    /** An encrypted backup needs its {@code passphrase}; the restored workspace keeps the backup's key. */
    static Path restore(Path from, Path target, Passphrase passphrase) {
        refuseSame(from, target);
        // a backup is checked whole, whatever its size: it is about to replace a workspace
        SqliteFile source = WorkspaceCheck.inspect(from, passphrase, Workspace::flyway, Long.MAX_VALUE).sqlite();
        Path dir = target.toAbsolutePath().getParent();
        Path kept = null;
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".restore-", ".part");
            try {
                try (Connection c = source.readOnly()) {
                    Files.delete(tmp);
                    vacuumIntoFile(c, tmp);
                }
                quickCheck(source.at(tmp));
                if (Files.exists(target) && Files.size(target) > 0) {
                    SqliteFile replaced = WorkspaceCheck.inspect(target, passphrase, Workspace::flyway).sqlite();
                    kept = Path.of(target + ".before-restore-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".bak");
                    try (Connection c = replaced.connect(); Statement s = c.createStatement()) {
                        vacuumInto(c, replaced, kept);
                        // fold the write-ahead log into the file and empty it: a stale log must never meet the restored file
                        s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                    }
                    Files.deleteIfExists(Path.of(target + "-wal"));
                    Files.deleteIfExists(Path.of(target + "-shm"));
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restore " + from + " to " + target + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new StoreException("cannot restore " + from + " to " + target + ": " + e.getMessage(), e);
        }
        Workspace restored = Workspace.open(target, passphrase);
        new AuditLog(restored).record("restore", target.toAbsolutePath().toString(), "from " + from.toAbsolutePath()
                + (kept == null ? "" : "; the replaced workspace is kept as " + kept.toAbsolutePath()));
        return kept;
    }

    /** A copy of an encrypted workspace stays encrypted under the same key (SQLite3 Multiple Ciphers' VACUUM INTO). */
    private static long vacuumInto(Connection c, SqliteFile source, Path out) throws SQLException {
        Path dir = out.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".backup-", ".part");
            try {
                Files.delete(tmp);
                vacuumIntoFile(c, tmp);
                quickCheck(source.at(tmp));
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return Files.size(out);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    private static void vacuumIntoFile(Connection c, Path tmp) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("VACUUM INTO '" + tmp.toAbsolutePath().toString().replace("'", "''") + "'");
        }
    }

    static void quickCheck(SqliteFile copy) throws SQLException {
        try (Connection c = copy.readOnly(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
            String r = rs.next() ? rs.getString(1) : "no answer";
            if (!"ok".equals(r)) throw new StoreException("the copy " + copy.file() + " does not pass quick_check: " + r);
        }
    }

    private static void refuseSame(Path a, Path b) {
        try {
            if (Files.exists(b) && Files.isSameFile(a, b)) throw new IllegalArgumentException(b + " is the workspace itself");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
