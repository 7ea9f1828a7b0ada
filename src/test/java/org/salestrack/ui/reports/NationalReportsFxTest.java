package org.salestrack.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.app.WorkspaceServices;
import org.salestrack.forecast.service.ForecastDesk;
import org.salestrack.forecast.service.SeriesHistory;
import org.salestrack.model.SummaryRow;
import org.salestrack.store.SummaryQuery;
import org.salestrack.store.postgres.NationalServers;
import org.salestrack.store.postgres.NationalStore;
import org.salestrack.store.postgres.Publisher;
import org.salestrack.store.postgres.ServerAddress;
import org.salestrack.task.Cancellation;
import org.salestrack.ui.FxWait;
import org.salestrack.ui.ScriptedDialogs;
import org.salestrack.ui.TestWorkspace;
import org.salestrack.ui.Workbench;
import org.salestrack.ui.forecast.ForecastViewModel;
import org.salestrack.ui.start.OpenedWorkspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Head office on the national store opens Reports, builds the month's workbook with one click and finds its total
 * equal to the workspace that was published; the sheets the store holds no data for cannot be ticked. Forecast opens
 * on the store's series, the workspace's series, and forecasts them; scenarios are not kept there.
 */
@ExtendWith(ApplicationExtension.class)
class NationalReportsFxTest {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    @TempDir
    Path dir;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Label("…"), 1280, 720));
        stage.show();
    }

    @Test
    void reportsAndForecastRunOnTheStore(FxRobot robot) throws Exception {
        TestWorkspace local = TestWorkspace.create(dir, true);
        local.explore.refresh(Cancellation.none());
        ServerAddress owner = NationalServers.newDatabase();
        new Publisher(local.workspace, NationalStore.open(owner)).publish();
        NationalServers.person(owner, "zhao_hq_fx");
        String url = "postgresql://localhost:" + owner.port() + "/" + owner.database();
        OpenedWorkspace ws = WorkspaceServices.openNational(url, "zhao_hq_fx", "pw");

        ScriptedDialogs dialogs = new ScriptedDialogs();
        AtomicReference<Workbench> bench = new AtomicReference<>();
        robot.interact(() -> {
            bench.set(new Workbench(ws, Locale.ENGLISH, dialogs));
            bench.get().show(stage);
        });

        robot.clickOn("#nav-reports");
        ComboBox<YearMonth> period = robot.lookup("#reports-period").query();
        FxWait.until(30, () -> period.getValue() != null);
        YearMonth month = period.getValue();
        assertThat(robot.lookup("#reports-section-forecast").queryAs(CheckBox.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#reports-section-forecast").queryAs(CheckBox.class).isSelected()).isFalse();
        assertThat(robot.lookup("#reports-section-regions").queryAs(CheckBox.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#reports-store-sections").queryAs(Label.class).isVisible()).isTrue();
        Path out = dir.resolve("national.xlsx");
        dialogs.saveTo = out;
        robot.clickOn("#reports-build");
        FxWait.until(90, () -> robot.lookup("#reports-message").queryLabeled().getText().startsWith("Written"));
        SummaryRow total = new SummaryQuery(local.workspace).run(List.of(), month.atDay(1).toString(), month.atEndOfMonth().toString()).get(0);
        assertThat(total.amount()).isPositive();
        assertThat(ReportsViewModelTest.kpi(out, "Sales amount", "This month")).isEqualByComparingTo(total.amount());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(wb.getSheet("Regions")).isNotNull();
            assertThat(wb.getSheet("Forecast")).isNull();
        }

        robot.clickOn("#nav-forecast");
        ComboBox<SeriesHistory> series = robot.lookup("#forecast-series").query();
        TableView<?> models = robot.lookup("#forecast-models").query();
        TableView<?> table = robot.lookup("#forecast-table").query();
        FxWait.until(90, () -> !series.getItems().isEmpty() && models.getItems().size() == ForecastViewModel.MODELS.size()
                && table.getItems().size() == ForecastViewModel.HORIZON);
        List<SeriesHistory> shown = List.copyOf(series.getItems());
        // the screen's first level: province x product series
        List<String> level = List.of("province", "series");
        List<String> onStore = shown.stream().map(s -> s.keys() + " " + java.util.Arrays.toString(s.units().values())).toList();
        List<String> onFile = new ForecastDesk(local.workspace).series(level, null, null).stream()
                .map(s -> s.keys() + " " + java.util.Arrays.toString(s.units().values())).toList();
        assertThat(onStore).isEqualTo(onFile);
        assertThat(robot.lookup("#forecast-store-note").queryAs(Label.class).getText()).startsWith("On the national store forecasts are made");
        assertThat(robot.lookup("#forecast-save-scenario").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#forecast-keep").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#forecast-export-xlsx").queryButton().isDisabled()).isFalse();
        Thread.sleep(1000);
        assertThat(dialogs.errors).isEmpty();
        robot.interact(() -> bench.get().close());
    }
}
