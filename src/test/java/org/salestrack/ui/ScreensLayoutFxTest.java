package org.salestrack.ui;

import org.salestrack.ui.start.OpenedWorkspace;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.explore.DatePreset;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 11 #11: at 1280x720, in English and in Chinese, no screen cuts a header, a button, a label or a cell
 * to "Quaran…" unless a tooltip gives the whole text. The workspace has what a first day has: several imports
 * with long file names, findings, alerts and audit entries.
 */
@ExtendWith(ApplicationExtension.class)
class ScreensLayoutFxTest {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    /** Every screen of the navigation. */
    static final List<String> SCREENS = List.of("dashboard", "explore", "import", "watch", "quality", "forecast", "customers", "marketing",
            "dealers", "inventory", "market", "feedback", "alerts", "reports", "audit");

    @TempDir
    Path dir;
    Workbench workbench;
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        ScreensFixture fx = ScreensFixture.create(dir);
        // a long export name, a file with findings (sales-small.csv has lines the rules flag), and thousands of lines
        Path longName = dir.resolve("pos-sales-2024-2025-guangdong-direct-stores.csv");
        Files.copy(TestWorkspace.copy("sales-small.csv", dir), longName);
        fx.ws.pipeline.importFiles(List.of(longName), null, ProgressListener.NONE, Cancellation.none());
        Path big = dir.resolve("tmall-orders-2025-06-28_2025-12.csv");
        Files.writeString(big, thousands(1234), StandardCharsets.UTF_8);
        fx.ws.pipeline.importFiles(List.of(big), null, ProgressListener.NONE, Cancellation.none());
        fx.ws.explore.refresh(Cancellation.none());
        workbench = new Workbench(new OpenedWorkspace("test", fx.ws.explore, fx.ws.pipeline, fx.ws.explore.span().orElseThrow(), fx.services), Locale.ENGLISH, new ScriptedDialogs());
        workbench.show(stage);
        workbench.state().applyPreset(DatePreset.LAST_12_MONTHS);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(720);
    }

    /** {@code n} one-unit sales lines, each its own order, in the test profile's columns. */
    static String thousands(int n) {
        StringBuilder b = new StringBuilder("订单号,日期,渠道,渠道类型,门店,省份,城市,SKU,品名,型号,系列,品类,数量,金额\n");
        for (int i = 0; i < n; i++) {
            b.append(String.format(Locale.ROOT, "B%05d,2025-%02d-%02d 10:00:00,天猫,online,,浙江,杭州,W3-GY,手环 W3 灰,W3,穿戴,穿戴,1,99.00%n", i,
                    1 + i % 12, 1 + i % 28));
        }
        return b.toString();
    }

    @Test
    void noScreenCutsItsTextsAt1280InEnglish(FxRobot robot) throws Exception { walk(robot, I18n.ENGLISH); }

    @Test
    void noScreenCutsItsTextsAt1280InChinese(FxRobot robot) throws Exception { walk(robot, I18n.CHINESE); }

    private void walk(FxRobot robot, Locale locale) throws Exception {
        robot.interact(() -> workbench.i18n().localeProperty().set(locale));
        List<String> cut = new ArrayList<>();
        for (String id : SCREENS) {
            robot.interact(() -> workbench.window().show(id));
            // the screen's first load runs off the FX thread; give it time, then let the tables lay out
            Thread.sleep(2500);
            WaitForAsyncUtils.waitForFxEvents();
            Node screen = robot.lookup("#nav-" + id).query().getScene().getRoot();
            for (String c : Truncation.cutTexts(screen)) cut.add(id + ": " + c);
            Node status = robot.lookup("#status-bar").query();
            if (status.localToScene(status.getBoundsInLocal()).getMaxY() > status.getScene().getHeight() + 0.5) {
                cut.add(id + ": the status bar is below the window");
            }
        }
        assertThat(cut).as("texts cut at 1280x720 in " + locale).isEmpty();
    }
}
