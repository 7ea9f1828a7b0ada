package org.salestrack.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.salestrack.ingest.profile.MappingProfile;
import org.salestrack.ingest.profile.ProfileCodec;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.model.SummaryRow;
import org.salestrack.store.SummaryQuery;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;

/** A fresh workspace in a temp folder and the test files of src/test/resources/ingest. */
public final class IngestFixture {
    public final Workspace workspace;
    public final ImportService service;
    public final Path dir;

    public IngestFixture(Path dir) {
        this.dir = dir;
        this.workspace = Workspace.open(dir.resolve("ws.db"));
        this.service = new ImportService(workspace, ProfileLibrary.load(dir.resolve("profiles")), ImportPolicy.DEFAULT);
    }

    public static Path resource(String name) {
        try (InputStream in = IngestFixture.class.getResourceAsStream("/ingest/" + name)) {
            if (in == null) throw new IllegalArgumentException("no test resource " + name);
            Path tmp = Files.createTempDirectory("ingest").resolve(name);
            Files.copy(in, tmp);
            return tmp;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static MappingProfile profile(String name) {
        try {
            return ProfileCodec.read(resource(name));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public ImportResult importFile(Path file, MappingProfile profile) throws ImportRejectedException {
        return service.importFile(file, profile, ProgressListener.NONE, Cancellation.none());
    }

    public SummaryRow total() {
        List<SummaryRow> rows = new SummaryQuery(workspace).run(List.of(), null, null);
        return rows.isEmpty() ? new SummaryRow(List.of(), 0, 0, 0, java.math.BigDecimal.ZERO.setScale(2), java.math.BigDecimal.ZERO.setScale(2)) : rows.get(0);
    }

    public List<SummaryRow> by(String... dims) {
        return new SummaryQuery(workspace).run(List.of(dims), null, null);
    }
}
