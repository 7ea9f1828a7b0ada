package org.salestrack.ingest.map;

import java.util.List;
import org.salestrack.ingest.read.UnreadableFileException;
import org.salestrack.model.Message;

/** No known profile reads the file: the user builds one from a preview or passes --profile. */
public class NoMatchingProfileException extends UnreadableFileException {
    private final List<String> firstRow;

    public NoMatchingProfileException(String message, List<String> firstRow) {
        super(message);
        this.firstRow = List.copyOf(firstRow);
    }

    public NoMatchingProfileException(Message reason, List<String> firstRow) {
        super(reason);
        this.firstRow = List.copyOf(firstRow);
    }

    public List<String> firstRow() { return firstRow; }
}
