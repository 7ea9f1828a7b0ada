package org.salestrack.ui.quality;

import org.salestrack.ui.start.OpenedWorkspace;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
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
import org.salestrack.ingest.profile.ProfileCodec;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.model.SourceRow;
import org.salestrack.model.ValidationIssue;
import org.salestrack.pipeline.ImportPipeline;
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
 * Issue 11 #12 as the analyst met it on Data quality: a row the importer could not store showed raw JSON and, as its
 * neighbours, itself; the severity box in Rule settings had no label. Clicking the quarantined row's finding now shows
 * the file's row one field per column and the stored rows around it, and the severity box is labelled.
 */
@ExtendWith(ApplicationExtension.class)
class QualityQuarantineFxTest {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        Workspace ws = Workspace.open(dir.resolve("w.db"));
        ImportService imports = new ImportService(ws, ProfileLibrary.load(dir.resolve("profiles")), ImportPolicy.DEFAULT);
        ExploreService explore = new ExploreService(ws);
        ScreenServices services = org.salestrack.app.WorkspaceServices.screens(ws, "test", ValidationService.of(ws));
        ImportPipeline pipeline = new ImportPipeline(imports, services.quality(), explore, new ForecastTrackingService(ws, AlertPolicy.DEFAULT), 1);
        // twenty good rows and, at file row 22, a date that does not exist: quarantined with its reason
        StringBuilder csv = new StringBuilder("receipt,line,time,store,sku,qty,amount,province,imei\n");
        for (int i = 1; i <= 20; i++) {
            csv.append("Q").append(i).append(",1,2025-04-0").append(1 + i % 9).append(" 10:00:00,S03,P10,1,100.00,广东省,\n");
        }
        csv.append("Q21,1,2025-04-31 10:00:00,S03,P10,1,100.00,广东省,\n");
        Path file = dir.resolve("with-bad-row.csv");
        Files.writeString(file, csv);
        pipeline.importFiles(List.of(file), ProfileCodec.read(copy("qa-profile.json")), ProgressListener.NONE, Cancellation.none());
        explore.refresh(Cancellation.none());
        new Workbench(new OpenedWorkspace("test", explore, pipeline, explore.span().orElseThrow(), services), Locale.ENGLISH, new ScriptedDialogs()).show(stage);
    }

    private Path copy(String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/validate/" + name)) {
            Path p = dir.resolve(name);
            Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
            return p;
        }
    }

    @Test
    void theQuarantinedRowShowsItsFieldsAndTheRowsAroundItAndTheSeverityBoxIsLabelled(FxRobot robot) throws Exception {
        robot.clickOn("#nav-quality");
        TableView<ValidationIssue> issues = robot.lookup("#quality-issues").queryTableView();
        org.salestrack.ui.FxWait.until(40, () -> issues.getItems().stream().anyMatch(i -> i.rule().equals("required")));
        WaitForAsyncUtils.waitForFxEvents();
        int index = issues.getItems().indexOf(issues.getItems().stream().filter(i -> i.rule().equals("required")).findFirst().orElseThrow());
        robot.interact(() -> issues.scrollTo(index));
        robot.clickOn(robot.lookup("#quality-issues .table-row-cell").match((Node n) -> n instanceof TableRow<?> r && r.getIndex() == index)
                .queryAs(Node.class));

        TableView<SourceRow> lines = robot.lookup("#quality-lines").queryTableView();
        TableView<SourceRow> neighbours = robot.lookup("#quality-neighbours").queryTableView();
        org.salestrack.ui.FxWait.until(20, () -> lines.getItems().size() == 1 && !neighbours.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        // the row as the file had it: one column per field, not one cell of JSON
        List<String> headers = lines.getColumns().stream().map(TableColumn::getText).toList();
        assertThat(headers).contains("Row", "receipt", "time", "Store code", "Amount");
        SourceRow row = lines.getItems().get(0);
        assertThat(row.sourceRow()).isEqualTo(22);
        assertThat(row.fields()).containsEntry("receipt", "Q21").containsEntry("time", "2025-04-31 10:00:00");
        assertThat(row.fields().values()).noneMatch(v -> v != null && v.trim().startsWith("{"));
        // the stored rows before it in the file, not the quarantined row itself again
        assertThat(neighbours.getItems()).extracting(SourceRow::sourceRow).containsExactly(19, 20, 21);

        robot.clickOn("Rule settings");
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<?> severity = robot.lookup("#quality-rule-severity").queryComboBox();
        Label label = robot.lookup(".label").match((Node n) -> n instanceof Label l && l.getLabelFor() == severity).queryAs(Label.class);
        assertThat(label.getText()).isEqualTo("Severity");
        assertThat(label.isVisible()).isTrue();
    }
}
