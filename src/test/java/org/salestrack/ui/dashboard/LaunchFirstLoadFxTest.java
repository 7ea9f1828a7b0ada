package org.salestrack.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.ui.FxWait;
import org.salestrack.ui.ScreenServices;
import org.salestrack.ui.ScriptedDialogs;
import org.salestrack.ui.TestWorkspace;
import org.salestrack.ui.Workbench;
import org.salestrack.ui.start.OpenedWorkspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The launch's last step (issue 23): the dashboard says it is reading the figures until they arrive, and the rollup
 * check run when the window is shown leaves the filters alone when the rollups were current (re-anchoring the
 * unchanged span restarted the dashboard's first load), while new data still re-anchors them so every view reloads.
 */
@ExtendWith(ApplicationExtension.class)
class LaunchFirstLoadFxTest {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    @TempDir
    Path dir;
    Workbench workbench;
    final AtomicInteger sliceChanges = new AtomicInteger();
    boolean sayingAtFirst;
    String saidAtFirst;

    @Start
    void start(Stage stage) {
        TestWorkspace ws = TestWorkspace.create(dir, true);
        ws.explore.refresh(org.salestrack.task.Cancellation.none());
        workbench = new Workbench(new OpenedWorkspace("test", ws.explore, ws.pipeline, ws.explore.span().orElseThrow(), ScreenServices.NONE),
                Locale.ENGLISH, new ScriptedDialogs());
        workbench.state().sliceProperty().addListener(o -> sliceChanges.incrementAndGet());
        workbench.show(stage);
        Label first = (Label) stage.getScene().lookup("#dashboard-first-load");
        sayingAtFirst = first.isVisible();
        saidAtFirst = first.getText();
    }

    @Test
    void theDashboardSaysItIsReadingUntilTheFiguresAndTheCheckDoesNotRestartIt(FxRobot robot) throws Exception {
        assertThat(sayingAtFirst).isTrue();
        assertThat(saidAtFirst).isEqualTo("Reading the figures…");
        FxWait.until(40, () -> workbench.tasks().running().isEmpty()
                && !robot.lookup("#kpi-units-value").queryAs(Label.class).getText().equals("–"));
        assertThat(robot.lookup("#dashboard-first-load").query().isVisible()).isFalse();
        assertThat(sliceChanges.get()).as("filters re-anchored by a check that found the rollups current").isZero();
        // new data (an import, an undo): the presets re-anchor and every view reloads
        robot.interact(workbench::dataChanged);
        FxWait.until(40, () -> sliceChanges.get() > 0);
        FxWait.until(40, () -> workbench.tasks().running().isEmpty());
        assertThat(sliceChanges.get()).isEqualTo(1);
    }
}
