package org.salestrack.model.cube;

/** A member of a dimension for pickers: its key, what to show, and the key of its parent level. */
public record Member(Dim dim, String key, String label, String parentKey) {}
