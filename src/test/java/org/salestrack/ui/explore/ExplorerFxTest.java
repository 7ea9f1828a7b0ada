package org.salestrack.ui.explore;

import org.salestrack.analytics.explore.ExplorerRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.salestrack.ui.explore.ExploreFx.cell;
import static org.salestrack.ui.explore.ExploreFx.row;
import static org.salestrack.ui.explore.ExploreFx.table;
import static org.salestrack.ui.explore.ExploreFx.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TreeTableRow;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.model.cube.Measure;
import org.salestrack.ui.explore.ExploreFixture.Line;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** The explorer as a user drives it at 1280x720: the measure box, the sideways scroll, the search. */
@ExtendWith(ApplicationExtension.class)
class ExplorerFxTest {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    @TempDir
    Path dir;
    ExploreFx app;

    @Start
    void start(Stage stage) throws Exception {
        app = new ExploreFx(dir, stage, 1280, 720);
    }

    private void openExplorer(FxRobot robot, LocalDate from, LocalDate to) throws Exception {
        robot.interact(() -> app.workbench.state().setRange(from, to));
        robot.clickOn("#nav-explore");
        waitUntil(() -> table(robot).getRoot() != null && table(robot).getRoot().getChildren().size() > 1
                && table(robot).getRoot().getChildren().get(1).getValue().dim() == org.salestrack.model.Dimension.REGION);
    }

