package org.salestrack.ui.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.explore.ExploreService;
import org.salestrack.forecast.ForecastTrackingService;
import org.salestrack.forecast.tracking.AlertPolicy;
import org.salestrack.ingest.ImportPolicy;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.ProfileCodec;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.model.ValidationIssue;
import org.salestrack.pipeline.ImportPipeline;
import org.salestrack.store.Workspace;
import org.salestrack.task.BackgroundTask;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import org.salestrack.ui.FxWait;
import org.salestrack.ui.ScreenServices;
import org.salestrack.ui.ScriptedDialogs;
import org.salestrack.ui.Workbench;
import org.salestrack.ui.start.OpenedWorkspace;
import org.salestrack.validate.ValidationService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * On the 10M-line workspace the list took seconds to read after a run, and meanwhile the screen said "0 open issues" and
 * "No issues match the filters." beside a finished run of 5.3M findings; every filter change also scored the batches
 * again (17.5 s). Here the screen's reads are held back by filling its query threads, so what it says while reading can
 * be looked at: the count and the list say they are reading, a filter change leaves the batches' scores alone, and a
 * review scores them again with the tab saying so.
 */
@ExtendWith(ApplicationExtension.class)
class QualityLoadingFxTest {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    @TempDir
    Path dir;
    Workbench workbench;
    CountDownLatch release = new CountDownLatch(0);

    @Start
    void start(Stage stage) throws Exception {
        Workspace ws = Workspace.open(dir.resolve("w.db"));
        ImportService imports = new ImportService(ws, ProfileLibrary.load(dir.resolve("profiles")), ImportPolicy.DEFAULT);
        imports.importFile(copy("qa-sales.csv"), ProfileCodec.read(copy("qa-profile.json")), ProgressListener.NONE, Cancellation.none());
        ExploreService explore = new ExploreService(ws);
        explore.refresh(Cancellation.none());
        ScreenServices services = org.salestrack.app.WorkspaceServices.screens(ws, "test", ValidationService.of(ws));
        ImportPipeline pipeline = new ImportPipeline(imports, services.quality(), explore, new ForecastTrackingService(ws, AlertPolicy.DEFAULT), 1);
        workbench = new Workbench(new OpenedWorkspace("test", explore, pipeline, explore.span().orElseThrow(), services), Locale.ENGLISH,
                new ScriptedDialogs());
        workbench.show(stage);
    }

    @AfterEach
    void letGo() { release.countDown(); }

    private Path copy(String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/validate/" + name)) {
            Path p = dir.resolve(name);
            Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
            return p;
        }
    }

    /** Occupies both query threads until {@link #release} opens: what the screen asks next waits behind them. */
    private void holdTheReads() throws InterruptedException {
        release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(2);
        for (int i = 0; i < 2; i++) {
            workbench.queries().execute(new BackgroundTask<Void>("") {
                @Override
                public Void call() throws Exception {
                    started.countDown();
                    release.await(60, TimeUnit.SECONDS);
                    return null;
                }
            }, v -> { }, e -> { });
        }
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    }

    private static String text(FxRobot robot, String id) { return robot.lookup(id).queryLabeled().getText(); }

    private static void pick(FxRobot robot, String combo, String item) throws Exception {
        robot.clickOn(combo);
        FxWait.until(10, () -> robot.lookup(".list-cell").match((Node n) -> n instanceof ListCell<?> c && item.equals(c.getText()))
                .tryQuery().isPresent());
        robot.clickOn(robot.lookup(".list-cell").match((Node n) -> n instanceof ListCell<?> c && item.equals(c.getText())).<Node>query());
    }

    private static String batchTab(FxRobot robot) {
        TableView<?> batches = robot.lookup("#quality-batches").queryTableView();
        return robot.lookup(".tab-pane").queryAllAs(javafx.scene.control.TabPane.class).stream().flatMap(p -> p.getTabs().stream())
                .filter(t -> t.getContent() == batches).map(Tab::getText).findFirst().orElseThrow();
    }

    private static Node placeholder(FxRobot robot) {
        return robot.lookup("#quality-issues").queryTableView().getPlaceholder();
    }

    @Test
    void theScreenSaysItIsReadingAndAFilterLeavesTheBatchScoresAlone(FxRobot robot) throws Exception {
        robot.clickOn("#nav-quality");
        robot.clickOn("#quality-run");
        TableView<ValidationIssue> issues = robot.lookup("#quality-issues").queryTableView();
        FxWait.until(30, () -> issues.getItems().size() == 2 && text(robot, "#quality-open-count").equals("2 open issues"));
        FxWait.until(10, () -> batchTab(robot).equals("Quality by batch"));
        TableView<?> batches = robot.lookup("#quality-batches").queryTableView();
        Object scored = batches.getItems().get(0);

        // an empty list, then the reads held back: the list and the count say they are reading
        pick(robot, "#quality-status", "Rejected");
        FxWait.until(10, () -> issues.getItems().isEmpty()
                && ((javafx.scene.control.Label) placeholder(robot)).getText().equals("No issues match the filters."));
        holdTheReads();
        pick(robot, "#quality-status", "Open");
        FxWait.until(10, () -> text(robot, "#quality-open-count").equals("Counting open issues…"));
        assertThat(((javafx.scene.control.Label) placeholder(robot)).getText()).isEqualTo("Reading the issues…");
        // a filter changes the list, not the scores: the batches are not read again
        assertThat(batchTab(robot)).isEqualTo("Quality by batch");
        release.countDown();
        FxWait.until(10, () -> issues.getItems().size() == 2 && text(robot, "#quality-open-count").equals("2 open issues"));
        assertThat(batches.getItems().get(0)).isSameAs(scored);

        // a review changes the findings: the batches are scored again, and the tab says so until the scores arrive
        holdTheReads();
        robot.clickOn(robot.lookup(".table-row-cell").match((Node n) -> n instanceof javafx.scene.control.TableRow<?> r
                && r.getItem() instanceof ValidationIssue i && i.rule().equals("imei-invalid")).<Node>query());
        robot.clickOn("#quality-accept");
        FxWait.until(10, () -> batchTab(robot).equals("Quality by batch (scoring…)"));
        assertThat(text(robot, "#quality-open-count")).isEqualTo("Counting open issues…");
        // the row the accept took away is still listed from the last read; the count does not claim it
        release.countDown();
        FxWait.until(10, () -> batchTab(robot).equals("Quality by batch") && issues.getItems().size() == 1);
        FxWait.until(10, () -> text(robot, "#quality-open-count").equals("1 open issues"));
        assertThat(batches.getItems().get(0)).isNotSameAs(scored);
        assertThat(((org.salestrack.model.BatchQuality) batches.getItems().get(0)).openIssues()).isEqualTo(1);
    }
}
