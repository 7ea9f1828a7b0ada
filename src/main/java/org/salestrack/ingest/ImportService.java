package org.salestrack.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.salestrack.ingest.map.MappedRow;
import org.salestrack.ingest.map.RowError;
import org.salestrack.ingest.map.TableLocator;
import org.salestrack.ingest.profile.MappingProfile;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.ingest.read.UnreadableFileException;
import org.salestrack.model.BatchStatus;
import org.salestrack.model.ImportBatch;
import org.salestrack.model.Message;
import org.salestrack.model.SaleLine;
import org.salestrack.store.Batches;
import org.salestrack.store.ImportSession;
import org.salestrack.store.Settings;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;

/**
 * Imports files into the workspace: picks the profile, reads and maps every row, stores the file as one
 * batch in one transaction (whole or not at all), and refuses it with reasons a user can act on.
 */
public final class ImportService {
    private static final int KEEP_ERRORS = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Workspace workspace;
    private final Batches batches;
    private final ProfileLibrary library;
    private final Pseudonymiser pseudonymiser;
    private final ImportPolicy policy;

    public ImportService(Workspace workspace, ProfileLibrary library, ImportPolicy policy) {
        this.workspace = workspace;
        this.batches = new Batches(workspace);
        this.library = library;
        this.pseudonymiser = new Pseudonymiser(new Settings(workspace).pseudonymKey());
        this.policy = policy;
    }

    /** The profiles folder that belongs to a workspace file. */
    public static Path profilesDir(Workspace workspace) {
        Path parent = workspace.file().toAbsolutePath().getParent();
        return parent.resolve("profiles");
    }

    public ProfileLibrary library() { return library; }

    /** The workspace the files go into, for the pipeline's steps after storing. */
    public Workspace workspace() { return workspace; }

    /**
     * @param profile the profile to use, or null to pick the shipped or saved one whose columns the header has
     * @throws ImportRejectedException when the file is refused; nothing was stored
     */
    public ImportResult importFile(Path file, MappingProfile profile, ProgressListener progress, Cancellation cancel)
            throws ImportRejectedException {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) throw new ImportRejectedException(name, Message.of("import.reason.no_such_file"), List.of());
        String sha;
        try {
            sha = sha256(file);
        } catch (IOException e) {
            throw new ImportRejectedException(name, Message.of("import.reason.cannot_read", String.valueOf(e.getMessage())), List.of());
        }
        TableLocator.Located located;
        try {
            located = TableLocator.locate(file, profile == null ? library.all() : List.of(profile), pseudonymiser);
        } catch (UnreadableFileException e) {
            throw new ImportRejectedException(name, e.reason(), List.of());
        } catch (IOException | RuntimeException e) {
            throw new ImportRejectedException(name, Message.of("import.reason.cannot_read", message(e)), List.of());
        }
        MappingProfile used = located.profile();
        Optional<ImportBatch> before = batches.findStored(sha, used.kind());
        if (before.isPresent()) {
            close(located);
            ImportBatch b = before.get();
            return new ImportResult(b.id(), name, sha, used.name(), used.kind().id(), b.read(), 0, 0, 0, 0, BatchStatus.ALREADY_IMPORTED, List.of());
        }
        return store(file, name, sha, located, progress, cancel);
    }

    private ImportResult store(Path file, String name, String sha, TableLocator.Located located, ProgressListener progress,
                               Cancellation cancel) throws ImportRejectedException {
        MappingProfile used = located.profile();
        List<RowError> errors = new ArrayList<>();
        long read = 0;
        long bad = 0;
        try (ImportSession session = batches.begin(name, file.toAbsolutePath().toString(), sha, used.kind(), used.name());
             var rows = located.rows();
             RowPrefetcher<Chunk> chunks = new RowPrefetcher<>(rows, name, Chunk::of)) {
            long size = Files.size(file);
            long nextProgress = 0;
            for (Chunk chunk = chunks.next(); chunk != null; chunk = chunks.next()) {
                if (!chunk.lines().isEmpty()) session.submit(chunk.lines(), chunk.keys());
                for (MappedRow row : chunk.rows()) {
                    read++;
                    if (row.ok()) {
                        if (row.sale() == null) session.add(row.row());
                    } else {
                        bad++;
                        if (errors.size() < KEEP_ERRORS) errors.add(row.error());
                        session.quarantine(row.sourceRow(), rawJson(rows.header(), row.raw()), row.error().toString(),
                                row.error().describe());
                    }
                }
                cancel.check();
                if (read >= nextProgress) {
                    long at = rows.position();
                    progress.progress(at < 0 ? read : at, at < 0 ? -1 : size,
                            Message.of("progress.import.rows", name, Message.grouped(read)));
                    nextProgress = read + 16_384;
                }
            }
            if (policy.rejects(read, bad)) {
                Message why = read == 0 ? Message.of("import.reason.no_data_rows")
                        : Message.of("import.reason.too_many_bad_rows", bad, read, Math.round(policy.maxBadShare() * 100),
                                errors.get(0).describe());
                throw new ImportRejectedException(name, why, errors);
            }
            progress.progress(size, size, Message.of("progress.import.saving", name));
            long duplicates = session.commit(read, 0);
            return new ImportResult(session.batchId(), name, sha, used.name(), used.kind().id(), read, session.stored() - duplicates,
                    bad, 0, duplicates, BatchStatus.STORED, errors);
        } catch (UnreadableFileException e) {
            throw new ImportRejectedException(name, Message.of("import.reason.reading_stopped", e.reason()), errors);
        } catch (IOException e) {
            throw new ImportRejectedException(name, Message.of("import.reason.reading_stopped", message(e)), errors);
        } catch (StoreException e) {
            if (StoreException.diskFull(e)) {
                throw new StoreException(name + ": the disk holding the workspace is full; nothing of it was stored and the workspace is as it "
                        + "was. Free some space and import it again", e);
            }
            throw new StoreException("the workspace could not store " + name + ": " + message(e), e);
        }
    }

    /** A chunk of mapped rows with its sale lines and their line keys picked out, on the reading thread. */
    private record Chunk(List<MappedRow> rows, List<SaleLine> lines, List<Long> keys) {
        static Chunk of(List<MappedRow> rows) {
            List<SaleLine> lines = new ArrayList<>(rows.size());
            List<Long> keys = new ArrayList<>(rows.size());
            for (MappedRow r : rows) {
                if (r.ok() && r.sale() != null) {
                    lines.add(r.sale());
                    keys.add(r.lineKey());
                }
            }
            return new Chunk(rows, lines, keys);
        }
    }

    public ImportBatch undo(long batchId) {
        return batches.undo(batchId);
    }

    public List<ImportBatch> batches() { return batches.list(); }

    private static String rawJson(List<String> header, List<String> cells) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String key = i < header.size() && !header.get(i).isBlank() ? header.get(i) : "column " + (i + 1);
            m.put(key, cells.get(i));
        }
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            return String.valueOf(cells);
        }
    }

    /** Whether the workspace stored a file with exactly this content (and kept it or undid it since). */
    public boolean saw(Path file) throws IOException { return batches.sawContent(sha256(file)); }

    /** The content hash a batch is remembered by (import_batch.sha256). */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n = in.read(buf); n > 0; n = in.read(buf)) md.update(buf, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void close(TableLocator.Located located) {
        try {
            located.rows().close();
        } catch (IOException ignored) {
            // only reading was done
        }
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