    @Test
    void withUnitsChosenGrowthAndShareAreUnitFigures(FxRobot robot) throws Exception {
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 6, 30);
        openExplorer(robot, from, to);
        robot.clickOn("#explorer-measure");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText("Units")).queryAs(Node.class));
        waitUntil(() -> app.workbench.state() != null && robot.lookup("#explorer-col-growth").tryQuery().isPresent());
        List<Line> lines = app.fx.lines;
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        long all = units(lines, from, to, "");
        for (String region : List.of("华南", "华东", "西南")) {
            long now = units(lines, from, to, region);
            long before = units(lines, from.minusDays(days), from.minusDays(1), region);
            TreeTableRow<ExplorerRow> r = row(robot, region);
            assertThat(cell(r, "explorer-col-total").getText()).isEqualTo(String.format(Locale.ENGLISH, "%,d", now));
            assertThat(cell(r, "explorer-col-growth").getText()).isEqualTo(String.format(Locale.ENGLISH, "%+.1f%%", 100.0 * (now - before) / before));
            assertThat(cell(r, "explorer-col-share").getText()).isEqualTo(String.format(Locale.ENGLISH, "%.1f%%", 100.0 * now / all));
        }
        TreeTableRow<ExplorerRow> total = row(robot, "Total");
        assertThat(table(robot).getRoot().getChildren().get(0).getValue().grandTotal()).as("the grand total is the first row").isTrue();
        assertThat(cell(total, "explorer-col-total").getText()).isEqualTo(String.format(Locale.ENGLISH, "%,d", all));
        assertThat(cell(total, "explorer-col-share").getText()).isEqualTo("100.0%");
        assertThat(app.dialogs.errors).isEmpty();
    }

    private static long units(List<Line> lines, LocalDate from, LocalDate to, String region) {
        return lines.stream().filter(l -> !l.date().isBefore(from) && !l.date().isAfter(to))
                .filter(l -> region.isEmpty() || l.region().equals(region)).mapToLong(Line::qty).sum();
    }

    @Test
    void scrollingSidewaysKeepsTheNameColumnInViewAndBringsTotalGrowthAndShare(FxRobot robot) throws Exception {
        openExplorer(robot, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));
        ScrollBar bar = robot.lookup("#explorer-table .scroll-bar").match((Node n) -> n instanceof ScrollBar s
                && s.getOrientation() == Orientation.HORIZONTAL && s.isVisible()).query();
        Node share = header(robot, "Share");
        Bounds tableBounds = table(robot).localToScreen(table(robot).getBoundsInLocal());
        assertThat(share.localToScreen(share.getBoundsInLocal()).getMinX()).as("Share starts out of view").isGreaterThan(tableBounds.getMaxX());
        Node thumb = bar.lookup(".thumb");
        Bounds track = bar.localToScreen(bar.getBoundsInLocal());
        robot.drag(thumb).moveTo(new javafx.geometry.Point2D(track.getMaxX() + 40, track.getCenterY())).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bar.getValue()).isEqualTo(bar.getMax());
        Bounds shareNow = header(robot, "Share").localToScreen(header(robot, "Share").getBoundsInLocal());
        assertThat(shareNow.getMaxX()).as("Share scrolled into view").isLessThanOrEqualTo(tableBounds.getMaxX() + 1);
        TreeTableRow<ExplorerRow> south = row(robot, "华南");
        Bounds name = cell(south, "explorer-col-name").localToScreen(cell(south, "explorer-col-name").getBoundsInLocal());
        assertThat(name.getMinX()).as("the name column stays at the left").isBetween(tableBounds.getMinX(), tableBounds.getMinX() + 3);
        Node nameHeader = header(robot, "Region");
        assertThat(nameHeader.localToScreen(nameHeader.getBoundsInLocal()).getMinX()).isBetween(tableBounds.getMinX(), tableBounds.getMinX() + 3);
        // the name is what is painted there: the frozen cell is the topmost node at its place
        Node picked = pick(robot, name.getMinX() + 30, name.getCenterY());
        assertThat(picked).matches(n -> isInside(n, cell(south, "explorer-col-name")), "the name cell is on top");
        // another measure keeps the place the user scrolled to
        robot.clickOn("#explorer-measure");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText("Units")).queryAs(Node.class));
        waitUntil(() -> cell(row(robot, "华南"), "explorer-col-total").getText().matches("[0-9,]+"));
        assertThat(bar.getValue()).isEqualTo(bar.getMax()).isPositive();
    }

    private static boolean isInside(Node n, Node ancestor) {
        for (Node x = n; x != null; x = x.getParent()) if (x == ancestor) return true;
        return false;
    }

    private static Node pick(FxRobot robot, double screenX, double screenY) {
        javafx.scene.Scene scene = robot.lookup("#explorer-table").query().getScene();
        javafx.geometry.Point2D p = scene.getRoot().screenToLocal(screenX, screenY);
        Node[] out = new Node[1];
        robot.interact(() -> {
            javafx.scene.input.PickResult r = new javafx.scene.input.PickResult(null, p.getX(), p.getY());
            out[0] = pickIn(scene.getRoot(), screenX, screenY);
        });
        return out[0];
    }

    /** The topmost visible leaf under a screen point (the last painted child wins, as JavaFX paints by view order). */
    private static Node pickIn(Node n, double sx, double sy) {
        if (!n.isVisible() || !n.contains(n.screenToLocal(sx, sy))) return null;
        if (n instanceof javafx.scene.Parent p) {
            List<Node> kids = new java.util.ArrayList<>(p.getChildrenUnmodifiable());
            kids.sort(java.util.Comparator.comparingDouble(Node::getViewOrder).reversed());
            Node found = null;
            for (Node k : kids) {
                Node f = pickIn(k, sx, sy);
                if (f != null) found = f;
            }
            if (found != null) return found;
        }
        return n;
    }

    private static Node header(FxRobot robot, String text) {
        return robot.lookup("#explorer-table .column-header").match((Node n) -> n instanceof javafx.scene.control.skin.TableColumnHeader h
                && h.getTableColumn() != null && text.equals(h.getTableColumn().getText())).query();
    }

    @Test
    void atTheSmallWindowEveryToolbarButtonShowsItsWholeText(FxRobot robot) throws Exception {
        openExplorer(robot, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));
        for (String id : List.of("#explorer-copy", "#explorer-export", "#views-menu")) {
            javafx.scene.control.Labeled b = robot.lookup(id).query();
            Text shown = (Text) b.lookup(".text");
            assertThat(shown.getText()).as(id).isEqualTo(b.getText());
        }
    }

    @Test
    void aSearchWithoutMatchHereSaysWhereItLooked(FxRobot robot) throws Exception {
        openExplorer(robot, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));
        robot.clickOn("#explorer-search").write("杭州");
        waitUntil(() -> robot.lookup("#explorer-found").query().isVisible());
        Label placeholder = robot.lookup("#explorer-placeholder").query();
        assertThat(placeholder.getText()).isEqualTo("Nothing at the Region level matches “杭州”: searched the 3 rows under All sales (2025-01-01 – 2025-06-30).");
        assertThat(placeholder.getText()).doesNotContain("No sales");
        // the link further down still takes the user there
        // the links are rebuilt when the search's answer lands: click one that is on screen once they settle
        waitUntil(() -> robot.lookup("#explorer-found .hyperlink").match(LabeledMatchers.hasText("杭州 · City")).tryQuery()
                .map(n -> n.getScene() != null).orElse(false));
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#explorer-found .hyperlink").match(LabeledMatchers.hasText("杭州 · City")).queryAs(Node.class));
        waitUntil(() -> app.workbench.state().crumbs().size() == 3);
        robot.clickOn("#explorer-search").press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL).write("S99");
        waitUntil(() -> placeholder.getText().contains("S99"));
        assertThat(placeholder.getText()).contains("All sales › 华东 › 浙江 › 杭州");
    }
}
