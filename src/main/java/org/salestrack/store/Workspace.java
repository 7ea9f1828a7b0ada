package org.salestrack.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.salestrack.model.Provinces;
import org.salestrack.store.sqlite.SqliteSalesSql;
import javax.sql.DataSource;

/**
 * One workspace: a single SQLite file in WAL mode with foreign keys on, migrated by Flyway on open.
 * Connections are cheap; each caller takes its own and closes it.
 */
public final class Workspace implements AutoCloseable {
    /** Connections to a server store, for a workspace that is not a file. */
    @FunctionalInterface
    public interface Connector {
        Connection connect() throws SQLException;
    }

    private final Path file;
    private final String url;
    /** how the file is connected to, keyed when encrypted; replaced when the file is encrypted, decrypted or rekeyed */
    private volatile SqliteFile sqlite;
    /** held while the file is replaced and its key switched, so no connection is opened to the one with the other's key */
    private final java.util.concurrent.locks.ReentrantReadWriteLock swap = new java.util.concurrent.locks.ReentrantReadWriteLock();
    /** the file's connections, counted; an encrypted file's kept for reuse (their decrypted page caches) */
    private final LentConnections lent;
    /** null on a server store */
    private final WalCheckpoints checkpoints;
    /** the connection {@link #keepOpen} holds until {@link #close}; null when none is held */
    private Connection kept;
    /** null for a SQLite file; the national store's connections otherwise (issue 21) */
    private final Connector server;
    private final SalesSql sql;

    private Workspace(SqliteFile sqlite) {
        this.file = sqlite.file();
        this.url = "jdbc:sqlite:" + file.toAbsolutePath();
        this.sqlite = sqlite;
        this.server = null;
        this.sql = SqliteSalesSql.INSTANCE;
        this.checkpoints = new WalCheckpoints(file, this::connect);
        this.lent = new LentConnections(4, checkpoints::connectionReturned);
    }

    private Workspace(String name, Connector server, SalesSql sql) {
        this.file = null;
        this.url = name;
        this.sqlite = null;
        this.server = server;
        this.sql = sql;
        this.checkpoints = null;
        this.lent = new LentConnections(4, () -> {});
    }

    /**
     * A server store (the national store on PostgreSQL) read through the same queries as a workspace file:
     * its connections from {@code server}, its SQL in its own dialect. It has no file: commands that need one refuse it.
     */
    public static Workspace onServer(String name, Connector server, SalesSql sql) {
        return new Workspace(name, server, sql);
    }

    /** Whether this is a server store rather than a workspace file. */
    public boolean onServer() { return server != null; }

    /** What the user named: the file, or the server's address. */
    public String name() { return server != null ? url : file.toString(); }

    /** Where the data lives, as a workbook's provenance states it: the file's absolute path, or the server's address. */
    public String location() { return server != null ? url : file.toAbsolutePath().toString(); }

    /** The default workspace of DESIGN.md: ~/.salestrack/workspace.db. */
    public static Path defaultFile() {
        return Path.of(System.getProperty("user.home"), ".salestrack", "workspace.db");
    }

    /**
     * Opens (creating if needed) and migrates the workspace at {@code file}. A file that is not a workspace, is
     * damaged or was written by a newer app is refused untouched ({@link WorkspaceRefusedException}); before
     * migrating an existing workspace a copy is kept beside it until the next open that has nothing to migrate.
     */
    public static Workspace open(Path file) {
        return open(file, (Passphrase) null);
    }

    /**
     * As {@link #open(Path, Passphrase)}, the passphrase as typed or read (a trailing line break dropped); null or
     * empty: none.
     */
    public static Workspace open(Path file, String passphrase) {
        return open(file, passphrase, p -> {});
    }

    /** As {@link #open(Path, String)}, telling {@code phases} what it is doing (checking, migrating) as it starts each step. */
    public static Workspace open(Path file, String passphrase, java.util.function.Consumer<org.salestrack.model.OpenPhase> phases) {
        return open(file, passphrase == null || passphrase.isEmpty() ? null : Passphrase.of(passphrase), phases);
    }

    /**
     * Opens as {@link #open(Path)} does; an encrypted workspace needs its {@code passphrase} (refused untouched
     * without it or with a wrong one), and a new one is created encrypted under it. A plain workspace opens plain
     * whatever {@code passphrase} says (null: none).
     */
    static Workspace open(Path file, Passphrase passphrase) {
        return open(file, passphrase, p -> {});
    }

