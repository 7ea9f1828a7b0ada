package org.salestrack.model.lines;

/** Where the next page starts: after the line with this sort value and id. */
public record LineCursor(Object value, long id) {}
