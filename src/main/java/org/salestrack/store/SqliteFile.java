package org.salestrack.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.mc.SQLiteMCSqlCipherConfig;

/**
 * The one way to a workspace file's connections: plain, or encrypted with SQLCipher 4's scheme (AES-256, HMAC-SHA512
 * per page, PBKDF2-HMAC-SHA512 with 256,000 iterations over the passphrase and the file's 16-byte salt) through
 * SQLite3 Multiple Ciphers. The key is derived once per workspace here and each connection is keyed with the raw
 * key: the derivation takes about half a second, and the workspace opens a connection per call.
 */
final class SqliteFile {
    static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int KDF_ITERATIONS = 256_000;
    private static final int SALT_BYTES = 16;

    private final Path file;
    /** the derived key followed by the file's salt (48 bytes); null for a plain file */
    private final byte[] rawKey;

    private SqliteFile(Path file, byte[] rawKey) {
        this.file = file;
        this.rawKey = rawKey;
    }

    static SqliteFile plain(Path file) { return new SqliteFile(file, null); }

    /** An encrypted file that exists: its salt is read from its first bytes and the key derived from it. */
    static SqliteFile keyed(Path file, Passphrase passphrase) {
        byte[] salt = new byte[SALT_BYTES];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(salt, 0, SALT_BYTES) < SALT_BYTES) throw new IllegalStateException(file + " is too short to be encrypted");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new SqliteFile(file, rawKey(passphrase, salt));
    }

    /** Whether the file exists, holds something and does not start as a plain SQLite database does. */
    static boolean encryptedOnDisk(Path file) {
        if (!Files.exists(file)) return false;
        byte[] head = new byte[MAGIC.length];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return n > 0 && !(n == MAGIC.length && Arrays.equals(head, MAGIC));
    }

    boolean encrypted() { return rawKey != null; }

    /** A copy of this file made by VACUUM INTO without a target key: the same key and salt. */
    SqliteFile at(Path copy) { return new SqliteFile(copy, rawKey); }

    Path file() { return file; }

    /** A read-write connection with the workspace's settings: WAL, foreign keys, a busy timeout. */
    Connection connect() throws SQLException {
        Connection c = readWrite().createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        // no checkpoint inside a commit: WalCheckpoints runs them beside the writers
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_autocheckpoint = 0");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /** A connection that cannot write (see {@link WorkspaceCheck#readOnlyUrl}). */
    Connection readOnly() throws SQLException {
        return bare().createConnection(WorkspaceCheck.readOnlyUrl(file));
    }

    /** For Flyway, which takes its connections from a data source. */
    DataSource dataSource(boolean readOnly) {
        SQLiteDataSource ds = new SQLiteDataSource(readOnly ? bare() : readWrite());
        ds.setUrl(readOnly ? WorkspaceCheck.readOnlyUrl(file) : "jdbc:sqlite:" + file.toAbsolutePath());
        return ds;
    }

    private SQLiteConfig bare() {
        return rawKey == null ? new SQLiteConfig() : SQLiteMCSqlCipherConfig.getDefault().withRawSaltedKey(rawKey).build();
    }

    private SQLiteConfig readWrite() {
        SQLiteConfig config = bare();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(10_000);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setCacheSize(-65536);
        return config;
    }

    /**
     * The {@code VACUUM INTO} target that writes a copy to {@code out}: encrypted under {@code key} (a new salt), or
     * plain when {@code key} is null. Without these URI parameters a copy of an encrypted file keeps its key and salt.
     */
    static String vacuumTarget(Path out, Passphrase key) {
        String uri = "file:" + uriPath(out) + "?cipher=sqlcipher&" + (key == null ? "key=" : "hexkey=" + key.hex());
        return "'" + uri.replace("'", "''") + "'";
    }

    static String uriPath(Path p) {
        return p.toAbsolutePath().toString().replace("%", "%25").replace("?", "%3f").replace("#", "%23");
    }

    private static byte[] rawKey(Passphrase passphrase, byte[] salt) {
        char[] chars = passphrase.chars();
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                    .generateSecret(new PBEKeySpec(chars, salt, KDF_ITERATIONS, 256)).getEncoded();
            byte[] raw = Arrays.copyOf(key, key.length + salt.length);
            System.arraycopy(salt, 0, raw, key.length, salt.length);
            Arrays.fill(key, (byte) 0);
            return raw;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA512 is missing from this Java", e);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }
}
