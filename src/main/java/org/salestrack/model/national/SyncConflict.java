package org.salestrack.model.national;

/**
 * A line reviewed both here and in the national store since the last sync, with different outcomes. Holds:
 * 0 counted, 2 held, 3 rejected.
 */
public record SyncConflict(String file, int row, int localHold, int nationalHold, String nationalBy, String nationalAt) {}
