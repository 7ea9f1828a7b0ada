package org.salestrack.ui.start;

import java.nio.file.Path;

/** An encrypted workspace that was not opened: no passphrase was given ({@code wrong} false) or it does not open it. */
public final class PassphraseRefusedException extends RuntimeException {
    private final Path file;
    private final boolean wrong;

    public PassphraseRefusedException(Path file, boolean wrong, String message) {
        super(message);
        this.file = file;
        this.wrong = wrong;
    }

    public Path file() { return file; }

    public boolean wrong() { return wrong; }
}
