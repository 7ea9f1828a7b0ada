package org.salestrack.pipeline.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.salestrack.ingest.FileOutcome;
import org.salestrack.ingest.ImportResult;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.api.ApiFetch;
import org.salestrack.ingest.api.ApiToken;
import org.salestrack.ingest.profile.MappingProfile;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.ingest.watch.WatchReasons;
import org.salestrack.model.BatchStatus;
import org.salestrack.model.Message;
import org.salestrack.model.watch.ApiSource;
import org.salestrack.model.watch.WatchEvent;
import org.salestrack.model.watch.WatchOutcome;
import org.salestrack.pipeline.ImportPipeline;
import org.salestrack.store.watch.ApiSources;
import org.salestrack.store.watch.WatchJournal;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one API source and imports what it brought through the import pipeline as one batch, named after the
 * source and the time of the poll, then moves the source's watermark to the latest record stored. A poll that fails
 * anywhere (an error answer, a timeout, a refused file) stores nothing and leaves the watermark where it was, so the
 * next poll asks for the same records again; it is journalled with its reason like a failed file.
 */
public final class ApiSourcePoll {
    private static final Logger LOG = LoggerFactory.getLogger(ApiSourcePoll.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final ImportPipeline pipeline;
    private final ApiSources sources;
    private final WatchJournal journal;
    private final ApiFetch fetch;
    private volatile Cancellation running;

    public ApiSourcePoll(ImportPipeline pipeline, Duration pageTimeout) {
        this.pipeline = pipeline;
        this.sources = new ApiSources(pipeline.imports().workspace());
        this.journal = new WatchJournal(pipeline.imports().workspace());
        this.fetch = new ApiFetch(pageTimeout);
    }

    /** Cancels the poll in progress, if any: nothing of it is stored. */
    void cancelRunning() {
        Cancellation c = running;
        if (c != null) c.cancel();
    }

    /** Polls {@code source} now; null when it brought no new records or was cancelled. */
    public WatchEvent poll(ApiSource source) {
        Cancellation cancel = new Cancellation();
        running = cancel;
        Path dir = null;
        try {
            MappingProfile profile = ProfileLibrary.load(ImportService.profilesDir(pipeline.imports().workspace())).byName(source.profile()).orElse(null);
            if (profile == null) return failed(source, null, WatchReasons.noSuchProfile(source.profile()));
            dir = Files.createTempDirectory("salestrack-api");
            Path file = dir.resolve(source.name().replaceAll("[^\\p{L}\\p{N}._-]", "_") + "-" + LocalDateTime.now().format(STAMP) + ".jsonl");
            ApiFetch.Fetched got = fetch.fetch(source, ApiToken.read(source.tokenFile() == null ? null : Path.of(source.tokenFile())), file, cancel);
            if (got.records() == 0) return null;
            FileOutcome o = pipeline.importFiles(List.of(file), profile, ProgressListener.NONE, cancel).files().get(0);
            if (o.refusal() != null) return failed(source, file.getFileName().toString(), o.refusal().reason());
            ImportResult r = o.result();
            if (got.watermark() != null) sources.advance(source.id(), got.watermark());
            WatchOutcome outcome = r.status() == BatchStatus.ALREADY_IMPORTED ? WatchOutcome.DUPLICATE : WatchOutcome.STORED;
            return journal.record(source.source(), r.file(), r.sha256(), outcome, r.batchId(),
                    outcome == WatchOutcome.DUPLICATE ? WatchReasons.duplicate(r) : WatchReasons.stored(r));
        } catch (CancellationException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            LOG.warn("the poll of API source {} failed: {}", source.name(), e.toString());
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return failed(source, null, WatchReasons.pollFailed(m));
        } finally {
            running = null;
            deleteAll(dir);
        }
    }

    private WatchEvent failed(ApiSource source, String file, Message why) {
        return journal.record(source.source(), file == null ? source.url() : file, null, WatchOutcome.FAILED, null, why);
    }

    private static void deleteAll(Path dir) {
        if (dir == null) return;
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) Files.deleteIfExists(p);
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            LOG.debug("cannot remove {}: {}", dir, e.toString());
        }
    }
}
