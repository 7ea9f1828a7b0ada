package org.salestrack.ui.explore;

import org.salestrack.ui.start.OpenedWorkspace;
import org.salestrack.ui.ScreenServices;
import org.salestrack.analytics.explore.ExplorerRow;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.explore.DatePreset;
import org.salestrack.model.Dimension;
import org.salestrack.ui.ScriptedDialogs;
import org.salestrack.ui.TestWorkspace;
import org.salestrack.ui.Workbench;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 11 #1 on the screen: drilling 华南 > 广东 > 深圳 down to stores shows no nameless "–" row. The
 * city's online orders have no store and say so; store S001's sales are under its own name.
 */
@ExtendWith(ApplicationExtension.class)
class ExplorerNamesFxTest {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    @TempDir
    Path dir;
    Workbench workbench;

    @Start
    void start(Stage stage) {
        TestWorkspace ws = TestWorkspace.create(dir, true);
        workbench = new Workbench(new OpenedWorkspace("test", ws.explore, ws.pipeline, ws.explore.span().orElseThrow(), ScreenServices.NONE), Locale.ENGLISH, new ScriptedDialogs());
        workbench.show(stage);
        workbench.state().applyPreset(DatePreset.ALL);
    }

    @Test
    void theDrillIntoShenzhensStoresHasNoNamelessRow(FxRobot robot) throws Exception {
        robot.clickOn("#nav-explore");
        TreeTableView<ExplorerRow> table = robot.lookup("#explorer-table").query();
        org.salestrack.ui.FxWait.until(40, () -> labels(table).contains("华南"));
        WaitForAsyncUtils.waitForFxEvents();
        // regions and provinces in the reader's language, as the tile map names them (issue 11 #10)
        assertThat(shownNames(robot)).contains("South China", "East China").doesNotContain("华南");
        drill(robot, "华南", 1);
        org.salestrack.ui.FxWait.until(20, () -> labels(table).contains("广东"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownNames(robot)).contains("Guangdong").doesNotContain("广东");
        drill(robot, "广东", 2);
        org.salestrack.ui.FxWait.until(20, () -> labels(table).contains("深圳"));
        assertThat(shownNames(robot)).doesNotContain("–");
        drill(robot, "深圳", 3);
        org.salestrack.ui.FxWait.until(20, () -> !table.getRoot().getChildren().isEmpty()
                && table.getRoot().getChildren().stream().allMatch(i -> i.getValue().dim() == Dimension.STORE));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> names = shownNames(robot);
        assertThat(names).doesNotContain("–", "").contains("No store (online orders, dealer sell-through)");
        assertThat(names.stream().filter(n -> n.startsWith("S001")).toList()).hasSize(1);
        // the matrix heat map below names its rows the same way
        org.salestrack.ui.FxWait.until(10, () -> robot.lookup(".label").match((Node n) -> n instanceof javafx.scene.control.Label l
                && "No store (online orders, dealer sell-through)".equals(l.getText())).tryQuery().isPresent());
        assertThat(robot.lookup(".label").match((Node n) -> n instanceof javafx.scene.control.Label l && "–".equals(l.getText())
                && l.getParent() != null && l.getParent().getStyleClass().stream().anyMatch(c -> c.contains("matrix"))).tryQuery()).isEmpty();
    }

    /** The texts of the name column's cells on screen. */
    private static List<String> shownNames(FxRobot robot) throws Exception {
        // on the FX thread: a lookup racing a refilling table fails inside Parent.lookupAll
        return WaitForAsyncUtils.asyncFx(() -> shownNamesNow(robot)).get();
    }

    private static List<String> shownNamesNow(FxRobot robot) {
        return robot.lookup(".tree-table-cell").match((Node n) -> n instanceof TreeTableCell<?, ?> c && c.getTableColumn() != null
                && c.getTreeTableView() != null && c.getTableColumn() == c.getTreeTableView().getColumns().get(0) && c.getItem() != null).queryAll().stream().map(n -> String.valueOf(((TreeTableCell<?, ?>) n).getItem())).toList();
    }

    private static List<String> labels(TreeTableView<ExplorerRow> table) {
        if (table.getRoot() == null) return List.of();
        return table.getRoot().getChildren().stream().map(i -> i.getValue().label()).toList();
    }

    /**
     * Double-clicks a row. On a loaded machine the two clicks can arrive further apart than the double-click
     * interval, or the drill can land after the wait: the gesture is repeated only while the row is still shown.
     */
    private void drill(FxRobot robot, String label, int depth) throws Exception {
        for (int attempt = 0; attempt < 3 && workbench.state().crumbs().size() < depth; attempt++) {
            org.salestrack.ui.FxWait.until(20, () -> workbench.state().crumbs().size() >= depth || row(robot, label).isPresent());
            Optional<Node> row = row(robot, label);
            if (workbench.state().crumbs().size() >= depth || row.isEmpty()) break;
            robot.doubleClickOn(row.get());
            try {
                org.salestrack.ui.FxWait.until(15, () -> workbench.state().crumbs().size() >= depth);
            } catch (TimeoutException e) {
                // the two clicks counted as two single clicks: try the gesture again
            }
        }
        assertThat(workbench.state().crumbs()).hasSize(depth);
    }

    private static Optional<Node> row(FxRobot robot, String label) {
        return robot.lookup(".tree-table-row-cell").match((Node n) -> n instanceof TreeTableRow<?> r
                && r.getItem() instanceof ExplorerRow e && e.label().equals(label)).tryQuery();
    }
}
