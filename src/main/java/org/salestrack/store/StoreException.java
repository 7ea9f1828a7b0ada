package org.salestrack.store;

/** A failure of the workspace store, with the SQL cause kept for the log. */
public class StoreException extends RuntimeException implements org.salestrack.model.StoreFailure {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }

    @Override
    public boolean diskFull() { return diskFull(this); }

    @Override
    public String what() { return getMessage() == null ? getClass().getSimpleName() : getMessage(); }

    /** Whether this is an encrypted workspace refused for a missing or wrong passphrase (nothing was opened or changed). */
    public boolean passphraseRefused() { return false; }

    /** Whether SQLite (or the file system under it) ran out of space somewhere in the cause chain. */
    public static boolean diskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("SQLITE_FULL") || m.contains("database or disk is full") || m.contains("No space left on device")) return true;
        }
        return false;
    }
}
