package org.salestrack.ui.channel;

import org.salestrack.ui.start.OpenedWorkspace;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.channel.ChannelWorkspace;
import org.salestrack.analytics.explore.ExploreService;
import org.salestrack.forecast.ForecastTrackingService;
import org.salestrack.forecast.tracking.AlertPolicy;
import org.salestrack.ingest.ImportPolicy;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.model.Dimension;
import org.salestrack.model.channel.ChannelRow;
import org.salestrack.pipeline.ImportPipeline;
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
 * The channel analyst opens Channels on the planted workspace ({@link ChannelWorkspace} states every figure)
 * for March 2025 in Guangdong: reads the ASP gap, the O2O orders and the cross-channel customers, clicks a
 * channel and sees every screen filtered to it (the breadcrumb) while the comparison keeps every channel with
 * the clicked one marked, ctrl-clicks a second one, and reads the screen in Chinese.
 */
@ExtendWith(ApplicationExtension.class)
class ChannelsScreenFxTest {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    @TempDir
    Path dir;
    Workbench workbench;

    @Start
    void start(Stage stage) throws Exception {
        Workspace ws = ChannelWorkspace.create(dir);
        ExploreService explore = new ExploreService(ws);
        ScreenServices services = org.salestrack.app.WorkspaceServices.screens(ws, "test", ValidationService.of(ws));
        ImportService imports = new ImportService(ws, ProfileLibrary.load(ImportService.profilesDir(ws)), ImportPolicy.DEFAULT);
        ImportPipeline pipeline = new ImportPipeline(imports, services.quality(), explore, new ForecastTrackingService(ws, AlertPolicy.DEFAULT), 1);
        workbench = new Workbench(new OpenedWorkspace("test", explore, pipeline, explore.span().orElseThrow(), services), Locale.ENGLISH, new ScriptedDialogs());
        workbench.show(stage);
        // the period is not what this test drives: March 2025 and Guangdong, set as the filter bar would
        workbench.state().setRange(ChannelWorkspace.FROM, ChannelWorkspace.TO);
        workbench.state().drill(Dimension.PROVINCE, ChannelWorkspace.GUANGDONG, "广东");
    }

    private static String text(FxRobot robot, String id) { return robot.lookup(id).queryLabeled().getText(); }

    private static Node row(FxRobot robot, String table, String name) {
        return robot.lookup(table + " .table-row-cell")
                .match((Node n) -> n instanceof TableRow<?> r && r.getItem() instanceof ChannelRow c && c.name().equals(name)).tryQuery().orElse(null);
    }

    private static boolean crumb(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n instanceof javafx.scene.control.Hyperlink h && h.getText().equals(text)).tryQuery().isPresent();
    }

    @Test
    void theAnalystComparesChannelsReadsTheCustomersAndFiltersByAChannel(FxRobot robot) throws Exception {
        robot.clickOn("#nav-channels");
        org.salestrack.ui.FxWait.until(30, () -> text(robot, "#channels-asp-gap").startsWith("ASP gap: offline sells +20.0%"));
        assertThat(text(robot, "#channels-asp-gap")).isEqualTo("ASP gap: offline sells +20.0% dearer per unit than online (¥2,400.00 against ¥2,000.00).");
        TableView<ChannelRow> types = robot.lookup("#channels-types").queryTableView();
        assertThat(types.getItems()).extracting(ChannelRow::key).containsExactly("online", "offline");
        org.salestrack.ui.FxWait.until(30, () -> robot.lookup("#channels-both-customers").tryQuery().isPresent());
        assertThat(text(robot, "#channels-o2o")).isEqualTo("O2O (ordered online, picked up in a store): 2 orders, 3 units, ¥6,000.00; 50.0% of the online units.");
        assertThat(text(robot, "#channels-both-customers")).isEqualTo("1");
        assertThat(text(robot, "#channels-both-spend")).isEqualTo("¥8,400.00");
        assertThat(text(robot, "#channels-both-repeat")).isEqualTo("100.0%");
        assertThat(text(robot, "#channels-online-customers")).isEqualTo("2");
        assertThat(text(robot, "#channels-online-spend")).isEqualTo("¥3,000.00");
        assertThat(text(robot, "#channels-online-repeat")).isEqualTo("50.0%");
        assertThat(text(robot, "#channels-age-1-band")).isEqualTo("18-24");
        assertThat(text(robot, "#channels-age-1-online")).isEqualTo("3");
        assertThat(text(robot, "#channels-age-1-offline")).isEqualTo("1");

        // a click on Tmall filters the workbench to it; the comparison keeps all three channels, Tmall marked
        TableView<ChannelRow> channels = robot.lookup("#channels-table").queryTableView();
        robot.clickOn(row(robot, "#channels-table", "Tmall"));
        org.salestrack.ui.FxWait.until(10, () -> crumb(robot, "Channel: Tmall"));
        String tmall = channels.getItems().stream().filter(r -> r.name().equals("Tmall")).findFirst().orElseThrow().key();
        assertThat(workbench.state().slice().keys(Dimension.CHANNEL)).containsExactly(tmall);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(channels.getItems()).hasSize(3);
        assertThat(channels.getSelectionModel().getSelectedItems()).extracting(ChannelRow::name).containsExactly("Tmall");
        // ctrl-click adds 官方商城 to the channels kept
        robot.press(KeyCode.CONTROL).clickOn(row(robot, "#channels-table", "官方商城")).release(KeyCode.CONTROL);
        org.salestrack.ui.FxWait.until(10, () -> workbench.state().slice().keys(Dimension.CHANNEL).size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(channels.getSelectionModel().getSelectedItems()).extracting(ChannelRow::name).containsExactlyInAnyOrder("Tmall", "官方商城");
        assertThat(text(robot, "#channels-asp-gap")).startsWith("ASP gap: offline sells +20.0%");

        // a click on the offline row filters by the channel type
        robot.clickOn(robot.lookup("#channels-types .table-row-cell")
                .match((Node n) -> n instanceof TableRow<?> r && r.getItem() instanceof ChannelRow c && c.key().equals("offline")).queryAs(Node.class));
        org.salestrack.ui.FxWait.until(10, () -> workbench.state().slice().keys(Dimension.CHANNEL_TYPE).contains("offline"));

        robot.clickOn("#lang-zh");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#channels-asp-gap")).isEqualTo("均价差：线下每台比线上贵 +20.0%（¥2,400.00 对 ¥2,000.00）。");
        assertThat(types.getColumns().get(0).getText()).isEqualTo("渠道");
        assertThat(text(robot, "#channels-both-spend")).isEqualTo("¥8,400.00");
    }
}
