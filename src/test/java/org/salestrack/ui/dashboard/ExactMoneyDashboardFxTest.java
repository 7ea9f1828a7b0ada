package org.salestrack.ui.dashboard;

import org.salestrack.ui.start.OpenedWorkspace;
import org.salestrack.ui.ScreenServices;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.model.Money;
import org.salestrack.model.cube.Slice;
import org.salestrack.money.ExactMoneyFile;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import org.salestrack.ui.Format;
import org.salestrack.ui.ScriptedDialogs;
import org.salestrack.ui.TestWorkspace;
import org.salestrack.ui.Workbench;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13 #1 on the screen: after the 10,000-line file of 4-decimal amounts, the dashboard's revenue card reads the
 * file's exact decimal sum rounded once, for display, to the cent (never a sum of amounts rounded line by line).
 */
@ExtendWith(ApplicationExtension.class)
class ExactMoneyDashboardFxTest {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    @TempDir
    Path dir;
    TestWorkspace ws;
    Workbench workbench;
    ExactMoneyFile file;

    @Start
    void start(Stage stage) throws Exception {
        ws = TestWorkspace.create(dir, false);
        file = ExactMoneyFile.write(dir, 10_000);
        ws.pipeline.importFiles(List.of(file.file), null, ProgressListener.NONE, Cancellation.none());
        ws.explore.refresh(Cancellation.none());
        workbench = new Workbench(new OpenedWorkspace("test", ws.explore, ws.pipeline, ws.explore.span().orElseThrow(), ScreenServices.NONE), Locale.ENGLISH, new ScriptedDialogs());
        workbench.show(stage);
        stage.setWidth(1280);
        stage.setHeight(720);
    }

    private static String text(FxRobot robot, String query) { return robot.lookup(query).queryAs(Labeled.class).getText(); }

    @Test
    void theRevenueCardShowsTheFilesExactSumRoundedOnceToTheCent(FxRobot robot) throws Exception {
        Slice span = ws.explore.span().orElseThrow();
        robot.interact(() -> workbench.state().setRange(span.from(), span.to()));
        String expected = "¥" + String.format(Locale.ENGLISH, "%,.2f", file.total.setScale(2, RoundingMode.HALF_UP));
        assertThat(Format.money(Money.toE4(file.total), Locale.ENGLISH)).isEqualTo(expected);
        org.salestrack.ui.FxWait.until(40, () -> text(robot, "#kpi-revenue-value").equals(expected));
        // the amounts cut to the cent line by line would have shown another figure
        BigDecimal perLine = BigDecimal.ZERO;
        for (String line : java.nio.file.Files.readAllLines(file.file).subList(1, file.lines + 1)) {
            perLine = perLine.add(new BigDecimal(line.substring(line.lastIndexOf(',') + 1)).setScale(2, RoundingMode.HALF_UP));
        }
        assertThat(expected).isNotEqualTo("¥" + String.format(Locale.ENGLISH, "%,.2f", perLine));
        robot.moveTo("#kpi-revenue-value");
        Label value = robot.lookup("#kpi-revenue-value").queryAs(Label.class);
        org.salestrack.ui.FxWait.until(20, () -> value.getTooltip() != null && value.getTooltip().isShowing());
        assertThat(value.getTooltip().getText()).contains(expected);
    }
}
