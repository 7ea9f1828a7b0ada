package org.salestrack.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.salestrack.analytics.alert.AlertService;
import org.salestrack.analytics.explore.ExploreService;
import org.salestrack.analytics.feedback.FeedbackAlertService;
import org.salestrack.forecast.ForecastTrackingService;
import org.salestrack.forecast.tracking.AlertPolicy;
import org.salestrack.ingest.FileOutcome;
import org.salestrack.ingest.FolderImport;
import org.salestrack.ingest.ImportRejectedException;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.MappingProfile;
import org.salestrack.model.ImportBatch;
import org.salestrack.model.Message;
import org.salestrack.model.RecordKind;
import org.salestrack.model.cube.Slice;
import org.salestrack.store.Batches;
import org.salestrack.store.Workspace;
import org.salestrack.store.marketing.CampaignCover;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import org.salestrack.validate.ValidationRun;
import org.salestrack.validate.HoldGuard;
import org.salestrack.validate.ValidationService;

/**
 * The one way data comes into a workspace, whoever brings it (the {@code import} and {@code demo}
 * commands, the Import screen, the first-start sample workspace, folder imports): read, map and store each
 * file as one batch ({@link ImportService}), then, once for all the new batches, the follow-up steps in
 * this order: the data-quality rules on the new batches, reading only what they can change
 * ({@link ValidationService#checkNew}; error findings hold their lines out of the totals), the workbench
 * rollups brought up to date, forecast tracking (kept forecasts compared with the months that arrived, refit), whose deviations are raised as alerts, negative review spikes in the weeks
 * new reviews cover, raised as alerts with sample sentences (issue 22), and the alert rules (issue 18: changes
 * against the previous period and last year, data quality, stuffing, the modules' findings), whose new alerts
 * are then owned and posted to their webhooks. An undo takes the same follow-up minus the data-quality
 * rules; its alert step judges the change rules again only if the undone lines lay in the months they compare. The follow-up ignores Cancel: the files are committed by then, and stored lines
 * without their findings would be counted where the rules hold them out.
 */
public final class ImportPipeline {
    /**
     * One bar over an import: its files fill 0..{@value #FILES_DONE} of {@value #STEPS}, the follow-up the rest. Each
     * file read its own 0..size and the follow-up its own 0..4, so the bar went back to empty after "saving".
     */
    static final long STEPS = 1_000;
    static final long FILES_DONE = 800;
    private final ImportService imports;
    private final ValidationService quality;
    private final ExploreService rollups;
    private final ForecastTrackingService tracking;
    private final int threads;
    private final HoldGuard guard;

    /** @param tracking null to leave kept forecasts alone; @param threads for refitting them */
    public ImportPipeline(ImportService imports, ValidationService quality, ExploreService rollups, ForecastTrackingService tracking,
                          int threads) {
        this(imports, quality, rollups, tracking, threads, HoldGuard.HOLD_ALL);
    }

    private ImportPipeline(ImportService imports, ValidationService quality, ExploreService rollups, ForecastTrackingService tracking,
                           int threads, HoldGuard guard) {
        this.imports = imports;
        this.quality = quality;
        this.rollups = rollups;
        this.tracking = tracking;
        this.threads = threads;
        this.guard = guard;
    }

    /**
     * The same pipeline asking {@code guard} before a rule holds more than its share of the new lines; the
     * command line, where nobody can be asked, refuses such holds unless told otherwise, as {@code validate} does.
     */
    public ImportPipeline withHoldGuard(HoldGuard g) { return new ImportPipeline(imports, quality, rollups, tracking, threads, g); }

    /** The pipeline over {@code workspace} with the standard rules, the default alert policy and every core for refits. */
    public static ImportPipeline of(Workspace workspace, ImportService imports) {
        return new ImportPipeline(imports, ValidationService.of(workspace), new ExploreService(workspace),
                new ForecastTrackingService(workspace, AlertPolicy.DEFAULT), Runtime.getRuntime().availableProcessors());
    }

    /** The same pipeline without forecast tracking (the CLI's {@code --no-forecast-tracking}). */
    public ImportPipeline withoutForecastTracking() { return new ImportPipeline(imports, quality, rollups, null, threads, guard); }

    /** The import step itself, for what only reads: profiles, the batch history, previews. */
    public ImportService imports() { return imports; }

