package org.salestrack.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.salestrack.forecast.ForecastTrackingService;
import org.salestrack.ingest.FileOutcome;
import org.salestrack.ingest.ImportPolicy;
import org.salestrack.ingest.ImportRejectedException;
import org.salestrack.ingest.ImportResult;
import org.salestrack.ingest.map.RowError;
import org.salestrack.ingest.profile.MappingProfile;
import org.salestrack.ingest.profile.ProfileCodec;
import org.salestrack.model.BatchStatus;
import org.salestrack.model.ImportBatch;
import org.salestrack.pipeline.ImportPipeline;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import org.salestrack.validate.HoldGuard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import}: stores files in the workspace (exit 3 when a file is refused), or undoes a batch. */
@Command(name = "import", description = "Import files into the workspace, or undo an import batch.")
final class ImportCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--profile", paramLabel = "P.json", description = "Mapping profile to use (default: picked from the header).")
    Path profile;

    @Option(names = "--json", description = "Print machine-readable output.")
    boolean json;

    @Option(names = "--undo", paramLabel = "N", description = "Remove import batch N and everything it stored.")
    Long undo;

    @Option(names = "--max-bad-share", paramLabel = "S", defaultValue = "0.05",
            description = "Refuse a file when more than this share of its rows is bad (default ${DEFAULT-VALUE}).")
    double maxBadShare;

    @Option(names = "--max-hold-share", paramLabel = "S", defaultValue = "0.05",
            description = "A rule finding problems in more than this share of the new lines holds none of them unless --hold-anyway (default ${DEFAULT-VALUE}).")
    double maxHoldShare;

    @Option(names = "--hold-anyway", description = "Hold the lines of a rule even when it fires on more than --max-hold-share of the new lines.")
    boolean holdAnyway;

    @Option(names = "--no-forecast-tracking",
            description = "Skip comparing kept forecasts with the months that arrived (alerts) and refitting them.")
    boolean noForecastTracking;

    @Option(names = "--encrypt", description = "Create the workspace encrypted (AES-256) under the passphrase from --passphrase-file F or SALESTRACK_PASSPHRASE.")
    boolean encrypt;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Files to import.")
    List<Path> files = new ArrayList<>();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        workspace.encryptNew = encrypt;
        Workspace ws = workspace.openToChange();
        ImportPipeline pipeline = Pipelines.of(ws, new ImportPolicy(maxBadShare)).withHoldGuard(new HoldGuard(maxHoldShare, m -> holdAnyway));
        if (noForecastTracking) pipeline = pipeline.withoutForecastTracking();
        if (undo != null) {
            if (!files.isEmpty()) throw new IllegalArgumentException("--undo takes no files");
            ImportPipeline.Undone undone = pipeline.undo(undo, ProgressListener.NONE);
            ImportBatch b = undone.batch();
            printTracking(err, undone.tracking());
            if (json) out.println(Json.write(Map.of("undone", batchJson(b))));
            else out.printf("undone batch %d (%s): %d rows removed%n", b.id(), b.fileName(), b.stored());
            return ExitCodes.OK;
        }
        if (files.isEmpty()) throw new IllegalArgumentException("name at least one FILE to import, or --undo N");
        MappingProfile forced = profile == null ? null : ProfileCodec.read(profile);
        List<Map<String, Object>> batches = new ArrayList<>();
        int exit = ExitCodes.OK;
        ImportPipeline.Imported imported = pipeline.importFiles(files, forced, ProgressListener.NONE, Cancellation.none());
        for (FileOutcome o : imported.files()) {
            ImportResult r = o.result();
            if (r != null) {
                batches.add(resultJson(r));
                if (!json) {
                    out.printf("%s: batch %d, profile %s, %d read, %d stored, %d quarantined, %d duplicate (%s)%n", r.file(),
                            r.batchId(), r.profile(), r.read(), r.stored(), r.quarantined(), r.duplicates(), r.status().id());
                }
                for (RowError e : r.errors()) err.println(r.file() + ": quarantined " + e);
            } else {
                ImportRejectedException e = o.refusal();
                exit = ExitCodes.REJECTED;
                err.println("rejected " + e.getMessage());
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("batch", null);
                m.put("file", e.file());
                m.put("status", "rejected");
                m.put("reason", e.getMessage());
                batches.add(m);
            }
        }
        if (json) out.println(Json.write(Map.of("batches", batches)));
        ImportPipeline.FollowUp after = imported.followUp();
        if (after.validation() != null) {
            err.printf("data quality: %d findings on the new batches (%d open, %d already reviewed)%n",
                    after.validation().report().total(), after.validation().opened(), after.validation().alreadyReviewed());
            for (org.salestrack.validate.MassHold m : after.validation().notHeld()) {
                err.printf(java.util.Locale.ROOT, "rule %s fires on %,d of %,d new lines (%.1f%%), more than %.1f%%: its findings were saved but hold no "
                        + "lines. Check its parameters, or import with --hold-anyway (or run validate --hold-anyway) to hold them.%n",
                        m.rule(), m.lines(), m.totalLines(), m.share() * 100, maxHoldShare * 100);
            }
        }
        printTracking(err, after.tracking());
        if (after.feedbackAlerts() > 0) err.printf("feedback: %d negative review spikes raised as alerts%n", after.feedbackAlerts());
        return exit;
    }

    private static void printTracking(PrintWriter err, ForecastTrackingService.Outcome t) {
        if (t != null && (t.seriesTracked() > 0 || t.seriesRefit() > 0)) {
            err.printf("forecast tracking: %d series compared with their actuals, %d alerts raised, %d series refit%n",
                    t.seriesTracked(), t.alertsRaised(), t.seriesRefit());
        }
    }

    private static Map<String, Object> resultJson(ImportResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("batch", r.batchId());
        m.put("file", r.file());
        m.put("sha256", r.sha256());
        m.put("profile", r.profile());
        m.put("kind", r.kind());
        m.put("read", r.read());
        m.put("stored", r.stored());
        m.put("quarantined", r.quarantined());
        m.put("rejected", r.rejected());
        m.put("duplicates", r.duplicates());
        m.put("status", r.status().id());
        return m;
    }

    private static Map<String, Object> batchJson(ImportBatch b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("batch", b.id());
        m.put("file", b.fileName());
        m.put("sha256", b.sha256());
        m.put("stored", b.stored());
        m.put("status", b.status().id());
        return m;
    }
}
