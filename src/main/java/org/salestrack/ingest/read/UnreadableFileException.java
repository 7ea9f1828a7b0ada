package org.salestrack.ingest.read;

import java.io.IOException;

/** A file that cannot be read as a table at all: empty, binary, corrupt, or an unsupported format. */
public class UnreadableFileException extends IOException {
    public UnreadableFileException(String message) {
        super(message);
    }
}
