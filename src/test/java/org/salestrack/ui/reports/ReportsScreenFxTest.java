package org.salestrack.ui.reports;

import org.salestrack.ui.start.OpenedWorkspace;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.model.SummaryRow;
import org.salestrack.store.SummaryQuery;
import org.salestrack.ui.ScreensFixture;
import org.salestrack.ui.ScriptedDialogs;
import org.salestrack.ui.Workbench;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Finance clicks one button on the Reports screen and gets the workbook, its Summary equal to the store. */
@ExtendWith(ApplicationExtension.class)
class ReportsScreenFxTest {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    @TempDir
    Path dir;
    ScreensFixture fx;
    ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) {
        fx = ScreensFixture.create(dir);
        new Workbench(new OpenedWorkspace("test", fx.ws.explore, fx.ws.pipeline, fx.ws.explore.span().orElseThrow(), fx.services), Locale.ENGLISH, dialogs).show(stage);
    }

    @Test
    void buildingTheWorkbookWritesASummaryWhoseTotalEqualsTheStore(FxRobot robot) throws Exception {
        robot.clickOn("#nav-reports");
        ComboBox<YearMonth> period = robot.lookup("#reports-period").query();
        org.salestrack.ui.FxWait.until(20, () -> period.getValue() != null);
        YearMonth month = period.getValue();
        Path out = dir.resolve("monthly.xlsx");
        dialogs.saveTo = out;
        robot.clickOn("#reports-section-detail");
        robot.clickOn("#reports-build");
        org.salestrack.ui.FxWait.until(60, () -> robot.lookup("#reports-message").queryLabeled().getText().startsWith("Written"));
        assertThat(Files.exists(out)).isTrue();
        assertThat(robot.lookup("#reports-open").queryButton().isDisabled()).isFalse();
        SummaryRow total = new SummaryQuery(fx.ws.workspace).run(List.of(), month.atDay(1).toString(), month.atEndOfMonth().toString()).get(0);
        assertThat(ReportsViewModelTest.kpi(out, "Sales amount", "This month")).isEqualByComparingTo(total.amount());
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(wb.getSheet("Feedback")).isNotNull();
        }

        // the customer feedback sheet (issue 22) is one of the sections: unticked, the workbook has none
        Path without = dir.resolve("without-feedback.xlsx");
        dialogs.saveTo = without;
        robot.clickOn("#reports-section-feedback");
        robot.clickOn("#reports-build");
        org.salestrack.ui.FxWait.until(60, () -> Files.exists(without)
                && robot.lookup("#reports-message").queryLabeled().getText().startsWith("Written"));
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(without))) {
            assertThat(wb.getSheet("Feedback")).isNull();
            assertThat(wb.getSheet("Summary")).isNotNull();
        }
    }
}
