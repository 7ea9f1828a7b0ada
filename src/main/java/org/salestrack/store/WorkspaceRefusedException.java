package org.salestrack.store;

import java.nio.file.Path;

/** A file the app will not open as a workspace, and why; the file is left exactly as it was. */
public final class WorkspaceRefusedException extends StoreException {
    public enum Reason {
        NOT_SQLITE("not_sqlite"), NOT_WORKSPACE("not_workspace"), CORRUPT("corrupt"), NEWER("newer"),
        /** encrypted (or no database at all, which cannot be told apart without the key) and no passphrase given */
        PASSPHRASE_NEEDED("passphrase_needed"),
        /** the passphrase given does not decrypt it */
        WRONG_PASSPHRASE("wrong_passphrase");

        private final String id;

        Reason(String id) { this.id = id; }

        public String id() { return id; }
    }

    private final Path file;
    private final Reason reason;
    private final String detail;

    public WorkspaceRefusedException(Path file, Reason reason, String detail) {
        super(text(file, reason, detail));
        this.file = file;
        this.reason = reason;
        this.detail = detail;
    }

    private static String text(Path file, Reason reason, String detail) {
        return switch (reason) {
            case NOT_SQLITE -> file + " is not a SalesTrack workspace (not an SQLite database); it was not opened or changed";
            case NOT_WORKSPACE -> file + " is an SQLite database but not a SalesTrack workspace (" + detail + "); it was not opened or changed";
            case CORRUPT -> file + " is damaged (" + detail + "); it was not changed: restore a backup (restore --from F)";
            case NEWER -> file + " was written by a newer SalesTrack (" + detail + "); open it with that version. It was not changed";
            case PASSPHRASE_NEEDED -> file + " is encrypted (or is not an SQLite database): give its passphrase (--passphrase-file F or "
                    + "SALESTRACK_PASSPHRASE). It was not opened or changed";
            case WRONG_PASSPHRASE -> "the passphrase does not open " + file + " (wrong passphrase, or not an encrypted workspace); "
                    + "it was not opened or changed";
        };
    }

    @Override
    public boolean passphraseRefused() { return reason == Reason.PASSPHRASE_NEEDED || reason == Reason.WRONG_PASSPHRASE; }

    public Path file() { return file; }

    public Reason reason() { return reason; }

    /** What exactly was found (the check's words, or the schema versions). */
    public String detail() { return detail; }
}
