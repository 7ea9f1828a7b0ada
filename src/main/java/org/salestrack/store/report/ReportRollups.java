package org.salestrack.store.report;

import org.salestrack.store.Workspace;
import org.salestrack.store.cube.CubeRollups;
import org.salestrack.task.Cancellation;

/** Brings the month rollups the workbook reads up to date first (cheap when they are: one fingerprint read). */
public final class ReportRollups {
    private ReportRollups() {}

    /** The national store's rollups are kept current by every publish, in its transaction: nothing to do there. */
    public static void bringUpToDate(Workspace workspace, Cancellation cancel) {
        if (!workspace.onServer()) new CubeRollups(workspace).refresh(cancel);
    }
}
