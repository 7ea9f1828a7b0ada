package org.salestrack.ui;

import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Slice;

/**
 * One step of the drill path: what was clicked, how it acted on the filters, and the slice before it, so
 * Back can restore it.
 */
public record Crumb(Dimension dim, String key, String label, Slice before, Action action) {
    /** Narrowed to the member; added it to the kept members (ctrl-click); or left it out. */
    public enum Action { DRILL, ADD, EXCLUDE }

    public Crumb(Dimension dim, String key, String label, Slice before) { this(dim, key, label, before, Action.DRILL); }
}
