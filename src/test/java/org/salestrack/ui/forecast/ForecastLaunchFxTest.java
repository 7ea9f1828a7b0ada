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
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.explore.DatePreset;
import org.salestrack.forecast.launch.BassDiffusion;
import org.salestrack.forecast.service.ForecastDesk;
import org.salestrack.forecast.service.ModelRun;
import org.salestrack.forecast.service.SeriesHistory;
import org.salestrack.ingest.FileOutcome;
import org.salestrack.ui.LaunchFixture;
import org.salestrack.ui.LaunchFixture.Product;
import org.salestrack.ui.ScriptedDialogs;
import org.salestrack.ui.TestWorkspace;
import org.salestrack.ui.Workbench;
import org.salestrack.validate.ValidationService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 19 #3 on the Forecast screen: 星辰 A3, launched two months before the data ends, is forecast from its
 * predecessors' launch curves; the analyst unticks analogues, sets the planned coverage and switches to the Bass
 * curve on the Launch tab, and the forecast table follows each change to the curve worked out from the planted sales.
 */
@ExtendWith(ApplicationExtension.class)
class ForecastLaunchFxTest {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    @TempDir
    Path dir;
    ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) throws Exception {
        TestWorkspace ws = TestWorkspace.create(dir, false);
        for (FileOutcome f : LaunchFixture.importInto(ws, dir)) assertThat(f.refusal()).isNull();
        var services = org.salestrack.app.WorkspaceServices.screens(ws.workspace, "SalesTrack test", ValidationService.of(ws.workspace));
        Workbench workbench = new Workbench(new OpenedWorkspace("test", ws.explore, ws.pipeline, ws.explore.span().orElseThrow(), services), Locale.ENGLISH, dialogs);
        workbench.show(stage);
        workbench.state().applyPreset(DatePreset.ALL);
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        org.salestrack.ui.FxWait.until(120, condition);
    }

    /** The analogues' units k months after launch scaled to ¥5,000 by the elasticity prior -1.5, averaged. */
    private static double analogy(int k, double coverage, Product... used) {
        double s = 0;
        for (Product a : used) s += a.sold()[k] * Math.pow(5000.0 / a.price(), -1.5) * coverage;
        return s / used.length;
    }

    /** A3 sold 400 and 1,500 in its two months: the curve moves two thirds of the way to what it says they should be. */
    private static double calibration(double expectedFirstTwo) {
        return 1 + 2 / 3.0 * (1900 / expectedFirstTwo - 1);
    }

    private static void tableIs(TableView<ForecastTables.Row> table, java.util.function.IntToDoubleFunction expected) {
        for (int i = 0; i < 6; i++) assertThat(table.getItems().get(i).mean()).as("step %d", i + 1).isCloseTo(expected.applyAsDouble(i), within(1e-6));
    }

    private static CheckBox analogue(FxRobot robot, String sku) {
        return robot.lookup("#forecast-launch-analogues .check-box").queryAllAs(CheckBox.class).stream()
                .filter(c -> c.getText().startsWith(sku)).findFirst().orElseThrow();
    }

    @Test
    void picksOfAnaloguesCoverageAndMethodMoveTheLaunchForecastToTheirCurve(FxRobot robot) throws Exception {
        robot.clickOn("#nav-forecast");
        ComboBox<String> geography = robot.lookup("#forecast-geography").query();
        ComboBox<String> product = robot.lookup("#forecast-product").query();
        ComboBox<SeriesHistory> series = robot.lookup("#forecast-series").query();
        TableView<ModelRun> models = robot.lookup("#forecast-models").query();
        TableView<ForecastTables.Row> table = robot.lookup("#forecast-table").query();
        waitUntil(() -> !series.getItems().isEmpty());
        robot.clickOn(geography);
        robot.type(KeyCode.UP).type(KeyCode.UP).type(KeyCode.ENTER);
        robot.clickOn(product);
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.ENTER);
        // five SKUs that sold, and A4, which the product master launches in 2026-02
        waitUntil(() -> "".equals(geography.getValue()) && "sku".equals(product.getValue()) && series.getItems().size() == 6);
        int target = -1;
        for (int i = 0; i < series.getItems().size(); i++) if (series.getItems().get(i).id().equals("LX-A3-256")) target = i;
        int at = series.getSelectionModel().getSelectedIndex();
        robot.clickOn(series);
        for (int k = at; k < target; k++) robot.type(KeyCode.DOWN);
        for (int k = at; k > target; k--) robot.type(KeyCode.UP);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> series.getValue().id().equals("LX-A3-256") && !models.getItems().isEmpty()
                && models.getItems().get(0).key().equals(ForecastDesk.LAUNCH) && table.getItems().size() == ForecastViewModel.HORIZON
                && table.getItems().get(0).mean() == models.getItems().get(0).steps().get(0).mean());

        // the predecessors nearest its price, chosen and first among the models
        assertThat(models.getSelectionModel().getSelectedItem().name()).isEqualTo("Launch by analogy (LX-A2-256, LX-A1-256, LX-A2P-512)");
        Product[] three = {LaunchFixture.A2, LaunchFixture.A1, LaunchFixture.A2P};
        double c3 = calibration(analogy(0, 1, three) + analogy(1, 1, three));
        tableIs(table, i -> analogy(2 + i, 1, three) * c3);
        assertThat(robot.lookup("#forecast-verdict").queryLabeled().getText()).startsWith("A launch has no history to backtest");

        robot.clickOn("#forecast-tab-launch");
        assertThat(robot.lookup("#forecast-launch-note").queryLabeled().getText())
                .startsWith("LX-A3-256 launched in 2025-11 and has sold 2 month(s), list price ¥5,000");
        robot.clickOn(analogue(robot, "LX-A1-256"));
        robot.clickOn(analogue(robot, "LX-A2P-512"));
        waitUntil(() -> models.getItems().get(0).name().equals("Launch by analogy (LX-A2-256)")
                && table.getItems().get(0).mean() == models.getItems().get(0).steps().get(0).mean());
        assertThat(analogue(robot, "LX-A1-256").isSelected()).isFalse();
        assertThat(analogue(robot, "LX-A2-256").isSelected()).isTrue();
        double c1 = calibration(analogy(0, 1, LaunchFixture.A2) + analogy(1, 1, LaunchFixture.A2));
        tableIs(table, i -> LaunchFixture.A2.sold()[2 + i] * c1);

        // a fifth more outlets than A2 had: the curve is 1.2 x A2's before it is drawn to the two months sold
        robot.doubleClickOn("#forecast-launch-coverage .text-field");
        robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("120");
        robot.type(KeyCode.ENTER);
        double cc = calibration(analogy(0, 1.2, LaunchFixture.A2) + analogy(1, 1.2, LaunchFixture.A2));
        waitUntil(() -> Math.abs(table.getItems().get(0).mean() - LaunchFixture.A2.sold()[2] * 1.2 * cc) < 1e-6);
        tableIs(table, i -> LaunchFixture.A2.sold()[2 + i] * 1.2 * cc);

        robot.clickOn("#forecast-launch-method");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> models.getItems().get(0).name().equals("Launch by Bass curve (LX-A2-256)")
                && table.getItems().get(0).mean() == models.getItems().get(0).steps().get(0).mean());
        double[] scaled = LaunchFixture.A2.sold();
        for (int k = 0; k < scaled.length; k++) scaled[k] *= 1.2;
        BassDiffusion fit = BassDiffusion.fit(scaled);
        // A2 sells the planted Bass curve (p 0.3, q 0.1, m 6,000) rounded to whole units: the fit lands near it
        assertThat(fit.p()).isCloseTo(0.3, within(0.01));
        assertThat(fit.m()).isCloseTo(7200, within(50.0));
        double[] curve = fit.sales(8);
        double cb = calibration(curve[0] + curve[1]);
        tableIs(table, i -> curve[2 + i] * cb);
        assertThat(robot.lookup("#forecast-launch-bass").queryLabeled().getText()).startsWith("Bass curve of the analogues: p = 0.3");

        // none ticked: the launch forecast goes and auto's own is chosen again
        robot.clickOn(analogue(robot, "LX-A2-256"));
        waitUntil(() -> !models.getItems().get(0).key().equals(ForecastDesk.LAUNCH) && models.getSelectionModel().getSelectedItem() != null
                && models.getSelectionModel().getSelectedItem().key().equals("auto"));
        assertThat(robot.lookup("#forecast-launch-bass").queryLabeled().getText()).isEqualTo("Tick at least one analogue to forecast the launch.");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aProductNotLaunchedYetIsZeroUntilItsLaunchMonthAndAnOldOneIsNoLaunch(FxRobot robot) throws Exception {
        robot.clickOn("#nav-forecast");
        ComboBox<String> geography = robot.lookup("#forecast-geography").query();
        ComboBox<String> product = robot.lookup("#forecast-product").query();
        ComboBox<SeriesHistory> series = robot.lookup("#forecast-series").query();
        TableView<ModelRun> models = robot.lookup("#forecast-models").query();
        TableView<ForecastTables.Row> table = robot.lookup("#forecast-table").query();
        waitUntil(() -> !series.getItems().isEmpty());
        robot.clickOn(geography);
        robot.type(KeyCode.UP).type(KeyCode.UP).type(KeyCode.ENTER);
        robot.clickOn(product);
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> "".equals(geography.getValue()) && "sku".equals(product.getValue()) && series.getItems().size() == 6);
        int target = -1;
        for (int i = 0; i < series.getItems().size(); i++) if (series.getItems().get(i).id().equals("LX-A4-256")) target = i;
        int at = series.getSelectionModel().getSelectedIndex();
        robot.clickOn(series);
        for (int k = at; k < target; k++) robot.type(KeyCode.DOWN);
        for (int k = at; k > target; k--) robot.type(KeyCode.UP);
        robot.type(KeyCode.ENTER);
        try {
            waitUntil(() -> series.getValue().id().equals("LX-A4-256") && !models.getItems().isEmpty()
                    && models.getItems().get(0).key().equals(ForecastDesk.LAUNCH) && table.getItems().get(1).mean() > 0);
        } catch (TimeoutException e) {
            throw new AssertionError("series " + series.getValue().id() + ", models " + models.getItems().stream().map(ModelRun::name).toList()
                    + ", table " + table.getItems().stream().map(ForecastTables.Row::mean).toList() + ", message "
                    + robot.lookup("#forecast-message").queryLabeled().getText(), e);
        }
        assertThat(table.getItems().get(0).mean()).isZero();
        // launching at ¥6,000: A2 (¥5,000), A2 Pro (¥8,000), A1 (¥4,000), their launch months averaged
        double launchMonth = 0;
        for (Product a : List.of(LaunchFixture.A2, LaunchFixture.A2P, LaunchFixture.A1)) launchMonth += a.sold()[0] * Math.pow(6000.0 / a.price(), -1.5) / 3;
        assertThat(table.getItems().get(1).mean()).isCloseTo(launchMonth, within(1e-6));
        robot.clickOn("#forecast-tab-launch");
        assertThat(robot.lookup("#forecast-launch-note").queryLabeled().getText()).startsWith("LX-A4-256 launches in 2026-02 at ¥6,000");

        // A2 has sold thirteen months: no launch, the tab says so and its controls are off
        target = -1;
        for (int i = 0; i < series.getItems().size(); i++) if (series.getItems().get(i).id().equals("LX-A2-256")) target = i;
        at = series.getSelectionModel().getSelectedIndex();
        robot.clickOn(series);
        for (int k = at; k < target; k++) robot.type(KeyCode.DOWN);
        for (int k = at; k > target; k--) robot.type(KeyCode.UP);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> series.getValue().id().equals("LX-A2-256") && !models.getItems().isEmpty());
        assertThat(models.getItems()).extracting(ModelRun::key).doesNotContain(ForecastDesk.LAUNCH);
        assertThat(robot.lookup("#forecast-launch-note").queryLabeled().getText()).startsWith("Not a launch");
        Node list = robot.lookup("#forecast-launch-analogues").query();
        assertThat(list.isDisabled()).isTrue();
        assertThat(dialogs.errors).isEmpty();
    }
}
