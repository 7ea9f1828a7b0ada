package org.salestrack.cli;

/** A series file the user must fix: names the file, row, column, value and reason (DESIGN.md "Reliability"). */
public final class SeriesFileException extends Exception {
    public SeriesFileException(String file, long row, String column, String value, String reason) {
        super(file + ": row " + row + (column == null ? "" : ", column " + column)
                + (value == null ? "" : ", value '" + value + "'") + ": " + reason);
    }
}
