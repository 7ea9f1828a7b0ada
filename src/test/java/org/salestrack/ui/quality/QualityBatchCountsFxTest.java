package org.salestrack.ui.quality;

import org.salestrack.ui.start.OpenedWorkspace;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.ui.ScreenServices;
import org.salestrack.ui.ScriptedDialogs;
import org.salestrack.ui.Workbench;
import org.salestrack.ui.explore.ExploreFixture;
import org.salestrack.ui.explore.ExploreFx;
import org.salestrack.validate.ValidationService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Issue 23: "Lines 10000000" had no thousands separators; counts read as the other figures do. */
@ExtendWith(ApplicationExtension.class)
class QualityBatchCountsFxTest {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        ExploreFixture fx = ExploreFixture.create(dir);
        ScreenServices services = org.salestrack.app.WorkspaceServices.screens(fx.ws.workspace, "test", ValidationService.of(fx.ws.workspace));
        new Workbench(new OpenedWorkspace("test", fx.ws.explore, fx.ws.pipeline, fx.ws.explore.span().orElseThrow(), services), Locale.ENGLISH, new ScriptedDialogs())
                .show(stage);
    }

    @Test
    void aBatchsLineCountIsGroupedInThousands(FxRobot robot) throws Exception {
        robot.clickOn("#nav-quality");
        ExploreFx.waitUntil(() -> robot.lookup("#quality-batches .table-cell").match((Node n) -> n instanceof TableCell<?, ?> c
                && "1,500".equals(c.getText())).tryQuery().isPresent());
        assertThat(robot.lookup("#quality-batches .table-cell").match((Node n) -> n instanceof TableCell<?, ?> c
                && "1500".equals(c.getText())).tryQuery()).isEmpty();
    }
}
