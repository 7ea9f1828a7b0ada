package org.salestrack.ui.imports;

import org.salestrack.ui.start.OpenedWorkspace;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.explore.ExploreService;
import org.salestrack.forecast.ForecastTrackingService;
import org.salestrack.forecast.tracking.AlertPolicy;
import org.salestrack.ingest.ImportPolicy;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.model.ValidationIssue;
import org.salestrack.pipeline.ImportPipeline;
import org.salestrack.store.SummaryQuery;
import org.salestrack.store.Workspace;
import org.salestrack.ui.ScreenServices;
import org.salestrack.ui.ScriptedDialogs;
import org.salestrack.ui.Workbench;
import org.salestrack.validate.ValidationService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 11 #2 on the screen: a file imported on the Import screen has its findings on Data quality without
 * "Run validation", and the lines they hold are already out of the totals.
 */
@ExtendWith(ApplicationExtension.class)
class ImportFindingsFxTest {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    @TempDir
    Path dir;
    Workspace ws;
    ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) throws Exception {
        ws = Workspace.open(dir.resolve("w.db"));
        Path profiles = Files.createDirectories(dir.resolve("profiles"));
        copy("qa-profile.json", profiles);
        ImportService imports = new ImportService(ws, ProfileLibrary.load(profiles), ImportPolicy.DEFAULT);
        ExploreService explore = new ExploreService(ws);
        ScreenServices services = org.salestrack.app.WorkspaceServices.screens(ws, "test", ValidationService.of(ws));
        ImportPipeline pipeline = new ImportPipeline(imports, services.quality(), explore, new ForecastTrackingService(ws, AlertPolicy.DEFAULT), 1);
        new Workbench(new OpenedWorkspace("test", explore, pipeline, null, services), Locale.ENGLISH, dialogs).show(stage);
    }

    private static Path copy(String name, Path to) throws Exception {
        Path p = to.resolve(name);
        try (InputStream in = ImportFindingsFxTest.class.getResourceAsStream("/validate/" + name)) {
            Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
        }
        return p;
    }

    @Test
    void aFileImportedOnTheScreenArrivesWithItsFindings(FxRobot robot) throws Exception {
        dialogs.filesToChoose = List.of(copy("qa-sales.csv", dir));
        robot.clickOn("#nav-import");
        robot.clickOn("#import-choose");
        TableView<?> preview = robot.lookup("#import-preview").query();
        org.salestrack.ui.FxWait.until(30, () -> !preview.getItems().isEmpty());
        robot.clickOn("#import-run");
        TableView<?> batches = robot.lookup("#import-batches").query();
        org.salestrack.ui.FxWait.until(40, () -> batches.getItems().size() == 1);

        robot.clickOn("#nav-quality");
        TableView<ValidationIssue> issues = robot.lookup("#quality-issues").query();
        // no click on "Run validation": the import ran the rules
        org.salestrack.ui.FxWait.until(30, () -> issues.getItems().size() == 2);
        assertThat(issues.getItems()).extracting(ValidationIssue::rule).contains("imei-invalid");
        org.salestrack.ui.FxWait.until(10, () -> "2 open issues".equals(robot.lookup("#quality-open-count").queryLabeled().getText()));
        // the error line is held out: 1,500.00 counts, as QualityScreenFxTest finds after "Run validation"
        assertThat(new SummaryQuery(ws).run(List.of(), null, null).get(0).amount().toPlainString()).isEqualTo("1500.00");
        assertThat(dialogs.errors).isEmpty();
    }
}
