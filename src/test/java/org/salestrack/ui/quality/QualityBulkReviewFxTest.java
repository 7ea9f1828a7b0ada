package org.salestrack.ui.quality;

import org.salestrack.ui.start.OpenedWorkspace;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.explore.ExploreService;
import org.salestrack.ingest.ImportPolicy;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.ProfileCodec;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.model.IssueFilter;
import org.salestrack.model.IssueStatus;
import org.salestrack.model.ValidationIssue;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import org.salestrack.ui.ScreenServices;
import org.salestrack.ui.ScriptedDialogs;
import org.salestrack.ui.Workbench;
import org.salestrack.validate.ValidationService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Bulk review as an analyst does it: shift-click, ctrl-click, shift+arrows and ctrl+A select many issues,
 * and Accept / Reject act on every selected one; the batch filter names files and the open count follows it.
 * Two files of lines whose IMEIs are too short: every line is an imei-invalid error, 6 in a.csv, 4 in b.csv.
 */
@ExtendWith(ApplicationExtension.class)
class QualityBulkReviewFxTest {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    @TempDir
    Path dir;
    ValidationService service;
    ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) throws Exception {
        Workspace ws = Workspace.open(dir.resolve("w.db"));
        ImportService imports = new ImportService(ws, ProfileLibrary.load(dir.resolve("profiles")), ImportPolicy.DEFAULT);
        var profile = ProfileCodec.read(copy("qa-profile.json"));
        imports.importFile(csv("a.csv", 0, 6), profile, ProgressListener.NONE, Cancellation.none());
        imports.importFile(csv("b.csv", 6, 4), profile, ProgressListener.NONE, Cancellation.none());
        ExploreService explore = new ExploreService(ws);
        explore.refresh(Cancellation.none());
        service = ValidationService.of(ws);
        ScreenServices services = org.salestrack.app.WorkspaceServices.screens(ws, "test", service);
        org.salestrack.pipeline.ImportPipeline pipeline = new org.salestrack.pipeline.ImportPipeline(imports, service, explore,
                new org.salestrack.forecast.ForecastTrackingService(ws, org.salestrack.forecast.tracking.AlertPolicy.DEFAULT), 1);
        new Workbench(new OpenedWorkspace("test", explore, pipeline, explore.span().orElseThrow(), services), Locale.ENGLISH, dialogs).show(stage);
    }

    private Path csv(String name, int first, int lines) throws Exception {
        StringBuilder b = new StringBuilder("receipt,line,time,store,sku,qty,amount,province,imei\n");
        for (int i = first; i < first + lines; i++) {
            b.append(String.format(Locale.ROOT, "R%d,1,2025-03-%02d 10:00:00,S01,P10,1,%d.00,广东省,1234%d%n", i, 1 + i, 100 * (i + 1), i));
        }
        Path p = dir.resolve(name);
        Files.writeString(p, b);
        return p;
    }

    private Path copy(String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/validate/" + name)) {
            Path p = dir.resolve(name);
            Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
            return p;
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        org.salestrack.ui.FxWait.until(30, condition);
    }

    private long count(IssueStatus status) { return service.count(IssueFilter.all().withStatus(status)); }

    private static TableView<ValidationIssue> issues(FxRobot robot) { return robot.lookup("#quality-issues").query(); }

    /** The batch list's cell showing {@code name} once its popup is on screen (a cell of a closed popup has no scene to click in). */
    private static Node batchCell(FxRobot robot, String name) throws Exception {
        java.util.function.Supplier<java.util.Optional<Node>> cell = () -> robot.lookup(".list-cell")
                .match((Node n) -> n instanceof ListCell<?> c && name.equals(c.getText()) && n.getScene() != null && n.isVisible()).tryQuery();
        waitUntil(() -> cell.get().isPresent());
        return cell.get().orElseThrow();
    }

    private static Node row(FxRobot robot, int index) {
        return robot.lookup("#quality-issues .table-row-cell").match((Node n) -> n instanceof TableRow<?> r && r.getIndex() == index
                && r.getItem() != null).query();
    }

    /** Opens Data quality and runs validation: 10 open issues, listed. */
    private TableView<ValidationIssue> validated(FxRobot robot) throws Exception {
        robot.clickOn("#nav-quality");
        robot.clickOn("#quality-run");
        TableView<ValidationIssue> t = issues(robot);
        waitUntil(() -> t.getItems().size() == 10);
        waitUntil(() -> robot.lookup("#quality-issues .table-row-cell").match((Node n) -> n instanceof TableRow<?> r && r.getIndex() == 9
                && r.getItem() != null).tryQuery().isPresent());
        // every line is held, far over 5%: the run asked before holding them
        assertThat(dialogs.confirmations).singleElement().asString().startsWith("The rule \"Invalid IMEI\" would hold 10 of 10 lines (100.0%)");
        assertThat(count(IssueStatus.OPEN)).isEqualTo(10);
        return t;
    }

    @Test
    void shiftClickSelectsTheRangeAndRejectActsOnAllOfIt(FxRobot robot) throws Exception {
        TableView<ValidationIssue> t = validated(robot);
        robot.clickOn(row(robot, 0));
        robot.press(KeyCode.SHIFT).clickOn(row(robot, 3)).release(KeyCode.SHIFT);
        assertThat(t.getSelectionModel().getSelectedIndices()).containsExactly(0, 1, 2, 3);
        robot.clickOn("#quality-reject");
        waitUntil(() -> count(IssueStatus.REJECTED) == 4);
        waitUntil(() -> t.getItems().size() == 6);
        assertThat(robot.lookup("#quality-message").queryLabeled().getText()).isEqualTo("Rejected 4 issues; their lines stay out of every total.");
    }

    @Test
    void ctrlClickAddsRowsAndAcceptActsOnAllOfThemThenTheCommentClears(FxRobot robot) throws Exception {
        TableView<ValidationIssue> t = validated(robot);
        robot.clickOn(row(robot, 0));
        robot.press(KeyCode.CONTROL).clickOn(row(robot, 2)).clickOn(row(robot, 4)).release(KeyCode.CONTROL);
        assertThat(t.getSelectionModel().getSelectedIndices()).containsExactly(0, 2, 4);
        robot.clickOn("#quality-comment").write("checked with the store");
        robot.clickOn("#quality-accept");
        waitUntil(() -> count(IssueStatus.ACCEPTED) == 3);
        waitUntil(() -> robot.lookup("#quality-comment").queryTextInputControl().getText().isEmpty());
        assertThat(service.issues(IssueFilter.all().withStatus(IssueStatus.ACCEPTED)))
                .allSatisfy(i -> assertThat(i.comment()).isEqualTo("checked with the store"));
    }

    @Test
    void shiftArrowsExtendTheSelection(FxRobot robot) throws Exception {
        TableView<ValidationIssue> t = validated(robot);
        robot.clickOn(row(robot, 1));
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        assertThat(t.getSelectionModel().getSelectedIndices()).containsExactly(1, 2, 3);
        robot.clickOn("#quality-reject");
        waitUntil(() -> count(IssueStatus.REJECTED) == 3);
    }

    @Test
    void ctrlASelectsEveryListedIssue(FxRobot robot) throws Exception {
        TableView<ValidationIssue> t = validated(robot);
        robot.clickOn(row(robot, 0));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        assertThat(t.getSelectionModel().getSelectedIndices()).hasSize(10);
        robot.clickOn("#quality-accept");
        waitUntil(() -> count(IssueStatus.ACCEPTED) == 10);
        waitUntil(() -> robot.lookup("#quality-open-count").queryLabeled().getText().equals("0 open issues"));
    }

    @Test
    void theBatchFilterNamesFilesTheCountFollowsItAndRejectAllTakesEveryMatch(FxRobot robot) throws Exception {
        TableView<ValidationIssue> t = validated(robot);
        waitUntil(() -> robot.lookup("#quality-open-count").queryLabeled().getText().equals("10 open issues"));
        robot.clickOn("#quality-batch");
        robot.clickOn(batchCell(robot, "b.csv"));
        waitUntil(() -> t.getItems().size() == 4);
        waitUntil(() -> robot.lookup("#quality-open-count").queryLabeled().getText().equals("4 open issues"));
        robot.clickOn("#quality-reject-all");
        waitUntil(() -> count(IssueStatus.REJECTED) == 4);
        assertThat(dialogs.confirmations).hasSize(2);
        assertThat(dialogs.confirmations.get(1)).startsWith("Reject all 4 issues matching the current filters");
        // only b.csv's issues: a.csv's six stay open
        assertThat(count(IssueStatus.OPEN)).isEqualTo(6);
        waitUntil(() -> robot.lookup("#quality-open-count").queryLabeled().getText().equals("0 open issues"));
    }

    /** With a batch chosen, the list used to reload itself without end (the combo's items replaced its value) and drop a ctrl-click selection. */
    @Test
    void ctrlClickWorksWithABatchChosen(FxRobot robot) throws Exception {
        TableView<ValidationIssue> t = validated(robot);
        robot.clickOn("#quality-batch");
        robot.clickOn(batchCell(robot, "b.csv"));
        waitUntil(() -> t.getItems().size() == 4);
        robot.clickOn(row(robot, 0));
        robot.press(KeyCode.CONTROL).clickOn(row(robot, 2)).clickOn(row(robot, 3)).release(KeyCode.CONTROL);
        assertThat(t.getSelectionModel().getSelectedIndices()).containsExactly(0, 2, 3);
        robot.clickOn("#quality-reject");
        waitUntil(() -> count(IssueStatus.REJECTED) == 3);
        waitUntil(() -> robot.lookup("#quality-open-count").queryLabeled().getText().equals("1 open issues"));
    }
}
