package org.salestrack.pipeline.watch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.salestrack.ingest.FileOutcome;
import org.salestrack.ingest.ImportResult;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.map.RowError;
import org.salestrack.ingest.profile.MappingProfile;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.ingest.watch.Disposal;
import org.salestrack.ingest.watch.WatchFiles;
import org.salestrack.ingest.watch.WatchReasons;
import org.salestrack.model.BatchStatus;
import org.salestrack.model.Message;
import org.salestrack.model.watch.WatchEvent;
import org.salestrack.model.watch.WatchOutcome;
import org.salestrack.model.watch.WatchedFolder;
import org.salestrack.pipeline.ImportPipeline;
import org.salestrack.store.watch.WatchJournal;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports one complete file of a watched folder through the import pipeline (the folder's profile, or the
 * one its header matches), moves it to processed/ or failed/ with its reason file, and journals the outcome.
 * The same content stored already is not imported again: ImportService finds it by its SHA-256 and the file
 * goes to processed/ as a duplicate.
 */
public final class WatchedFileImport {
    private static final Logger LOG = LoggerFactory.getLogger(WatchedFileImport.class);
    /** A workspace that cannot store (locked by a long import elsewhere) is tried this many times before the file fails. */
    private static final int STORE_ATTEMPTS = 3;
    private static final int REASON_ROW_ERRORS = 20;

    private final ImportPipeline pipeline;
    private final WatchJournal journal;
    private final Map<Path, Integer> storeFailures = new HashMap<>();
    private volatile Cancellation running;
    private volatile boolean cancelled;

    public WatchedFileImport(ImportPipeline pipeline) {
        this.pipeline = pipeline;
        this.journal = new WatchJournal(pipeline.imports().workspace());
    }

    /** Cancels the import in progress, if any, and every later one: its transaction rolls back, its file stays. */
    void cancelRunning() {
        cancelled = true;
        Cancellation c = running;
        if (c != null) c.cancel();
    }

    /**
     * Imports {@code file} of {@code folder}; null when the import was cancelled or the workspace could not store
     * it this time (the file stays where it is and is tried again).
     */
    public WatchEvent importFile(WatchedFolder folder, Path file) {
        String name = file.getFileName().toString();
        String sha = null;
        try {
            sha = ImportService.sha256(file);
        } catch (IOException e) {
            return null; // gone or unreadable for now: the next scan sees it again if it is still there
        }
        MappingProfile profile = null;
        if (folder.profile() != null) {
            profile = ProfileLibrary.load(ImportService.profilesDir(pipeline.imports().workspace())).byName(folder.profile()).orElse(null);
            if (profile == null) return finish(folder.path(), file, sha, WatchOutcome.FAILED, null, WatchReasons.noSuchProfile(folder.profile()), List.of());
        }
        return importAs(folder.path(), file, sha, profile);
    }

    /** Imports {@code file} as one batch with {@code profile} (null: picked by header), moves it and journals it under {@code source}. */
    private WatchEvent importAs(String source, Path file, String sha, MappingProfile profile) {
        Cancellation cancel = new Cancellation();
        running = cancel;
        if (cancelled) cancel.cancel(); // a stop that came between the file's hash and here
        try {
            FileOutcome o = pipeline.importFiles(List.of(file), profile, ProgressListener.NONE, cancel).files().get(0);
            storeFailures.remove(file);
            if (o.refusal() != null) {
                return finish(source, file, sha, WatchOutcome.FAILED, null, o.refusal().reason(), o.refusal().errors());
            }
            ImportResult r = o.result();
            if (r.status() == BatchStatus.ALREADY_IMPORTED) {
                return finish(source, file, r.sha256(), WatchOutcome.DUPLICATE, r.batchId(), WatchReasons.duplicate(r), List.of());
            }
            return finish(source, file, r.sha256(), WatchOutcome.STORED, r.batchId(), WatchReasons.stored(r), r.errors());
        } catch (CancellationException e) {
            return null;
        } catch (RuntimeException e) {
            int attempts = storeFailures.merge(file, 1, Integer::sum);
            LOG.warn("cannot store {} (attempt {} of {}): {}", file, attempts, STORE_ATTEMPTS, e.toString());
            if (attempts < STORE_ATTEMPTS) return null;
            storeFailures.remove(file);
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return finish(source, file, sha, WatchOutcome.FAILED, null, WatchReasons.storeFailed(m), List.of());
        } finally {
            running = null;
        }
    }

    private WatchEvent finish(String source, Path file, String sha, WatchOutcome outcome, Long batch, Message why, List<RowError> errors) {
        String name = file.getFileName().toString();
        try {
            Disposal.move(file, outcome == WatchOutcome.FAILED ? WatchFiles.FAILED : WatchFiles.PROCESSED, reasonText(name, sha, outcome, why, errors));
        } catch (IOException e) {
            LOG.warn("cannot move {} out of the watched folder: {}", file, e.toString());
        }
        return journal.record(source, name, sha, outcome, batch, why);
    }

    private static String reasonText(String name, String sha, WatchOutcome outcome, Message why, List<RowError> errors) {
        StringBuilder b = new StringBuilder();
        b.append(outcome.id()).append(": ").append(why.english()).append('\n');
        b.append("file: ").append(name).append('\n');
        if (sha != null) b.append("sha256: ").append(sha).append('\n');
        b.append("at: ").append(LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS)).append('\n');
        int n = 0;
        for (RowError e : errors) {
            if (n++ == REASON_ROW_ERRORS) {
                b.append("… and more: see the import's quarantine\n");
                break;
            }
            b.append(e).append('\n');
        }
        return b.toString();
    }
}
