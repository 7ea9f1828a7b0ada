package org.salestrack.ingest.map;

/** A field of a row that cannot be read; carries the column and value for the user. */
final class FieldException extends RuntimeException {
    final String column;
    final String value;

    FieldException(String column, String value, String reason) {
        super(reason, null, false, false);
        this.column = column;
        this.value = value;
    }
}
