package org.salestrack.ingest.read;

import org.salestrack.model.Message;

/**
 * The importer's reasons (a refused file, a bad row) are {@link Message}s with {@code import.reason.*} keys, so
 * the workbench can show them in its language; this gives their English text, as the CLI, the exceptions'
 * messages and the stored quarantine reasons carry it.
 */
public final class ImportReasons {
    private ImportReasons() {}

    public static String english(Message reason) {
        return reason.english();
    }

    /** A text from elsewhere (the JDK, the operating system, a library) that has no key: shown as it is. */
    public static Message verbatim(String text) {
        return Message.of("import.reason.verbatim", text == null ? "" : text);
    }
}
