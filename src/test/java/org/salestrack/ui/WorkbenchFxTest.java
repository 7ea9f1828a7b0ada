package org.salestrack.ui;

import org.salestrack.ui.start.OpenedWorkspace;
import org.salestrack.analytics.explore.ExplorerRow;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.explore.DatePreset;
import org.salestrack.model.Money;
import org.salestrack.model.SummaryRow;
import org.salestrack.model.Dimension;
import org.salestrack.store.SummaryQuery;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The workbench end to end, headless (Monocle): a small workspace imported from src/test/resources/ui. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchFxTest {
    static {
        // room for the whole window on the headless screen, so clicks land on visible nodes
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    @TempDir
    Path dir;
    TestWorkspace ws;
    Workbench workbench;
    ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) {
        ws = TestWorkspace.create(dir, true);
        workbench = new Workbench(new OpenedWorkspace("test", ws.explore, ws.pipeline, ws.explore.span().orElseThrow(), ScreenServices.NONE), Locale.ENGLISH, dialogs);
        workbench.show(stage);
        workbench.state().applyPreset(DatePreset.ALL);
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        org.salestrack.ui.FxWait.until(40, condition);
    }

    private static String text(FxRobot robot, String query) {
        Node n = robot.lookup(query).query();
        return ((Labeled) n).getText();
    }

    /** Issue 12 #4: the workbench owns its screens' request threads; closing it ends them (none left debouncing). */
    @Test
    void closingTheWorkbenchEndsItsRequestThreads(FxRobot robot) throws Exception {
        waitUntil(() -> !text(robot, "#kpi-units-value").equals("–"));
        RequestScheduler requests = workbench.requests();
        String debounce = requests.debounceThread();
        // the dashboard's recompute waited on the timer: its thread is alive until the workbench closes
        assertThat(liveThreads(debounce)).isEqualTo(1);
        robot.interact(workbench::close);
        assertThat(requests.closed()).isTrue();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while ((liveThreads(debounce) > 0 || liveThreads(debounce.replace("debounce", "cube-query") + "-") > 0) && System.nanoTime() < end) Thread.sleep(20);
        assertThat(liveThreads(debounce)).isZero();
        assertThat(liveThreads(debounce.replace("debounce", "cube-query") + "-")).isZero();
    }

    private static long liveThreads(String name) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && (name.endsWith("-") ? t.getName().startsWith(name) : t.getName().equals(name))).count();
    }

    /** A province clicked on the dashboard filters Explore too, and Explore says so (issue 11 #14). */
    @Test
    void everyScreenThatFollowsTheFiltersNamesThem(FxRobot robot) throws Exception {
        waitUntil(() -> !text(robot, "#kpi-units-value").equals("–"));
        // the headless screen may be smaller than asked when another class started it: scroll the tile into view first
        Reveal.onDashboard(robot, robot.lookup("#tile-33").query());
        robot.clickOn("#tile-33");
        waitUntil(() -> workbench.state().slice().keys(Dimension.PROVINCE).equals(java.util.Set.of("33")));
        robot.clickOn("#nav-explore");
        waitUntil(() -> robot.lookup("#explorer-filters").tryQuery().isPresent());
        String range = workbench.state().slice().from() + " – " + workbench.state().slice().to();
        assertThat(text(robot, "#explorer-filters")).isEqualTo("Filters: " + range + " · Province: Zhejiang");
        robot.clickOn("#crumb-back");
        waitUntil(() -> text(robot, "#explorer-filters").equals("Filters: " + range + " · all members"));
    }

    /** At 1280x720 every screen of the navigation can be clicked: with fifteen screens the last ones fell below the window. */
    @Test
    void everyNavigationEntryFitsTheSmallestWindow(FxRobot robot) throws Exception {
        robot.interact(() -> {
            robot.window(0).setWidth(1280);
            robot.window(0).setHeight(720);
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> buttons = robot.lookup(".nav-button").queryAll().stream().toList();
        assertThat(buttons).hasSizeGreaterThanOrEqualTo(15);
        Node navArea = robot.lookup("#nav-scroll").query();
        double navBottom = navArea.localToScene(navArea.getBoundsInLocal()).getMaxY();
        for (Node b : buttons) {
            double bottom = b.localToScene(b.getBoundsInLocal()).getMaxY();
            assertThat(bottom).as(b.getId()).isLessThanOrEqualTo(navBottom);
        }
        robot.clickOn("#nav-audit");
        waitUntil(() -> robot.lookup("#nav-audit").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
        // the status bar stays inside the window on every screen: its content's minimum height used to push it 13 px below
        for (Node b : buttons) {
            robot.clickOn(b);
            WaitForAsyncUtils.waitForFxEvents();
            Node status = robot.lookup("#status-bar").query();
            double bottom = status.localToScene(status.getBoundsInLocal()).getMaxY();
            assertThat(bottom).as("status bar on " + b.getId()).isLessThanOrEqualTo(status.getScene().getHeight());
        }
    }

    @Test
    void clickingAProvinceTileShowsExactlyThatProvincesTotals(FxRobot robot) throws Exception {
        SummaryRow zj = new SummaryQuery(ws.workspace).run(List.of("province"), null, null).stream()
                .filter(r -> r.keys().get(0).equals("浙江")).findFirst().orElseThrow();
        String units = Format.units(zj.qty(), Locale.ENGLISH);
        String revenue = Format.money(Money.toE4(zj.amount()), Locale.ENGLISH);
        waitUntil(() -> !text(robot, "#kpi-units-value").equals("–"));
        // the headless screen may be smaller than asked when another class started it: scroll the tile into view first
        Reveal.onDashboard(robot, robot.lookup("#tile-33").query());
        robot.clickOn("#tile-33");
        waitUntil(() -> text(robot, "#kpi-units-value").equals(units) && text(robot, "#kpi-revenue-value").equals(revenue));
        assertThat(workbench.state().slice().keys(Dimension.PROVINCE)).containsExactly("33");
        // the tile says Zhejiang, and so does the breadcrumb in the English UI (issue 11 #10)
        assertThat(robot.lookup(".crumb").queryAs(Labeled.class).getText()).isEqualTo("Province: Zhejiang");
        robot.clickOn("#crumb-back");
        waitUntil(() -> !text(robot, "#kpi-units-value").equals(units));
        assertThat(workbench.state().slice().members()).isEmpty();
    }

    @Test
    void theExplorerDrillsTwoLevelsOnDoubleClick(FxRobot robot) throws Exception {
        robot.clickOn("#nav-explore");
        TreeTableView<ExplorerRow> table = robot.lookup("#explorer-table").query();
        waitUntil(() -> rowKeys(table).contains("华南"));
        drill(robot, "华南", 1);
        waitUntil(() -> rowKeys(table).equals(List.of("44")));
        drill(robot, "广东", 2);
        waitUntil(() -> table.getRoot().getChildren().stream().allMatch(i -> i.getValue().dim() == Dimension.CITY)
                && !table.getRoot().getChildren().isEmpty());
        assertThat(table.getRoot().getChildren()).filteredOn(i -> !i.getValue().grandTotal()).extracting(i -> i.getValue().label())
                .containsExactlyInAnyOrder("深圳", "广州");
        assertThat(workbench.state().crumbs()).extracting(Crumb::label).containsExactly("华南", "广东");
    }

    @Test
    void switchingToChineseRelabelsTheWindow(FxRobot robot) throws Exception {
        waitUntil(() -> !text(robot, "#kpi-units-value").equals("–"));
        robot.clickOn("#lang-zh");
        waitUntil(() -> text(robot, "#nav-dashboard").equals("仪表盘"));
        assertThat(text(robot, "#nav-explore")).isEqualTo("数据探索");
        assertThat(text(robot, "#nav-import")).isEqualTo("导入");
        assertThat(robot.lookup("#kpi-units .kpi-title").queryAs(Label.class).getText()).isEqualTo("销量（台）");
        assertThat(text(robot, "#crumb-back")).isEqualTo("返回");
        // dates read the same in both languages (ISO), not in the machine's locale (1/1/2025)
        assertThat(robot.lookup("#filter-from").queryAs(javafx.scene.control.DatePicker.class).getEditor().getText())
                .matches("\\d{4}-\\d{2}-\\d{2}");
        robot.clickOn("#lang-en");
        waitUntil(() -> text(robot, "#nav-dashboard").equals("Dashboard"));
    }

    @Test
    void aFileImportedThroughTheImportScreenJoinsTheHistory(FxRobot robot) throws Exception {
        dialogs.filesToChoose = List.of(TestWorkspace.copy("sales-extra.csv", dir));
        robot.clickOn("#nav-import");
        TableView<?> batches = robot.lookup("#import-batches").query();
        waitUntil(() -> batches.getItems().size() == 1);
        robot.clickOn("#import-choose");
        TableView<?> preview = robot.lookup("#import-preview").query();
        waitUntil(() -> preview.getItems().size() == 12);
        assertThat(preview.getColumns().get(12).getText()).isEqualTo("数量\n→ Quantity");
        robot.clickOn("#import-run");
        waitUntil(() -> batches.getItems().size() == 2);
        assertThat(text(robot, "#import-status")).isEqualTo("12 rows stored, 0 files refused");
        assertThat(dialogs.errors).isEmpty();
    }

    /**
     * Double-clicks a row. On a machine loaded by other builds the two clicks can arrive further apart
     * than the double-click interval and count as two single clicks, so the gesture is repeated once.
     */
    private void drill(FxRobot robot, String label, int depth) throws Exception {
        for (int attempt = 0; attempt < 2 && workbench.state().crumbs().size() < depth; attempt++) {
            robot.doubleClickOn(row(robot, label));
            try {
                org.salestrack.ui.FxWait.until(8, () -> workbench.state().crumbs().size() >= depth);
            } catch (TimeoutException e) {
                // try the gesture again
            }
        }
        assertThat(workbench.state().crumbs()).hasSize(depth);
    }

    private static List<String> rowKeys(TreeTableView<ExplorerRow> table) {
        if (table.getRoot() == null) return List.of();
        return table.getRoot().getChildren().stream().filter(i -> !i.getValue().grandTotal()).map(i -> i.getValue().key()).toList();
    }

    private static Node row(FxRobot robot, String label) {
        return robot.lookup(".tree-table-row-cell").match((Node n) -> n instanceof TreeTableRow<?> r && r.getItem() instanceof ExplorerRow e
                && e.label().equals(label)).query();
    }
}
