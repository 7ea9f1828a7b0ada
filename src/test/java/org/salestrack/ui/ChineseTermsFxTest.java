package org.salestrack.ui;

import org.salestrack.ui.start.OpenedWorkspace;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.explore.DatePreset;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 11 (second review): technical terms in the Chinese UI. ISO week keys ("2025-W46") were shown raw in the
 * dashboard's weekly trend and the explorer's week columns, and "SKU" headed the dashboard's product rankings; in
 * 中文 the weeks read 2025年第46周 and the SKU is a 商品编码, while the English UI keeps 2025-W46.
 */
@ExtendWith(ApplicationExtension.class)
class ChineseTermsFxTest {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    private static final String ISO_WEEK = ".*\\d{4}-W\\d{2}.*";

    @TempDir
    Path dir;
    Workbench workbench;

    @Start
    void start(Stage stage) {
        ScreensFixture fx = ScreensFixture.create(dir);
        workbench = new Workbench(new OpenedWorkspace("test", fx.ws.explore, fx.ws.pipeline, fx.ws.explore.span().orElseThrow(), fx.services), Locale.ENGLISH, new ScriptedDialogs());
        workbench.show(stage);
        workbench.state().applyPreset(DatePreset.ALL);
    }

    private static void waitUntil(BooleanSupplier c) throws Exception {
        org.salestrack.ui.FxWait.until(60, c);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static List<String> trendWeeks(FxRobot robot) {
        JFreeChart c = robot.lookup("#dashboard-trend").queryAs(ChartViewer.class).getChart();
        return (List<String>) (List<?>) c.getCategoryPlot().getDataset().getColumnKeys();
    }

    private static List<String> headers(FxRobot robot, String root) {
        return robot.lookup(root + " .column-header").queryAll().stream().filter(Node::isVisible)
                .map(n -> n.lookup(".label")).filter(l -> l instanceof Labeled).map(l -> ((Labeled) l).getText()).toList();
    }

    /** The explorer's column headers, read on the FX thread: a new grain rebuilds them. */
    private static List<String> columns(TreeTableView<?> table) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> table.getColumns().stream().map(TableColumnBase::getText).toList()).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void weeksReadAsChineseWeeksAndTheSkuIsAProductCodeInChinese(FxRobot robot) throws Exception {
        robot.clickOn("#lang-zh");
        robot.clickOn("#dashboard-grain-week");
        // the fixture sells on the 15th of every month: 2024-01-15 is in ISO week 3 of 2024
        waitUntil(() -> trendWeeks(robot).contains("2024年第3周"));
        assertThat(trendWeeks(robot)).allMatch(w -> w.matches("\\d{4}年第\\d{1,2}周"));
        // the rankings name the product code in Chinese, not "SKU"
        List<String> dashboardHeaders = headers(robot, "#dashboard-scroll");
        assertThat(dashboardHeaders).contains("商品编码").noneMatch(h -> h.contains("SKU"));
        assertThat(robot.lookup(".card-title").queryAll().stream().map(n -> ((Labeled) n).getText()).toList())
                .contains("畅销商品", "滞销商品").noneMatch(t -> t.contains("SKU"));

        // the explorer by week: its columns are Chinese weeks
        robot.clickOn("#nav-explore");
        robot.clickOn("#explorer-grain");
        robot.clickOn(robot.lookup(".list-cell").match(n -> n instanceof ListCell<?> c && c.isVisible() && "周".equals(c.getText())).queryAs(Node.class));
        TreeTableView<?> table = robot.lookup("#explorer-table").query();
        waitUntil(() -> columns(table).contains("2024年第3周"));
        assertThat(columns(table)).noneMatch(t -> t != null && t.matches(ISO_WEEK));

        // English keeps the ISO weeks, as ISO writes them
        robot.clickOn("#lang-en");
        waitUntil(() -> columns(table).contains("2024-W03"));
    }
}
