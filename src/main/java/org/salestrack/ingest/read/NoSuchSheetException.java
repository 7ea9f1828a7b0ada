package org.salestrack.ingest.read;

import java.io.IOException;

/** The workbook opened, but has no sheet of the name or number asked for: the file is fine, the request is not. */
public final class NoSuchSheetException extends IOException {
    public NoSuchSheetException(String message) { super(message); }
}
