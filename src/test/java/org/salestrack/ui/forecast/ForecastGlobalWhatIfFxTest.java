package org.salestrack.ui.forecast;

import org.salestrack.ui.start.OpenedWorkspace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
import org.salestrack.forecast.scenario.GlobalWhatIf;
import org.salestrack.forecast.service.ForecastDesk;
import org.salestrack.forecast.service.ModelRun;
import org.salestrack.forecast.service.SeriesHistory;
import org.salestrack.ingest.FileOutcome;
import org.salestrack.model.SavedScenario;
import org.salestrack.store.ScenarioStore;
import org.salestrack.task.Cancellation;
import org.salestrack.ui.PriceCutFixture;
import org.salestrack.ui.ScriptedDialogs;
import org.salestrack.ui.TestWorkspace;
import org.salestrack.ui.Workbench;
import org.salestrack.validate.ValidationService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 19 #2 in the scenario panel: with the global model ticked, a 10% price cut is answered by the XGBoost model
 * trained on the level's twelve provinces (whose planted cuts sold half as much again), month by month, instead of the
 * elasticity; unticked, the elasticity answers again. The scenario saves the model's answer.
 */
@ExtendWith(ApplicationExtension.class)
class ForecastGlobalWhatIfFxTest {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    @TempDir
    Path dir;
    TestWorkspace ws;
    ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) throws Exception {
        ws = TestWorkspace.create(dir, false);
        for (FileOutcome f : PriceCutFixture.importInto(ws, dir)) assertThat(f.refusal()).isNull();
        var services = org.salestrack.app.WorkspaceServices.screens(ws.workspace, "SalesTrack test", ValidationService.of(ws.workspace));
        Workbench workbench = new Workbench(new OpenedWorkspace("test", ws.explore, ws.pipeline, ws.explore.span().orElseThrow(), services), Locale.ENGLISH, dialogs);
        workbench.show(stage);
        workbench.state().applyPreset(DatePreset.ALL);
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        org.salestrack.ui.FxWait.until(180, condition);
    }

    @Test
    void aPriceCutMovesTheGlobalModelsFeaturesNotAFixedElasticity(FxRobot robot) throws Exception {
        robot.clickOn("#nav-forecast");
        ComboBox<SeriesHistory> series = robot.lookup("#forecast-series").query();
        TableView<ModelRun> models = robot.lookup("#forecast-models").query();
        TableView<ForecastTables.Row> table = robot.lookup("#forecast-table").query();
        waitUntil(() -> series.getItems().size() == 12 && series.getValue() != null && !models.getItems().isEmpty()
                && table.getItems().size() == ForecastViewModel.HORIZON);
        String id = series.getValue().id();
        assertThat(id).endsWith("/星耀");

        robot.clickOn("#scenario-global");
        assertThat(robot.lookup("#scenario-global-effect").queryLabeled().getText()).startsWith("Set a price change or a campaign below");
        robot.clickOn("#scenario-price .thumb");
        robot.type(KeyCode.LEFT);
        Slider price = robot.lookup("#scenario-price").query();
        waitUntil(() -> Math.round(price.getValue()) == -10 && Double.isFinite(table.getItems().get(0).scenario())
                && table.getItems().get(0).scenario() != table.getItems().get(0).mean());

        // the same question asked of the desk: the model's answer month by month, not one elasticity
        GlobalWhatIf answer = new ForecastDesk(ws.workspace).globalWhatIf(List.of("province", "series"), id, -0.1, 0, 0, 12, Cancellation.none());
        double[] m = answer.multiplier();
        List<ForecastTables.Row> rows = table.getItems();
        double up = 0;
        double base = 0;
        for (int k = 0; k < 12; k++) {
            assertThat(rows.get(k).scenario()).as("month %d", k + 1).isCloseTo(rows.get(k).mean() * m[k], within(1e-6 * Math.max(1, rows.get(k).mean())));
            up += rows.get(k).scenario();
            base += rows.get(k).mean();
        }
        System.out.printf(Locale.ROOT, "Forecast screen, %s, price -10%% through the global model: x%.3f over 12 months%n", id, up / base);
        // a cut sold half as much again in the planted months: the model answers with a rise
        assertThat(up / base).isGreaterThan(1.05);
        assertThat(robot.lookup("#scenario-global-effect").queryLabeled().getText()).startsWith("The global model moves this forecast by +");

        robot.clickOn("#forecast-save-scenario");
        waitUntil(() -> !new ScenarioStore(ws.workspace).list().isEmpty());
        SavedScenario saved = new ScenarioStore(ws.workspace).list().get(0);
        assertThat(saved.definition().drivers()).singleElement().satisfies(d -> {
            assertThat(d.type()).isEqualTo("global");
            assertThat(d.parameters()).containsEntry("priceChange", -0.1).containsEntry("target", id).containsEntry("promoLength", 0);
        });

        // unticked, the elasticity answers: every month times 0.9^elasticity
        robot.clickOn("#scenario-global");
        double e = robot.lookup("#scenario-elasticity").queryAs(Slider.class).getValue();
        waitUntil(() -> Math.abs(table.getItems().get(0).scenario() / table.getItems().get(0).mean() - Math.pow(0.9, e)) < 1e-9);
        for (int k = 0; k < 12; k++) {
            assertThat(table.getItems().get(k).scenario() / table.getItems().get(k).mean()).isCloseTo(Math.pow(0.9, e), within(1e-9));
        }
        assertThat(dialogs.errors).isEmpty();
    }
}
