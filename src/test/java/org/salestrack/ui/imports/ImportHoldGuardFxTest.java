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
 * The Import screen asks, as Data quality does, before the rules it runs on the new lines hold more than
 * 5% of them: "No" keeps the findings open and the lines counting, "Yes" holds them out of the totals.
 * Ten lines, every IMEI invalid: the rule would hold all ten.
 */
@ExtendWith(ApplicationExtension.class)
class ImportHoldGuardFxTest {
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
        try (InputStream in = ImportHoldGuardFxTest.class.getResourceAsStream("/validate/qa-profile.json")) {
            Files.copy(in, profiles.resolve("qa-profile.json"), StandardCopyOption.REPLACE_EXISTING);
        }
        ImportService imports = new ImportService(ws, ProfileLibrary.load(profiles), ImportPolicy.DEFAULT);
        ExploreService explore = new ExploreService(ws);
        ScreenServices services = org.salestrack.app.WorkspaceServices.screens(ws, "test", ValidationService.of(ws));
        ImportPipeline pipeline = new ImportPipeline(imports, services.quality(), explore, new ForecastTrackingService(ws, AlertPolicy.DEFAULT), 1);
        new Workbench(new OpenedWorkspace("test", explore, pipeline, null, services), Locale.ENGLISH, dialogs).show(stage);
    }

    /** Ten lines of ¥100 .. ¥1,000 whose IMEIs are all invalid. */
    private Path csv(String name, int first) throws Exception {
        StringBuilder b = new StringBuilder("receipt,line,time,store,sku,qty,amount,province,imei\n");
        for (int i = first; i < first + 10; i++) {
            b.append(String.format(Locale.ROOT, "R%d,1,2025-03-%02d 10:00:00,S01,P10,1,%d.00,广东省,1234%d%n", i, 1 + i - first, 100 * (i - first + 1), i));
        }
        return Files.writeString(dir.resolve(name), b);
    }

    private void importOnScreen(FxRobot robot, Path file, int batchesAfter) throws Exception {
        dialogs.filesToChoose = List.of(file);
        robot.clickOn("#nav-import");
        robot.clickOn("#import-choose");
        TableView<?> preview = robot.lookup("#import-preview").query();
        org.salestrack.ui.FxWait.until(30, () -> !preview.getItems().isEmpty());
        robot.clickOn("#import-run");
        TableView<?> batches = robot.lookup("#import-batches").query();
        org.salestrack.ui.FxWait.until(40, () -> batches.getItems().size() == batchesAfter);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private long heldLines() throws Exception {
        try (var c = ws.connect(); var st = c.createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM sale WHERE hold <> 0")) {
            return rs.getLong(1);
        }
    }

    @Test
    void answeringNoKeepsTheLinesCountingAndYesHoldsThem(FxRobot robot) throws Exception {
        dialogs.confirmAnswer = false;
        importOnScreen(robot, csv("a.csv", 0), 1);

        assertThat(dialogs.confirmations).singleElement().asString()
                .startsWith("The rule \"Invalid IMEI\" would hold 10 of 10 lines (100.0%), more than 5%");
        assertThat(heldLines()).isZero();
        // ¥100 + ... + ¥1,000 still count
        assertThat(new SummaryQuery(ws).run(List.of(), null, null).get(0).amount().toPlainString()).isEqualTo("5500.00");

        dialogs.confirmAnswer = true;
        importOnScreen(robot, csv("b.csv", 10), 2);

        assertThat(dialogs.confirmations).hasSize(2);
        assertThat(heldLines()).isEqualTo(10);
        // the second file's ten lines are out of the totals: only the first file's still count
        assertThat(new SummaryQuery(ws).run(List.of(), null, null).get(0).amount().toPlainString()).isEqualTo("5500.00");
        assertThat(dialogs.errors).isEmpty();

        // the import history follows a switch to Chinese: kind and status are redrawn, not left in English
        robot.clickOn("#lang-zh");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown = robot.lookup("#import-batches .table-cell").queryAll().stream()
                .map(n -> ((javafx.scene.control.TableCell<?, ?>) n).getText()).filter(t -> t != null && !t.isEmpty()).toList();
        assertThat(shown).contains("销售（零售）", "已存储").doesNotContain("stored");
    }
}
