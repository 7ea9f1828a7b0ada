package org.salestrack.ui.forecast;

import org.salestrack.ui.start.OpenedWorkspace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.explore.DatePreset;
import org.salestrack.forecast.service.ModelRun;
import org.salestrack.forecast.service.SeriesHistory;
import org.salestrack.model.SavedScenario;
import org.salestrack.store.ScenarioStore;
import org.salestrack.ui.ScreensFixture;
import org.salestrack.ui.ScriptedDialogs;
import org.salestrack.ui.Workbench;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A manager on the forecast screen, headless: picks a province's series, reads the forecast, moves the price, saves. */
@ExtendWith(ApplicationExtension.class)
class ForecastScreenFxTest {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    @TempDir
    Path dir;
    ScreensFixture fx;
    Workbench workbench;
    ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) {
        fx = ScreensFixture.create(dir);
        try (var c = fx.ws.workspace.connect(); var st = c.createStatement()) {
            st.executeUpdate("INSERT INTO campaign(code, name, starts, ends, promo_type) VALUES "
                    + "('M23', '年中', '2023-06-01', '2023-06-20', '满减'), ('M24', '年中', '2024-06-01', '2024-06-20', '满减')");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        workbench = new Workbench(new OpenedWorkspace("test", fx.ws.explore, fx.ws.pipeline, fx.ws.explore.span().orElseThrow(), fx.services), Locale.ENGLISH, dialogs);
        workbench.show(stage);
        workbench.state().applyPreset(DatePreset.ALL);
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        org.salestrack.ui.FxWait.until(90, condition);
    }

    @Test
    void aManagerPicksAProvinceSeriesMovesThePriceAndSavesTheScenario(FxRobot robot) throws Exception {
        robot.clickOn("#nav-forecast");
        ComboBox<SeriesHistory> series = robot.lookup("#forecast-series").query();
        TableView<ModelRun> models = robot.lookup("#forecast-models").query();
        TableView<ForecastTables.Row> table = robot.lookup("#forecast-table").query();
        waitUntil(() -> series.getItems().size() == 4 && models.getItems().size() == ForecastViewModel.MODELS.size());
        // the promotion type box shows the type in the reader's language from the first load, and after a language switch
        // (it showed the raw 直降 in English, then nothing after switching to Chinese and back)
        ComboBox<String> promoType = robot.lookup("#scenario-promo-type").queryComboBox();
        waitUntil(() -> promoType.getValue() != null);
        assertThat(promoType.getButtonCell().getText()).isEqualTo(org.salestrack.ui.DataTerms.english(promoType.getValue()).orElseThrow());
        robot.clickOn("#lang-zh");
        waitUntil(() -> promoType.getValue().equals(promoType.getButtonCell().getText()));
        robot.clickOn("#lang-en");
        waitUntil(() -> org.salestrack.ui.DataTerms.english(promoType.getValue()).orElseThrow().equals(promoType.getButtonCell().getText()));
        robot.clickOn(series);
        // the English UI names the province in English (issue 11 #10); the series id stays as stored
        robot.clickOn("Zhejiang/星耀");
        // the models and the table refill in one FX update; wait for the table to show the new models' forecast
        waitUntil(() -> series.getValue().id().equals("浙江/星耀") && models.getItems().size() == ForecastViewModel.MODELS.size()
                && table.getItems().size() == ForecastViewModel.HORIZON
                && table.getItems().get(0).mean() == models.getItems().get(0).steps().get(0).mean());
        // the promotion's type and uplift come from the two past campaigns
        waitUntil(() -> "满减".equals(robot.lookup("#scenario-promo-type").queryComboBox().getValue()));
        // the type is the campaign file's own word (满减); the English UI names it in English (issue 11 #10)
        assertThat(robot.lookup("#scenario-uplift-measured").queryLabeled().getText()).startsWith("Measured on 2 past Spend-and-save campaigns: ");
        // and so does the type box itself, after the series changed
        assertThat(promoType.getButtonCell().getText()).isEqualTo("Spend-and-save");
        robot.clickOn("#lang-zh");
        waitUntil(() -> "满减".equals(promoType.getButtonCell().getText()));
        robot.clickOn("#lang-en");
        waitUntil(() -> "Spend-and-save".equals(promoType.getButtonCell().getText()));
        ModelRun auto = models.getItems().get(0);
        assertThat(auto.backtest()).hasSize(ForecastViewModel.HOLDOUT);
        assertThat(auto.accuracy().mase()).isFinite();
        ForecastTables.Row first = table.getItems().get(0);
        assertThat(first.p10()).isLessThanOrEqualTo(first.mean());
        assertThat(first.p90()).isGreaterThanOrEqualTo(first.mean());
        assertThat(first.mean()).isEqualTo(auto.steps().get(0).mean());

        Slider price = robot.lookup("#scenario-price").query();
        robot.clickOn("#scenario-price .thumb");
        robot.type(KeyCode.LEFT);
        waitUntil(() -> price.getValue() == -10 && Double.isFinite(table.getItems().get(0).scenario()));
        double elasticity = robot.lookup("#scenario-elasticity").queryAs(Slider.class).getValue();
        for (ForecastTables.Row r : table.getItems()) {
            assertThat(r.scenario()).isCloseTo(r.mean() * Math.pow(0.9, elasticity), within(1e-9 * r.mean()));
        }

        robot.clickOn("#forecast-save-scenario");
        waitUntil(() -> !new ScenarioStore(fx.ws.workspace).list().isEmpty());
        SavedScenario saved = new ScenarioStore(fx.ws.workspace).list().get(0);
        assertThat(saved.name()).isEqualTo("Scenario");
        assertThat(saved.base()).isEqualTo("province,series:浙江/星耀 auto");
        assertThat(saved.definition().drivers()).singleElement().satisfies(d -> {
            assertThat(d.parameters()).containsEntry("priceChange", -0.10).containsEntry("elasticity", elasticity);
        });

        dialogs.saveTo = dir.resolve("forecast.xlsx");
        robot.clickOn("#forecast-export-xlsx");
        waitUntil(() -> Files.exists(dir.resolve("forecast.xlsx")));
        dialogs.saveTo = dir.resolve("forecast.svg");
        robot.clickOn("#forecast-export-svg");
        waitUntil(() -> Files.exists(dir.resolve("forecast.svg")));
        assertThat(Files.readString(dir.resolve("forecast.svg"))).contains("<svg");
        assertThat(dialogs.errors).isEmpty();
        assertThat(List.of(robot.lookup("#forecast-message").queryLabeled().getText())).isNotEmpty();
    }
}