    /**
     * Imports {@code files} one by one ({@code profile} null: picked by header), then runs the follow-up on
     * the batches they stored. A refused file is an outcome, not a failure of the others.
     */
    public Imported importFiles(List<Path> files, MappingProfile profile, ProgressListener progress, Cancellation cancel) {
        List<FileOutcome> out = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            cancel.check();
            ProgressListener file = progress.part((long) i * FILES_DONE / files.size(), (long) (i + 1) * FILES_DONE / files.size(), STEPS);
            try {
                out.add(FileOutcome.stored(f, imports.importFile(f, profile, file, cancel)));
            } catch (ImportRejectedException e) {
                out.add(FileOutcome.refused(f, e));
            }
        }
        return new Imported(out, followUp(out, progress.part(FILES_DONE, STEPS, STEPS)));
    }

    /** Imports every data file of a folder (masters first, every sheet of a workbook), then the follow-up once. */
    public Imported importFolder(Path folder, ProgressListener progress, Cancellation cancel) throws IOException {
        List<FileOutcome> out = new FolderImport(imports).importFolder(folder, progress.part(0, FILES_DONE, STEPS), cancel);
        return new Imported(out, followUp(out, progress.part(FILES_DONE, STEPS, STEPS)));
    }

    /** Imports the data files of a folder the workspace never stored (by content), then the follow-up once. */
    public Imported importNew(Path folder, ProgressListener progress, Cancellation cancel) throws IOException {
        List<FileOutcome> out = new FolderImport(imports).importNew(folder, progress.part(0, FILES_DONE, STEPS), cancel);
        return new Imported(out, followUp(out, progress.part(FILES_DONE, STEPS, STEPS)));
    }

    /** Removes batch {@code batchId} and everything it stored, then brings rollups and forecast tracking up to date. */
    public Undone undo(long batchId, ProgressListener progress) {
        AlertService alerting = new AlertService(imports.workspace());
        long alertsBefore = alerting.latestId();
        Optional<Slice> removed = alerting.saleSpan(List.of(batchId));
        ImportBatch batch = imports.undo(batchId);
        progress.progress(0, 3, Message.of("progress.followup.rollups"));
        rollups.refresh(Cancellation.none());
        new CampaignCover(imports.workspace()).refresh();
        progress.progress(1, 3, Message.of("progress.followup.tracking"));
        ForecastTrackingService.Outcome tracked = track();
        progress.progress(2, 3, Message.of("progress.followup.alerts"));
        alerting.afterUndo(removed, alertsBefore);
        progress.progress(3, 3, Message.of("progress.done"));
        return new Undone(batch, tracked);
    }

    /**
     * Finishes the follow-up of batches stored by a process that stopped before it had run (killed, power
     * lost): without it their lines counted although the rules would have held some out. Cheap when there is
     * nothing to do; called when a workspace is opened for work.
     */
    public FollowUp resumeUnfinished(ProgressListener progress) {
        Map<Long, String> pending = new Batches(imports.workspace()).pendingFollowUp();
        if (pending.isEmpty()) return FollowUp.NONE;
        return followUp(new LinkedHashSet<>(pending.keySet()), new LinkedHashSet<>(pending.values()), progress);
    }

    /** The batches of {@code workspace} whose follow-up did not finish, for a command that only reads to name them. */
    public static Set<Long> unfinished(Workspace workspace) {
        return new LinkedHashSet<>(new Batches(workspace).pendingFollowUp().keySet());
    }

    private FollowUp followUp(List<FileOutcome> outcomes, ProgressListener progress) {
        Set<Long> batches = new LinkedHashSet<>();
        Set<String> kinds = new LinkedHashSet<>();
        for (FileOutcome o : outcomes) {
            if (!o.newBatch()) continue;
            batches.add(o.result().batchId());
            kinds.add(o.result().kind());
        }
        if (batches.isEmpty()) return FollowUp.NONE;
        return followUp(batches, kinds, progress);
    }

    private FollowUp followUp(Set<Long> batches, Set<String> kinds, ProgressListener progress) {
        AlertService alerting = new AlertService(imports.workspace());
        long alertsBefore = alerting.latestId();
        progress.progress(0, 4, Message.of("progress.followup.quality"));
        ValidationRun run = quality.checkNew(batches, guard, ProgressListener.NONE, Cancellation.none());
        progress.progress(1, 4, Message.of("progress.followup.rollups"));
        rollups.refresh(Cancellation.none());
        // the cells each campaign covers, which "pure" sales leave out (issue 16 #5): a new calendar, channel or province
        new CampaignCover(imports.workspace()).refresh();
        progress.progress(2, 4, Message.of("progress.followup.tracking"));
        ForecastTrackingService.Outcome tracked = track();
        progress.progress(3, 4, Message.of("progress.followup.alerts"));
        int feedbackAlerts = kinds.contains(RecordKind.REVIEW.id()) ? new FeedbackAlertService(imports.workspace()).afterImport(batches) : 0;
        AlertService.Outcome alerted = alerting.afterImport(batches, kinds, alertsBefore);
        new Batches(imports.workspace()).followedUp(batches);
        progress.progress(4, 4, Message.of("progress.done"));
        return new FollowUp(List.copyOf(batches), run, tracked, feedbackAlerts, alerted.raised());
    }

    private ForecastTrackingService.Outcome track() {
        return tracking == null ? new ForecastTrackingService.Outcome(0, 0, 0) : tracking.afterImport(true, threads);
    }

    /** What the steps after storing did; {@code validation} and {@code tracking} are null when nothing new was stored. */
    public record FollowUp(List<Long> batches, ValidationRun validation, ForecastTrackingService.Outcome tracking, int feedbackAlerts,
                           int ruleAlerts) {
        static final FollowUp NONE = new FollowUp(List.of(), null, null, 0, 0);

        public int alertsRaised() { return (tracking == null ? 0 : tracking.alertsRaised()) + feedbackAlerts + ruleAlerts; }
    }

    /** Each file's outcome, in import order, and the follow-up run on the new batches. */
    public record Imported(List<FileOutcome> files, FollowUp followUp) {}

    /** The removed batch and the forecast tracking that followed. */
    public record Undone(ImportBatch batch, ForecastTrackingService.Outcome tracking) {}
}
