package org.salestrack.ui.dealer;

import org.salestrack.ui.start.OpenedWorkspace;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.dealer.DealerWorkspace;
import org.salestrack.analytics.explore.ExploreService;
import org.salestrack.forecast.ForecastTrackingService;
import org.salestrack.forecast.tracking.AlertPolicy;
import org.salestrack.ingest.ImportPolicy;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.model.dealer.DealerRow;
import org.salestrack.pipeline.ImportPipeline;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.ui.Reveal;
import org.salestrack.ui.ScreenServices;
import org.salestrack.ui.ScriptedDialogs;
import org.salestrack.ui.Workbench;
import org.salestrack.validate.ValidationService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Dealers on the province tile map (issue 14 #6) on the two-dealer workspace ({@link DealerWorkspace}: both
 * registered in Guangdong, 2025-Q3 sales ¥1,000,000.00 grade B and ¥200,000.00 grade C): Guangdong's tile says
 * so; a click on it ranks its dealers, a click on Beijing none, Show all every dealer again.
 */
@ExtendWith(ApplicationExtension.class)
class DealerMapFxTest {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        Workspace ws = DealerWorkspace.create(dir);
        ExploreService explore = new ExploreService(ws);
        explore.refresh(Cancellation.none());
        ScreenServices services = org.salestrack.app.WorkspaceServices.screens(ws, "test", ValidationService.of(ws));
        ImportService imports = new ImportService(ws, ProfileLibrary.load(dir.resolve("profiles")), ImportPolicy.DEFAULT);
        ImportPipeline pipeline = new ImportPipeline(imports, services.quality(), explore, new ForecastTrackingService(ws, AlertPolicy.DEFAULT), 1);
        new Workbench(new OpenedWorkspace("test", explore, pipeline, explore.span().orElseThrow(), services), Locale.ENGLISH, new ScriptedDialogs()).show(stage);
    }

    @Test
    void aProvinceTileShowsItsDealersAndAClickRanksOnlyThem(FxRobot robot) throws Exception {
        robot.clickOn("#nav-dealers");
        TableView<DealerRow> ranking = robot.lookup("#dealers-ranking").queryTableView();
        org.salestrack.ui.FxWait.until(30, () -> ranking.getItems().size() == 2);
        javafx.scene.Node guangdong = robot.lookup("#tile-44").query();
        javafx.scene.Node beijing = robot.lookup("#tile-11").query();
        Tooltip tip = (Tooltip) guangdong.getProperties().values().stream().filter(v -> v instanceof Tooltip).findFirst().orElseThrow();
        assertThat(tip.getText()).startsWith("Guangdong 广东\n2 dealers, sales ¥").endsWith("\nA 0 · B 1 · C 1");
        // coloured by sales: Guangdong's tile is not the no-data grey Beijing's is
        assertThat(guangdong.getStyle()).isNotEqualTo(beijing.getStyle());

        ScrollPane page = robot.lookup("#dealers-scroll").queryAs(ScrollPane.class);
        Reveal.in(robot, page, "#tile-44");
        robot.clickOn("#tile-44");
        org.salestrack.ui.FxWait.until(10, () -> "Ranking: dealers registered in Guangdong (2)".equals(
                robot.lookup("#dealers-map-filtered").queryLabeled().getText()));
        assertThat(ranking.getItems()).extracting(DealerRow::code).containsExactly("D001", "D002");

        Reveal.in(robot, page, "#tile-11");
        robot.clickOn("#tile-11");
        org.salestrack.ui.FxWait.until(10, () -> ranking.getItems().isEmpty());
        assertThat(robot.lookup("#dealers-map-filtered").queryLabeled().getText()).isEqualTo("Ranking: dealers registered in Beijing (0)");

        Reveal.in(robot, page, "#dealers-map-all");
        robot.clickOn("#dealers-map-all");
        org.salestrack.ui.FxWait.until(10, () -> ranking.getItems().size() == 2);
        assertThat(robot.lookup("#dealers-map-filtered").queryLabeled().getText()).isEmpty();

        // a second click on the province shown takes its filter off
        Reveal.in(robot, page, "#tile-44");
        robot.clickOn("#tile-44");
        org.salestrack.ui.FxWait.until(10, () -> !robot.lookup("#dealers-map-filtered").queryLabeled().getText().isEmpty());
        robot.clickOn("#tile-44");
        org.salestrack.ui.FxWait.until(10, () -> robot.lookup("#dealers-map-filtered").queryLabeled().getText().isEmpty());
        assertThat(ranking.getItems()).hasSize(2);
    }
}
