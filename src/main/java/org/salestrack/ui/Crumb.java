package org.salestrack.ui;

import org.salestrack.model.cube.Dim;
import org.salestrack.model.cube.Slice;

/** One step of the drill path: what was clicked, and the slice before it, so Back can restore it. */
public record Crumb(Dim dim, String key, String label, Slice before) {}
