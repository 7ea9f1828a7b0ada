package org.salestrack.ingest.read;

import org.salestrack.model.Message;

/**
 * The importer's reasons (a refused file, a bad row) are {@link Message}s with {@code import.reason.*} keys, so
 * the workbench can show them in its language; {@link Message#english()} gives the English the CLI, the
 * exceptions' messages and the stored quarantine reasons carry.
 */
public final class ImportReasons {
    private ImportReasons() {}

    /** A text from elsewhere (the JDK, the operating system, a library) that has no key: shown as it is. */
    public static Message verbatim(String text) {
        return Message.of("import.reason.verbatim", text == null ? "" : text);
    }
}
