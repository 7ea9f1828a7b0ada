package org.salestrack.cli;

import org.salestrack.ingest.ImportPolicy;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.pipeline.ImportPipeline;
import org.salestrack.store.Workspace;
import org.salestrack.validate.HoldGuard;

/** The one import pipeline as the commands build it: on the workspace's mapping profiles. */
final class Pipelines {
    private Pipelines() {}

    static ImportPipeline of(Workspace ws, ImportPolicy policy) {
        return ImportPipeline.of(ws, new ImportService(ws, ProfileLibrary.load(ImportService.profilesDir(ws)), policy));
    }

    /**
     * For a run nobody can be asked in (watch, a poll, finishing an interrupted import): a rule firing on more
     * than 5% of the new lines holds none of them, as {@code import} does by default.
     */
    static ImportPipeline unattended(Workspace ws) {
        return of(ws, ImportPolicy.DEFAULT).withHoldGuard(new HoldGuard(HoldGuard.DEFAULT_SHARE, m -> false));
    }
}
