package org.salestrack.model.national;

import java.util.List;

/**
 * What one sync did: the publish of the workspace's own changes (up), and what came down from others in its
 * selection: new batches and their lines, batches others undid (removed here too), lines others reviewed
 * while this workspace left them alone. Lines reviewed differently on both sides are conflicts, left as
 * each side has them.
 */
public record SyncReport(String store, String user, PublishReport up, int batchesDown, long linesDown, int batchesUndone,
                         long reviewsDown, List<SyncConflict> conflicts) {
    public SyncReport {
        conflicts = List.copyOf(conflicts);
    }
}
