package org.salestrack.ui.imports;

import org.salestrack.model.Message;

/**
 * A problem to show in the errors table: file, row, column, value and reason, never a stack trace. {@code reason}
 * is the English text; {@code why} the same by key (null when it has none), which the view shows in its language.
 */
public record ImportProblem(String file, String row, String column, String value, String reason, Message why) {
    public ImportProblem(String file, String row, String column, String value, String reason) {
        this(file, row, column, value, reason, null);
    }
}
