package org.salestrack.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Encrypting, decrypting and rekeying a workspace: {@code VACUUM INTO} a temporary file beside it under the new key
 * (or none), checked under that key, then moved over the workspace atomically. Until that move the workspace is
 * untouched, so a wrong passphrase, a kill or a full disk leaves it as it was; after it no plain copy is kept.
 * Each change is written to the audit log of the changed file. Close other programs on the workspace first.
 */
final class WorkspaceCipher {
    /** how long a change waits for an import or a query on the workspace to finish before it is refused */
    static final long BUSY_WAIT_MILLIS = 10_000;
    /** What changed, as the audit log names it. */
    enum Change {
        ENCRYPT("encrypt"), DECRYPT("decrypt"), REKEY("rekey");

        private final String action;

        Change(String action) { this.action = action; }

        public String action() { return action; }
    }

    private WorkspaceCipher() {}

    /** Encrypts the plain workspace {@code ws} under {@code next}; its connections are keyed from then on. */
    static void encrypt(Workspace ws, Passphrase next) {
        if (ws.encrypted()) throw new IllegalStateException(ws.file() + " is encrypted already: change its passphrase instead");
        replace(ws, next, Change.ENCRYPT);
    }

    /** Decrypts the encrypted workspace {@code ws}: it is an ordinary SQLite file afterwards. */
    static void decrypt(Workspace ws) {
        if (!ws.encrypted()) throw new IllegalStateException(ws.file() + " is not encrypted");
        replace(ws, null, Change.DECRYPT);
    }

    /** Re-encrypts {@code ws} under {@code next} (a new salt too): the old passphrase no longer opens it. */
    static void changePassphrase(Workspace ws, Passphrase next) {
        if (!ws.encrypted()) throw new IllegalStateException(ws.file() + " is not encrypted: encrypt it instead");
        replace(ws, next, Change.REKEY);
    }

    private static void replace(Workspace ws, Passphrase next, Change change) {
        Path file = ws.file();
        Path tmp;
        try {
            tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".cipher-", ".part");
            Files.delete(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write beside " + file + ": " + e.getMessage(), e);
        }
        try {
            // alone from the copy to the switch: a line stored meanwhile would stay in the old file
            ws.alone(BUSY_WAIT_MILLIS, () -> {
                try (Connection c = ws.connect(); Statement s = c.createStatement()) {
                    s.executeUpdate("VACUUM INTO " + SqliteFile.vacuumTarget(tmp, next));
                }
                SqliteFile copy = next == null ? SqliteFile.plain(tmp) : SqliteFile.keyed(tmp, next);
                WorkspaceBackup.quickCheck(copy);
                try (Connection c = ws.connect(); Statement s = c.createStatement()) {
                    // fold the write-ahead log into the old file: a log must never meet the new file
                    s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                }
                Files.deleteIfExists(Path.of(file + "-wal"));
                Files.deleteIfExists(Path.of(file + "-shm"));
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                ws.use(next == null ? SqliteFile.plain(file) : copy.at(file));
            });
        } catch (SQLException e) {
            throw new StoreException("cannot " + change.action() + " " + file + ": " + e.getMessage() + "; it was not changed", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot " + change.action() + " " + file + ": " + e.getMessage() + "; it was not changed", e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // a leftover .part is harmless and named as such
            }
        }
        new AuditLog(ws).record(change.action(), file.toAbsolutePath().toString(), switch (change) {
            case ENCRYPT -> "encrypted (sqlcipher, AES-256)";
            case DECRYPT -> "decrypted: the file is plain SQLite from now on";
            case REKEY -> "passphrase changed (sqlcipher, AES-256, new salt)";
        });
    }

    /** A new, empty workspace file encrypted under {@code passphrase}, for {@link Workspace#open(Path, Passphrase)} to migrate. */
    static void createEmpty(Path file, Passphrase passphrase) {
        try {
            Files.deleteIfExists(file);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement s = c.createStatement()) {
                s.executeUpdate("VACUUM INTO " + SqliteFile.vacuumTarget(file, passphrase));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new StoreException("cannot create the encrypted workspace " + file + ": " + e.getMessage(), e);
        }
    }
}
