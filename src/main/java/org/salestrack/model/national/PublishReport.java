package org.salestrack.model.national;

/**
 * What one publish did to the national store: batches new to it (their lines stored, of which some held as
 * duplicates of lines already there), batches it held already, lines whose review state changed, batches
 * removed because their workspace undid them.
 */
public record PublishReport(String store, int batchesNew, int batchesKnown, long linesStored, long duplicates, long reviewsChanged,
                            int batchesUndone, long linesRemoved) {}
