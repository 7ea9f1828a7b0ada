package org.salestrack.ui.explore;

import org.salestrack.ui.start.OpenedWorkspace;
import org.salestrack.ui.ScreenServices;
import org.salestrack.analytics.explore.ExplorerRow;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.salestrack.ui.ScriptedDialogs;
import org.salestrack.ui.Workbench;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The workbench on an {@link ExploreFixture} workspace, and the lookups the explorer's robot tests share. */
public final class ExploreFx {
    public final ExploreFixture fx;
    public final Workbench workbench;
    public final ScriptedDialogs dialogs = new ScriptedDialogs();

    public ExploreFx(Path dir, Stage stage, double width, double height) throws Exception {
        fx = ExploreFixture.create(dir);
        workbench = new Workbench(new OpenedWorkspace("test", fx.ws.explore, fx.ws.pipeline, fx.ws.explore.span().orElseThrow(), ScreenServices.NONE), Locale.ENGLISH, dialogs);
        workbench.show(stage);
        stage.setWidth(width);
        stage.setHeight(height);
    }

    public static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        org.salestrack.ui.FxWait.until(40, condition);
    }

    public static TreeTableView<ExplorerRow> table(FxRobot robot) { return robot.lookup("#explorer-table").query(); }

    /** The explorer's row showing {@code label} (the grand total is "Total"). */
    public static TreeTableRow<ExplorerRow> row(FxRobot robot, String label) {
        return robot.lookup(".tree-table-row-cell").match((Node n) -> n instanceof TreeTableRow<?> r && r.getItem() instanceof ExplorerRow e
                && (e.grandTotal() ? "Total" : e.label()).equals(label) && r.isVisible()).query();
    }

    public static boolean hasRow(FxRobot robot, String label) {
        return robot.lookup(".tree-table-row-cell").match((Node n) -> n instanceof TreeTableRow<?> r && r.getItem() instanceof ExplorerRow e
                && !e.grandTotal() && e.label().equals(label)).tryQuery().isPresent();
    }

    /** The cell of a row in the column with this id. */
    public static TreeTableCell<?, ?> cell(TreeTableRow<ExplorerRow> row, String columnId) {
        for (Node n : row.getChildrenUnmodifiable()) {
            if (n instanceof TreeTableCell<?, ?> c && c.getTableColumn() != null && columnId.equals(c.getTableColumn().getId())) return c;
        }
        throw new AssertionError("no cell in column " + columnId);
    }

    public static String text(FxRobot robot, String query) { return ((Labeled) robot.lookup(query).query()).getText(); }
}
