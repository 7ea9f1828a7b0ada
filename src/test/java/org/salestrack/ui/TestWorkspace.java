package org.salestrack.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.salestrack.analytics.explore.ExploreService;
import org.salestrack.forecast.ForecastTrackingService;
import org.salestrack.forecast.tracking.AlertPolicy;
import org.salestrack.ingest.ImportPolicy;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.pipeline.ImportPipeline;
import org.salestrack.store.Workspace;
import org.salestrack.validate.ValidationService;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;

/** A small workspace built the way a user builds one: the test profile saved, the test CSV imported. */
public final class TestWorkspace {
    public final Workspace workspace;
    public final ImportService imports;
    public final ExploreService explore;
    /** The pipeline the screens import through, over these services. */
    public final ImportPipeline pipeline;

    private TestWorkspace(Workspace workspace, ImportService imports) {
        this.workspace = workspace;
        this.imports = imports;
        this.explore = new ExploreService(workspace);
        this.pipeline = new ImportPipeline(imports, ValidationService.of(workspace), explore,
                new ForecastTrackingService(workspace, AlertPolicy.DEFAULT), 1);
    }

    /** A workspace in {@code dir} with the test profile in its profiles folder and, if asked, sales-small.csv imported. */
    public static TestWorkspace create(Path dir, boolean withSales) {
        try {
            Workspace ws = Workspace.open(dir.resolve("workspace.db"));
            Path profiles = ImportService.profilesDir(ws);
            Files.createDirectories(profiles);
            Files.copy(resource("ui-test-sales.json"), profiles.resolve("ui-test-sales.json"), StandardCopyOption.REPLACE_EXISTING);
            ImportService imports = new ImportService(ws, ProfileLibrary.load(profiles), ImportPolicy.DEFAULT);
            TestWorkspace t = new TestWorkspace(ws, imports);
            if (withSales) {
                imports.importFile(copy("sales-small.csv", dir), null, ProgressListener.NONE, Cancellation.none());
                t.explore.refresh(Cancellation.none());
            }
            return t;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies a test resource into {@code dir} (imports record the path, so use a real file). */
    public static Path copy(String name, Path dir) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = TestWorkspace.class.getResourceAsStream("/ui/" + name)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    private static InputStream resource(String name) {
        return TestWorkspace.class.getResourceAsStream("/ui/" + name);
    }
}
