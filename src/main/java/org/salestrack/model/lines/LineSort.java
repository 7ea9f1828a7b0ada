package org.salestrack.model.lines;

/**
 * The orders a drill-through can list lines in. Each is paged by its value and then the line id, so a page
 * starts where the last one ended (keyset paging) however large the workspace is.
 */
public enum LineSort {
    /** import order: the file and row each line came from */
    SOURCE, SOLD_AT, QTY, UNIT_PRICE, AMOUNT, MARGIN;

    public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
}
