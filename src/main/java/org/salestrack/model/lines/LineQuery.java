package org.salestrack.model.lines;

import org.salestrack.model.cube.Slice;

/**
 * What a drill-through lists: the lines of a slice, in an order, counted lines only or every stored line
 * (with why the others are not counted).
 */
public record LineQuery(Slice slice, LineSort sort, boolean descending, boolean countedOnly) {
    public LineQuery withSort(LineSort s, boolean desc) { return new LineQuery(slice, s, desc, countedOnly); }

    public LineQuery withCountedOnly(boolean only) { return new LineQuery(slice, sort, descending, only); }
}