    private static Workspace open(Path file, Passphrase passphrase, java.util.function.Consumer<org.salestrack.model.OpenPhase> phases) {
        phases.accept(org.salestrack.model.OpenPhase.CHECKING);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            if (passphrase != null && (!Files.exists(file) || Files.size(file) == 0)) WorkspaceCipher.createEmpty(file, passphrase);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder for " + file, e);
        }
        WorkspaceCheck.Found found = WorkspaceCheck.inspect(file, passphrase, Workspace::flyway);
        SqliteFile sqlite = found.sqlite() != null ? found.sqlite() : SqliteFile.plain(file);
        if (!found.pending().isEmpty()) phases.accept(org.salestrack.model.OpenPhase.MIGRATING);
        if (!found.fresh() && !found.pending().isEmpty()) WorkspaceBackup.beforeMigration(sqlite, found.pending());
        Workspace ws = new Workspace(sqlite);
        // an existing schema with nothing pending was validated by the check: no second Flyway run
        if (found.fresh() || !found.pending().isEmpty()) ws.migrate(); else ws.prepare();
        if (found.pending().isEmpty()) WorkspaceBackup.dropMigrationBackups(file);
        return ws;
    }

    /** Copies this workspace, consistent even while another connection imports, to {@code out}; returns its size in bytes. */
    public long backupTo(Path out) {
        return WorkspaceBackup.backup(this, out);
    }

    /**
     * Replaces the workspace at {@code target} with the backup {@code from} (checked first, as on open); the replaced
     * workspace is kept beside it. Returns the kept copy, or null when there was none. Close the workbench on it first.
     */
    public static Path restore(Path from, Path target) {
        return restore(from, target, null);
    }

    /** As {@link #restore(Path, Path)}, for an encrypted backup: it needs its passphrase and stays encrypted under it. */
    public static Path restore(Path from, Path target, String passphrase) {
        return WorkspaceBackup.restore(from, target, passphrase == null || passphrase.isEmpty() ? null : Passphrase.of(passphrase));
    }

    /** Encrypts this plain workspace under {@code passphrase} ({@link WorkspaceCipher}); audited. */
    public void encrypt(String passphrase) { WorkspaceCipher.encrypt(this, Passphrase.of(passphrase)); }

    /** Decrypts this encrypted workspace; audited. */
    public void decrypt() { WorkspaceCipher.decrypt(this); }

    /** Re-encrypts this workspace under a new passphrase; the old one no longer opens it; audited. */
    public void changePassphrase(String passphrase) { WorkspaceCipher.changePassphrase(this, Passphrase.of(passphrase)); }

    /** Whether the file at {@code file} is encrypted (no plain SQLite header), so that opening it needs a passphrase. */
    public static boolean encrypted(Path file) {
        return SqliteFile.encryptedOnDisk(file);
    }

    /** Whether this workspace's file is encrypted. */
    public boolean encrypted() { return sqlite != null && sqlite.encrypted(); }

    SqliteFile sqlite() { return sqlite; }

    /** An I/O step of a file swap. */
    @FunctionalInterface
    interface FileSwap {
        void run() throws IOException, SQLException;
    }

    /**
     * Runs {@code replace}, which rewrites the file and keys connections with what it passes to {@link #use}, with no
     * other connection open: it waits up to {@code waitMillis} for the ones lent (an import storing, a query running)
     * to close, and opens none to other callers until it is done. A connection open across the replacement would
     * write to the old file and its lines would be lost; refused instead, the workspace is unchanged.
     */
    void alone(long waitMillis, FileSwap replace) throws IOException, SQLException {
        swap.writeLock().lock();
        try {
            long deadline = System.nanoTime() + waitMillis * 1_000_000L;
            while (lent.open() > 0) {
                if (System.nanoTime() > deadline) {
                    throw new WorkspaceBusyException(file + " is in use (an import or a query is running): try again when it has finished");
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new WorkspaceBusyException("interrupted while waiting for " + file + " to be free");
                }
            }
            // idle connections hold the old file under the old key: before the change, and after it the ones it used;
            // the kept one too, and its close folds the log into the file before the file is replaced
            boolean keep = closeKept();
            try {
                lent.clear();
                replace.run();
                lent.clear();
            } finally {
                // on the new file, or on the old one when the replacement failed and left it
                if (keep) keepAgain();
            }
        } finally {
            swap.writeLock().unlock();
        }
    }

    /** Keys connections with {@code next} from now on; only from inside {@link #alone}. */
    void use(SqliteFile next) {
        if (!swap.isWriteLockedByCurrentThread()) throw new IllegalStateException("the file is switched only while it is alone");
        this.sqlite = next;
    }

    /** Thrown when the file cannot be had alone: nothing was changed. */
    static final class WorkspaceBusyException extends SQLException {
        WorkspaceBusyException(String message) { super(message); }
    }

    public Path file() {
        if (file == null) throw new UnsupportedOperationException(url + " is a national store, not a workspace file: this works on a workspace file only");
        return file;
    }

    /** The SQL of the sales queries in this workspace's engine (SQLite, or the server's). */
    public SalesSql sql() { return sql; }

    /**
     * A connection for one caller, who closes it. Opened by work running {@link org.salestrack.task.Cancellation#within}
     * a cancellation (a screen's query that a newer one supersedes), its statements stop when that is cancelled.
     */
    public Connection connect() throws SQLException {
        org.salestrack.task.Cancellation cancel = org.salestrack.task.Cancellation.current();
        if (server != null) return cancel == null ? server.connect() : Interrupt.onServer(server.connect(), cancel);
        Connection c;
        swap.readLock().lock();
        try {
            SqliteFile f = sqlite;
            c = f.encrypted() ? lent.lend(f::connect) : lent.lendOnce(f::connect);
        } finally {
            swap.readLock().unlock();
        }
        if (cancel != null) {
            try {
                Interrupt.on(c, cancel);
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        }
        return c;
    }

    /**
     * Keeps one connection to the file open until {@link #close}, as the workbench does for its session. SQLite folds
     * the write-ahead log into the file when the last connection to it closes, on the closing thread: without one kept,
     * the review of 5.3M findings on the 10M-line workspace waited 8.7 s in its close after its commit, and the run
     * that found them 15 s. With one kept no caller's close is the last, and {@link WalCheckpoints} folds the log
     * beside the work; this workspace's close does the final one. A server store keeps nothing.
     */
    public void keepOpen() {
        if (server != null) return;
        swap.readLock().lock();
        try {
            openKept();
        } catch (SQLException e) {
            throw new StoreException("cannot keep " + file + " open", e);
        } finally {
            swap.readLock().unlock();
        }
    }

    private synchronized void openKept() throws SQLException {
        if (kept == null) kept = sqlite.connect();
    }

    /** Keeps a connection again after a file swap; without one the session goes on, its closes slower. */
    private void keepAgain() {
        try {
            openKept();
        } catch (SQLException e) {
            // the swap's own outcome stands; nothing is lost without the kept connection
        }
    }

    /** Closes the kept connection, if any; returns whether there was one. */
    private synchronized boolean closeKept() {
        Connection c = kept;
        kept = null;
        if (c == null) return false;
        try {
            c.close();
        } catch (SQLException e) {
            // a connection that would not close holds nothing the next open needs
        }
        return true;
    }

    private void migrate() {
        flyway(sqlite.dataSource(false)).migrate();
        prepare();
    }

    /** The provinces' rows, seeded once (and again when the catalogue grew). */
    private void prepare() {
        try (Connection c = connect()) {
            seedProvinces(c);
        } catch (SQLException e) {
            throw new StoreException("cannot prepare workspace " + file, e);
        }
    }

    static Flyway flyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new org.salestrack.store.migration.V71__ChainAuditLog())
                // areas own version ranges (V1-V9 the workspace's tables, V10-V19 the workbench's cube rollups,
                // V20-V29 quality review; the reports add no tables): a workspace made before a lower-numbered
                // migration arrived still takes it
                .outOfOrder(true)
                .loggers("slf4j")
                .load();
    }

    private static void seedProvinces(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM province")) {
            if (rs.next() && rs.getInt(1) == Provinces.get().all().size()) return;
        }
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO province(code, name_zh, full_name_zh, "
                + "name_en, abbr, sales_region, tile_col, tile_row, lat, lon) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            ProvinceRows.addAll(ps);
            ps.executeBatch();
            c.commit();
        } finally {
            c.setAutoCommit(true);
        }
    }

    @Override
    public void close() {
        // a plain file's connections are per call; an encrypted file's idle ones are closed here, and the kept one last:
        // its close folds the log into the file
        if (checkpoints != null) checkpoints.close();
        lent.clear();
        closeKept();
    }
}
