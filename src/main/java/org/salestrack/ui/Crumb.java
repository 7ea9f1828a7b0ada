package org.salestrack.ui;

import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Slice;

/** One step of the drill path: what was clicked, and the slice before it, so Back can restore it. */
public record Crumb(Dimension dim, String key, String label, Slice before) {}
