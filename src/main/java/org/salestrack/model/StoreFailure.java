package org.salestrack.model;

/**
 * A failure of the workspace store as the layers above may know it without knowing the store: the screens
 * say it in the user's language (ui.Failures) rather than showing the store's own words alone.
 */
public interface StoreFailure {
    /** Whether the disk (or SQLite's file under it) ran out of space. */
    boolean diskFull();

    /** What the store could not do, in its own (English) words, kept for the log and as the detail. */
    String what();
}
