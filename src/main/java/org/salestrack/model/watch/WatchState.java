package org.salestrack.model.watch;

import java.util.Locale;

/** How a watched folder is being watched right now. */
public enum WatchState {
    /** file-system events wake the watcher, scans back them up */
    EVENTS,
    /** scans only: asked for, or the file system gives no events (network drives) */
    POLLING,
    /** the folder does not exist (a drive not mounted); scanned again until it does */
    MISSING,
    /** switched off in its settings */
    PAUSED;

    public String id() { return name().toLowerCase(Locale.ROOT); }
}
