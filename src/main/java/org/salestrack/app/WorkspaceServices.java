package org.salestrack.app;

import java.nio.file.Path;
import org.salestrack.analytics.explore.ExploreService;
import org.salestrack.forecast.service.ForecastDesk;
import org.salestrack.analytics.workbook.SalesWorkbookBuilder;
import org.salestrack.forecast.ForecastTrackingService;
import org.salestrack.forecast.tracking.AlertPolicy;
import org.salestrack.ingest.ImportPolicy;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.report.SalesWorkbookWriter;
import org.salestrack.pipeline.ImportPipeline;
import org.salestrack.store.Workspace;
import org.salestrack.ui.ScreenServices;
import org.salestrack.validate.ValidationService;
import org.salestrack.ui.start.OpenedWorkspace;

/** Opens a workspace and builds the services the workbench runs on. Slow (migrations, SQL): call off the FX thread. */
public final class WorkspaceServices {
    /** Written into report provenance; the same text as {@code salestrack --version}. */
    static final String VERSION = "SalesTrack 0.1.0";

    private WorkspaceServices() {}

    public static OpenedWorkspace open(Path file) {
        Workspace ws = Workspace.open(file);
        ImportService imports = new ImportService(ws, ProfileLibrary.load(ImportService.profilesDir(ws)), ImportPolicy.DEFAULT);
        ExploreService explore = new ExploreService(ws);
        ValidationService quality = ValidationService.of(ws);
        ImportPipeline pipeline = new ImportPipeline(imports, quality, explore, new ForecastTrackingService(ws, AlertPolicy.DEFAULT),
                Runtime.getRuntime().availableProcessors());
        ScreenServices screens = new ScreenServices(new ForecastDesk(ws), new SalesWorkbookBuilder(ws, VERSION, SalesWorkbookWriter::writeWorkbook),
                quality, new org.salestrack.analytics.customer.CustomerService(ws));
        return new OpenedWorkspace(file.toString(), explore, pipeline, explore.span().orElse(null), screens);
    }
}
