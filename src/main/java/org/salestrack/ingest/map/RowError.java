package org.salestrack.ingest.map;

import org.salestrack.ingest.read.ImportReasons;
import org.salestrack.model.Message;

/**
 * Why one source row could not be used: the row, column, value and reason a user can act on. {@code reason} is
 * English (the CLI and the stored quarantine reason); {@code why} is the same by key, for the workbench's language.
 */
public record RowError(int row, String column, String value, String reason, Message why) {
    public RowError(int row, String column, String value, String reason) {
        this(row, column, value, reason, ImportReasons.verbatim(reason));
    }

    public RowError(int row, String column, String value, Message why) {
        this(row, column, value, why.english(), why);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("row ").append(row);
        if (column != null) b.append(", column '").append(column).append('\'');
        if (value != null) b.append(", value '").append(shortValue()).append('\'');
        return b.append(": ").append(reason).toString();
    }

    /** {@link #toString()} by key: "row 12, column 'qty', value 'x': not a number (…)". */
    public Message describe() {
        return Message.of("import.reason.row_error", Message.of("import.reason.at_row", row),
                column == null ? "" : Message.of("import.reason.at_column", column),
                value == null ? "" : Message.of("import.reason.at_value", shortValue()), why);
    }

    private String shortValue() {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }
}
