package org.salestrack.ui;

import org.salestrack.ui.start.OpenedWorkspace;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.explore.DatePreset;
import org.salestrack.forecast.service.ForecastDesk;
import org.salestrack.forecast.service.SeriesHistory;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import org.salestrack.validate.ValidationService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 11 #4 as it was found: two whole years of sales, then 19 lines dated 2026-01-01..09 imported on the
 * Import screen. "Last 12 months" stays 2025-01..2025-12, the revenue card does not move, Reports still
 * defaults to 2025-12 (2026-01 is listed, marked as partial) and the forecast series ends with December.
 */
@ExtendWith(ApplicationExtension.class)
class PartialPeriodFxTest {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    private static final String HEADER = "订单号,日期,渠道,渠道类型,门店,省份,城市,SKU,品名,型号,系列,品类,数量,金额\n";

    @TempDir
    Path dir;
    TestWorkspace ws;
    Workbench workbench;
    ScriptedDialogs dialogs = new ScriptedDialogs();
    ForecastDesk desk;

    @Start
    void start(Stage stage) throws Exception {
        ws = TestWorkspace.create(dir, false);
        StringBuilder years = new StringBuilder(HEADER);
        int n = 0;
        for (YearMonth m = YearMonth.of(2024, 1); !m.isAfter(YearMonth.of(2025, 12)); m = m.plusMonths(1)) {
            for (LocalDate d : List.of(m.atDay(1), m.atEndOfMonth())) {
                years.append(line(n++, d, 10, 29_990));
            }
        }
        Path base = dir.resolve("two-years.csv");
        Files.writeString(base, years.toString(), StandardCharsets.UTF_8);
        ws.pipeline.importFiles(List.of(base), null, ProgressListener.NONE, Cancellation.none());
        ScreenServices services = org.salestrack.app.WorkspaceServices.screens(ws.workspace, "test", ValidationService.of(ws.workspace));
        desk = services.forecast();
        workbench = new Workbench(new OpenedWorkspace("test", ws.explore, ws.pipeline, ws.explore.span().orElseThrow(), services), Locale.ENGLISH, dialogs);
        workbench.show(stage);
    }

    private static String line(int n, LocalDate day, int qty, long amount) {
        return String.format(Locale.ROOT, "J%05d,%s 12:00:00,直营店,offline,S001,广东,深圳,P50-128-BK,星耀 P50 128G 黑,P50,星耀,手机,%d,%d.00%n",
                n, day, qty, amount);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws Exception {
        org.salestrack.ui.FxWait.until(40, condition);
    }

    private static String editor(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(DatePicker.class).getEditor().getText();
    }

    private static List<String> headers(javafx.scene.control.TreeTableView<?> table) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> table.getColumns().stream().map(c -> c.getText()).toList()).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String revenueCard(FxRobot robot) {
        return robot.lookup("#kpi-revenue-value").queryAs(Labeled.class).getText();
    }

    @Test
    void nineDaysOfANewMonthMoveNoDefaultPeriod(FxRobot robot) throws Exception {
        waitUntil(() -> !revenueCard(robot).isBlank() && !revenueCard(robot).equals("–"));
        assertThat(editor(robot, "#filter-from")).isEqualTo("2025-01-01");
        assertThat(editor(robot, "#filter-to")).isEqualTo("2025-12-31");
        String revenue = revenueCard(robot);

        // 19 lines dated 2026-01-01..09, imported on the Import screen
        StringBuilder jan = new StringBuilder(HEADER);
        for (int i = 0; i < 19; i++) jan.append(line(1000 + i, LocalDate.of(2026, 1, 1 + i % 9), 1, 2_999));
        Path file = dir.resolve("january.csv");
        Files.writeString(file, jan.toString(), StandardCharsets.UTF_8);
        dialogs.filesToChoose = List.of(file);
        robot.clickOn("#nav-import");
        TableView<?> batches = robot.lookup("#import-batches").query();
        waitUntil(() -> batches.getItems().size() == 1);
        robot.clickOn("#import-choose");
        TableView<?> preview = robot.lookup("#import-preview").query();
        waitUntil(() -> preview.getItems().size() == 19);
        robot.clickOn("#import-run");
        waitUntil(() -> batches.getItems().size() == 2 && LocalDate.of(2026, 1, 9).equals(workbench.state().lastDay()));

        robot.clickOn("#nav-dashboard");
        waitUntil(() -> revenueCard(robot).equals(revenue));
        assertThat(robot.lookup("#filter-preset").queryAs(ComboBox.class).getValue()).isEqualTo(DatePreset.LAST_12_MONTHS);
        assertThat(editor(robot, "#filter-from")).isEqualTo("2025-01-01");
        assertThat(editor(robot, "#filter-to")).isEqualTo("2025-12-31");
        assertThat(revenueCard(robot)).isEqualTo(revenue);

        // Reports: December is the default, January is listed as the partial month it is
        robot.clickOn("#nav-reports");
        @SuppressWarnings("unchecked")
        ComboBox<YearMonth> period = robot.lookup("#reports-period").queryAs(ComboBox.class);
        waitUntil(() -> period.getItems().size() == 25);
        assertThat(period.getValue()).isEqualTo(YearMonth.of(2025, 12));
        robot.clickOn(period);
        waitUntil(() -> robot.lookup(".list-cell").match((Node c) -> c instanceof ListCell<?> l && "2026-01 (to 9 Jan)".equals(l.getText()))
                .tryQuery().isPresent());
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        assertThat(period.getValue()).isEqualTo(YearMonth.of(2025, 12));

        // Explore over all dates: the January column says how far it goes
        robot.clickOn("#nav-explore");
        robot.clickOn("#filter-preset");
        robot.clickOn("All dates");
        waitUntil(() -> LocalDate.of(2026, 1, 9).equals(workbench.state().slice().to()));
        javafx.scene.control.TreeTableView<?> table = robot.lookup("#explorer-table").query();
        // the columns are rebuilt on the FX thread: read them there
        waitUntil(() -> headers(table).contains("2026-01 (to 9 Jan)"));
        assertThat(headers(table)).contains("2025-12").doesNotContain("2026-01");

        // Forecast: the series handed to the models ends with December; January is not a whole month
        List<SeriesHistory> series = desk.series(List.of(), null, "2026-01");
        assertThat(series).hasSize(1);
        assertThat(series.get(0).units().length()).isEqualTo(24);
        assertThat(series.get(0).units().values()[23]).isEqualTo(20.0);
    }
}
