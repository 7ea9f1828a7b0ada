package org.salestrack.model;

/**
 * What opening a workspace is doing, in order, for the window to say while it waits (issue 23: the launch showed a
 * static page for 5 s). Phases that have nothing to do are not reported.
 */
public enum OpenPhase {
    /** the file's structure, its migration history and that no newer app wrote it */
    CHECKING,
    /** applying this version's migrations, after keeping a copy of the file */
    MIGRATING,
    /** finishing the findings and alerts of an import that was stopped after its commit */
    RESUMING,
    /** the date range of the sales and the screens' services */
    PREPARING
}
