package org.salestrack.ingest.read;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Streams the rows of one table (a CSV file, a sheet, a JSON document) as text cells. Dates from
 * spreadsheets arrive as ISO-8601 text so every source parses the same way.
 */
public interface TableReader extends Closeable {
    /** The next row's cells, or null at the end. Rows are read once; nothing is kept. */
    List<String> next() throws IOException;

    /** The 1-based row number in the source of the row last returned (line number for CSV). */
    int rowNumber();

    /** Bytes consumed so far and in total (for progress); -1 when unknown. */
    default long position() { return -1; }

    default long size() { return -1; }
}
