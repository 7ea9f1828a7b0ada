package org.salestrack.app;

import java.nio.file.Path;
import org.salestrack.analytics.customer.CustomerService;
import org.salestrack.analytics.marketing.MarketingService;
import org.salestrack.analytics.dealer.DealerService;
import org.salestrack.analytics.inventory.InventoryService;
import org.salestrack.analytics.market.MarketService;
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
import org.salestrack.ui.start.PassphraseRefusedException;

/** Opens a workspace and builds the services the workbench runs on. Slow (migrations, SQL): call off the FX thread. */
public final class WorkspaceServices {
    /** Written into report provenance; the same text as {@code salestrack --version}. */
    static final String VERSION = org.salestrack.model.AppVersion.NAME;

    private WorkspaceServices() {}

    public static OpenedWorkspace open(Path file) {
        return open(file, null);
    }

    /**
     * As {@link #open(Path)}; an encrypted workspace needs its {@code passphrase}, a new one is created encrypted
     * under it (null: plain). A missing or wrong passphrase is a {@link PassphraseRefusedException}.
     */
    public static OpenedWorkspace open(Path file, String passphrase) {
        return open(file, passphrase, p -> {});
    }

    /** As {@link #open(Path, String)}, telling {@code phases} what it is doing as it starts each step (from the opening thread). */
    public static OpenedWorkspace open(Path file, String passphrase, java.util.function.Consumer<org.salestrack.model.OpenPhase> phases) {
        Workspace ws;
        try {
            ws = Workspace.open(file, passphrase, phases);
        } catch (org.salestrack.store.WorkspaceRefusedException e) {
            if (e.passphraseRefused()) {
                throw new PassphraseRefusedException(file, e.reason() == org.salestrack.store.WorkspaceRefusedException.Reason.WRONG_PASSPHRASE,
                        e.getMessage());
            }
            throw e;
        }
        // the session's connection: no review's or import's close is the file's last, which would fold the log in on its thread
        ws.keepOpen();
        try {
            return services(file, ws, phases);
        } catch (RuntimeException e) {
            // an open that failed keeps nothing open
            ws.close();
            throw e;
        }
    }

    /** The workbench's services on the opened {@code ws}, after finishing what an import killed after its commit left. */
    private static OpenedWorkspace services(Path file, Workspace ws, java.util.function.Consumer<org.salestrack.model.OpenPhase> phases) {
        ImportService imports = new ImportService(ws, ProfileLibrary.load(ImportService.profilesDir(ws)), ImportPolicy.DEFAULT);
        ExploreService explore = new ExploreService(ws);
        ValidationService quality = ValidationService.of(ws);
        ImportPipeline pipeline = new ImportPipeline(imports, quality, explore, new ForecastTrackingService(ws, AlertPolicy.DEFAULT),
                Runtime.getRuntime().availableProcessors());
        // an import killed after its commit left its batch without findings: finish that before anything is shown
        if (!ImportPipeline.unfinished(ws).isEmpty()) phases.accept(org.salestrack.model.OpenPhase.RESUMING);
        pipeline.resumeUnfinished(org.salestrack.task.ProgressListener.NONE);
        phases.accept(org.salestrack.model.OpenPhase.PREPARING);
        return new OpenedWorkspace(file.toString(), explore, pipeline, explore.span().orElse(null), screens(ws, VERSION, quality), ws::close);
    }

    /**
     * Opens the national store (issue 21) for the workbench, logged in as {@code user} with {@code password} (given by
     * the connect page, kept by nobody here): the dashboard, the explorer, Data quality, forecasting and the monthly
     * workbook read it through the same queries as a workspace, on the store's own rollups. It takes no imports (publish
     * from a workspace), so the workbench runs without an import pipeline, and the other screens' services are absent.
     */
    public static OpenedWorkspace openNational(String url, String user, String password) {
        Workspace ws;
        try {
            ws = org.salestrack.analytics.national.NationalService.login(url, user, password);
        } catch (org.salestrack.analytics.national.NationalService.LoginRefused e) {
            throw new org.salestrack.ui.start.NationalLoginRefusedException(e.getMessage(), e);
        }
        ExploreService explore = new ExploreService(ws);
        ScreenServices screens = ScreenServices.nationalStore(new ForecastDesk(ws),
                new SalesWorkbookBuilder(ws, VERSION, SalesWorkbookWriter::writeWorkbook), ValidationService.of(ws));
        return new OpenedWorkspace(ws.name(), explore, null, explore.span().orElse(null), screens);
    }

    /**
     * The services of the screens beyond the core ones: the one place they are built, so a new screen's
     * service is one component of {@link ScreenServices} and one argument here.
     */
    public static ScreenServices screens(Workspace ws, String version, ValidationService quality) {
        return new ScreenServices(new ForecastDesk(ws), new SalesWorkbookBuilder(ws, version, SalesWorkbookWriter::writeWorkbook),
                quality, new CustomerService(ws), new MarketingService(ws), new DealerService(ws), new InventoryService(ws), new MarketService(ws),
                new org.salestrack.analytics.feedback.FeedbackService(ws), new org.salestrack.analytics.alert.AlertService(ws),
                new org.salestrack.analytics.audit.AuditService(ws), new org.salestrack.pipeline.watch.WatchDesk(ws),
                new org.salestrack.analytics.channel.ChannelService(ws), new org.salestrack.analytics.national.NationalSyncService(ws), OsKeyring.system());
    }
}
