package org.salestrack.ingest;

import java.util.List;
import org.salestrack.ingest.map.RowError;
import org.salestrack.ingest.read.ImportReasons;
import org.salestrack.model.Message;

/** A file refused whole: nothing of it was stored. The message names file, row, column, value and reason. */
public class ImportRejectedException extends Exception {
    private final String file;
    private final transient Message reason;
    private final List<RowError> errors;

    public ImportRejectedException(String file, String reason, List<RowError> errors) {
        this(file, ImportReasons.verbatim(reason), errors);
    }

    /** The message is "file: reason" with the reason in English. */
    public ImportRejectedException(String file, Message reason, List<RowError> errors) {
        super(file + ": " + reason.english());
        this.file = file;
        this.reason = reason;
        this.errors = List.copyOf(errors);
    }

    public String file() { return file; }

    /** Why the file was refused (without the file name), by key, for the workbench's language. */
    public Message reason() { return reason; }

    public List<RowError> errors() { return errors; }
}
