package org.salestrack.model.cube;

import org.salestrack.model.Dimension;

/** A member of a dimension for pickers: its key, what to show, and the key of its parent level. */
public record Member(Dimension dim, String key, String label, String parentKey) {}
