package org.salestrack.ingest.map;

import org.salestrack.model.Message;

/** A field of a row that cannot be read; carries the column and value for the user. The message is the reason in English. */
final class FieldException extends RuntimeException {
    final String column;
    final String value;
    final transient Message reason;

    FieldException(String column, String value, Message reason) {
        super(reason.english(), null, false, false);
        this.column = column;
        this.value = value;
        this.reason = reason;
    }
}
