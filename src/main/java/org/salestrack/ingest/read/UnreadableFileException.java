package org.salestrack.ingest.read;

import java.io.IOException;
import org.salestrack.model.Message;

/** A file that cannot be read as a table at all: empty, binary, corrupt, or an unsupported format. */
public class UnreadableFileException extends IOException {
    private final transient Message reason;

    public UnreadableFileException(String message) {
        super(message);
        this.reason = ImportReasons.verbatim(message);
    }

    /** The message is the reason's English text. */
    public UnreadableFileException(Message reason) {
        super(reason.english());
        this.reason = reason;
    }

    /** Why, by key, to show in the workbench's language. */
    public Message reason() { return reason; }
}
