package org.salestrack.ui.forecast;

import org.salestrack.ui.start.OpenedWorkspace;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.explore.DatePreset;
import org.salestrack.forecast.service.ModelRun;
import org.salestrack.ui.ScreensFixture;
import org.salestrack.ui.ScriptedDialogs;
import org.salestrack.ui.Workbench;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 19 #6: the horizon control, the history used stated and not cut by the date filter (the old screen
 * fitted only up to the filter's end), and the chosen model's backtest against seasonal naive in words.
 */
@ExtendWith(ApplicationExtension.class)
class ForecastHorizonFxTest {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    @TempDir
    Path dir;
    ScreensFixture fx;
    Workbench workbench;

    @Start
    void start(Stage stage) {
        fx = ScreensFixture.create(dir);
        workbench = new Workbench(new OpenedWorkspace("test", fx.ws.explore, fx.ws.pipeline, fx.ws.explore.span().orElseThrow(), fx.services), Locale.ENGLISH, new ScriptedDialogs());
        workbench.show(stage);
        workbench.state().applyPreset(DatePreset.ALL);
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        org.salestrack.ui.FxWait.until(90, condition);
    }

    @Test
    void theAnalystSetsTheHorizonReadsTheHistoryUsedAndTheBacktestAgainstSeasonalNaive(FxRobot robot) throws Exception {
        robot.clickOn("#nav-forecast");
        TableView<ModelRun> models = robot.lookup("#forecast-models").query();
        TableView<ForecastTables.Row> table = robot.lookup("#forecast-table").query();
        Label history = robot.lookup("#forecast-history").query();
        Label verdict = robot.lookup("#forecast-verdict").query();
        waitUntil(() -> models.getItems().size() == ForecastViewModel.MODELS.size() && table.getItems().size() == 12
                && !verdict.getText().isEmpty());
        YearMonth last = ScreensFixture.FIRST.plusMonths(ScreensFixture.MONTHS - 2);
        String used = "History used: 2023-01 – " + last + ", " + (ScreensFixture.MONTHS - 1) + " months";
        assertThat(history.getText()).startsWith(used);
        // the series' life cycle beside it, from the series the screen fitted
        javafx.scene.control.ComboBox<org.salestrack.forecast.service.SeriesHistory> series = robot.lookup("#forecast-series").query();
        org.salestrack.model.ProductLifeCycle c = org.salestrack.forecast.LifeCycleService.of(series.getValue().id(),
                series.getValue().units().label(0), series.getValue().units().values());
        assertThat(robot.lookup("#forecast-lifecycle").queryLabeled().getText())
                .startsWith("Life cycle: ").contains(c.launch());

        // the verdict is the models table's own numbers in words
        ModelRun auto = models.getItems().get(0);
        ModelRun naive = models.getItems().stream().filter(r -> r.key().equals("snaive")).findFirst().orElseThrow();
        String expected = String.format(Locale.ROOT, "Backtest on the last 6 months: Auto (combination) was off by %.1f%% (MAPE), seasonal naive by %.1f%%: ",
                auto.accuracy().mape(), naive.accuracy().mape());
        assertThat(verdict.getText()).startsWith(expected);
        double a = Math.round(auto.accuracy().mape() * 10) / 10.0;
        double n = Math.round(naive.accuracy().mape() * 10) / 10.0;
        assertThat(verdict.getText()).endsWith(a < n ? "better than seasonal naive." : a > n ? "worse than seasonal naive." : "as good as seasonal naive.");

        // narrowing the global dates to 2023 no longer cuts the history the forecast is fitted on
        WaitForAsyncUtils.asyncFx(() -> workbench.state().setRange(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))).get();
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
        waitUntil(() -> table.getItems().size() == 12 && models.getItems().size() == ForecastViewModel.MODELS.size()
                && table.getItems().get(0).period().equals(last.plusMonths(1).toString()));
        assertThat(history.getText()).startsWith(used);

        // the horizon control: six months
        robot.doubleClickOn("#forecast-horizon .text-field");
        robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("6");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> table.getItems().size() == 6 && models.getItems().size() == ForecastViewModel.MODELS.size()
                && models.getItems().get(0).steps().size() == 6);
        assertThat(table.getItems().get(5).period()).isEqualTo(last.plusMonths(6).toString());

        // choosing seasonal naive itself says what the bar is
        robot.clickOn(robot.lookup("#forecast-models .table-row-cell").nth(4).queryAs(javafx.scene.Node.class));
        waitUntil(() -> verdict.getText().startsWith("Seasonal naive repeats"));
    }
}
