package org.salestrack.ingest;

import java.util.List;
import org.salestrack.ingest.map.RowError;

/** A file refused whole: nothing of it was stored. The message names file, row, column, value and reason. */
public class ImportRejectedException extends Exception {
    private final String file;
    private final List<RowError> errors;

    public ImportRejectedException(String file, String reason, List<RowError> errors) {
        super(file + ": " + reason);
        this.file = file;
        this.errors = List.copyOf(errors);
    }

    public String file() { return file; }

    public List<RowError> errors() { return errors; }
}
