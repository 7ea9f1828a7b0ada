package org.salestrack.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * What a file is before it is opened as a workspace, found without writing to it (read-only, and immutable when
 * it has no write-ahead log, so not even -shm/-wal files appear): a new file, an SQLite database that passes
 * the check, has the migration history and was not written by a newer app. Anything else is refused with a
 * {@link WorkspaceRefusedException} that names the file.
 *
 * <p>The check is {@code PRAGMA quick_check} for a file up to {@link #WHOLE_CHECK_BYTES} and for any file a session
 * left with a write-ahead log (it did not close: a kill, a crash, a full disk). A bigger file that was closed is
 * checked by its structure: its page count against its size and every table's root page read. quick_check reads
 * every page, 7 s of CPU on a 2.5 GB workspace of 10M lines at every launch; backups and restores still check whole.
 */
final class WorkspaceCheck {
    private static final byte[] MAGIC = SqliteFile.MAGIC;
    /** SQLite's smallest page: an encrypted database is whole pages, so a file of another size is no database at all */
    private static final int MIN_PAGE = 512;
    static final long WHOLE_CHECK_BYTES = 256L << 20;

    /**
     * @param fresh no workspace there yet; {@code pending}: migrations this app will apply; {@code sqlite}: how to
     *     connect to it (keyed when encrypted), null when there is no file yet
     */
    record Found(boolean fresh, List<String> pending, SqliteFile sqlite) {}

    private WorkspaceCheck() {}

    /**
     * An encrypted file (no SQLite header) needs {@code key}; without it, or with one that does not decrypt it, it is
     * refused untouched. A plain file opens without a key, whatever {@code key} says.
     */
    static Found inspect(Path file, Passphrase key, java.util.function.Function<DataSource, Flyway> flyway) {
        return inspect(file, key, flyway, WHOLE_CHECK_BYTES);
    }

    /** @param wholeUpTo files up to this size (and any with a write-ahead log holding data) get a whole quick_check */
    static Found inspect(Path file, Passphrase key, java.util.function.Function<DataSource, Flyway> flyway, long wholeUpTo) {
        if (!Files.exists(file)) return new Found(true, List.of(), null);
        byte[] head = new byte[MAGIC.length];
        int n;
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
            size = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (n == 0) return new Found(true, List.of(), null);
        SqliteFile sqlite;
        if (n == MAGIC.length && Arrays.equals(head, MAGIC)) {
            sqlite = SqliteFile.plain(file);
        } else if (size < MIN_PAGE || size % MIN_PAGE != 0) {
            throw new WorkspaceRefusedException(file, WorkspaceRefusedException.Reason.NOT_SQLITE, null);
        } else if (key == null) {
            throw new WorkspaceRefusedException(file, WorkspaceRefusedException.Reason.PASSPHRASE_NEEDED, null);
        } else {
            sqlite = SqliteFile.keyed(file, key);
        }
        try (Connection c = sqlite.readOnly(); Statement s = c.createStatement()) {
            List<String> problems = size <= wholeUpTo || walHasData(file) ? quickCheck(s) : structure(s, size, sqlite.encrypted());
            if (!problems.equals(List.of("ok"))) {
                throw new WorkspaceRefusedException(file, WorkspaceRefusedException.Reason.CORRUPT, "quick_check: " + String.join("; ", problems));
            }
            boolean history;
            boolean anyTable;
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*), COALESCE(SUM(name = 'flyway_schema_history'), 0) FROM sqlite_master WHERE type = 'table'")) {
                anyTable = rs.getInt(1) > 0;
                history = rs.getInt(2) > 0;
            }
            if (!anyTable) return new Found(true, List.of(), sqlite);
            if (!history) {
                throw new WorkspaceRefusedException(file, WorkspaceRefusedException.Reason.NOT_WORKSPACE, "it has tables but no migration history");
            }
        } catch (SQLException e) {
            String m = String.valueOf(e.getMessage());
            if (sqlite.encrypted() && m.contains("SQLITE_NOTADB")) {
                throw new WorkspaceRefusedException(file, WorkspaceRefusedException.Reason.WRONG_PASSPHRASE, null);
            }
            if (m.contains("SQLITE_NOTADB") || m.contains("SQLITE_CORRUPT")) {
                throw new WorkspaceRefusedException(file, WorkspaceRefusedException.Reason.CORRUPT, m);
            }
            throw new StoreException("cannot check workspace " + file + ": " + m, e);
        }
        List<String> pending = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        String newest = "0";
        Flyway readOnly = flyway.apply(sqlite.dataSource(true));
        for (MigrationInfo m : readOnly.info().all()) {
            MigrationState st = m.getState();
            String v = m.getVersion() == null ? "?" : m.getVersion().getVersion();
            if (st == MigrationState.PENDING || st == MigrationState.OUTDATED) pending.add(v);
            else if (st == MigrationState.FUTURE_SUCCESS || st == MigrationState.FUTURE_FAILED || st == MigrationState.MISSING_SUCCESS
                    || st == MigrationState.MISSING_FAILED) unknown.add(v);
            else if (m.getVersion() != null && m.getVersion().isNewerThan(newest)) newest = v;
        }
        if (!unknown.isEmpty()) {
            throw new WorkspaceRefusedException(file, WorkspaceRefusedException.Reason.NEWER,
                    "schema versions " + String.join(", ", unknown) + " are unknown to this version, which knows up to " + newest);
        }
        // an up-to-date schema is validated here (applied migrations unchanged, as migrate would check), on the
        // history just read, so the open does not run Flyway a second time to find there is nothing to do
        if (pending.isEmpty()) readOnly.validate();
        return new Found(false, pending, sqlite);
    }

    private static List<String> quickCheck(Statement s) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
            while (rs.next() && problems.size() < 3) problems.add(rs.getString(1));
        }
        return problems;
    }

    /** The file as long as its pages say, and every table's root page readable: what a cut or overwritten header or root shows. */
    private static List<String> structure(Statement s, long size, boolean encrypted) throws SQLException {
        long pages;
        long pageSize;
        try (ResultSet rs = s.executeQuery("PRAGMA page_count")) {
            pages = rs.getLong(1);
        }
        try (ResultSet rs = s.executeQuery("PRAGMA page_size")) {
            pageSize = rs.getLong(1);
        }
        if (!encrypted && pages * pageSize != size) return List.of("the file holds " + size + " bytes, its pages " + pages * pageSize);
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage > 0")) {
            while (rs.next()) tables.add(rs.getString(1));
        }
        // NOT INDEXED: the table's own tree, which a query selecting a constant would skip for its smallest index
        for (String t : tables) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM \"" + t.replace("\"", "\"\"") + "\" NOT INDEXED LIMIT 1")) {
                rs.next();
            }
        }
        return List.of("ok");
    }

    private static boolean walHasData(Path file) {
        Path wal = Path.of(file + "-wal");
        try {
            return Files.exists(wal) && Files.size(wal) > 0;
        } catch (IOException e) {
            return true;
        }
    }

    /** A connection URL that cannot write: immutable (no locks, no side files) unless a write-ahead log holds data. */
    static String readOnlyUrl(Path file) {
        boolean walData = walHasData(file);
        return "jdbc:sqlite:file:" + SqliteFile.uriPath(file) + (walData ? "?mode=ro" : "?mode=ro&immutable=1");
    }
}
