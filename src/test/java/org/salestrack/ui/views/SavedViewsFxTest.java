package org.salestrack.ui.views;

import org.salestrack.analytics.explore.ExplorerRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.salestrack.ui.explore.ExploreFx.row;
import static org.salestrack.ui.explore.ExploreFx.table;
import static org.salestrack.ui.explore.ExploreFx.waitUntil;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.explore.ExploreService;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.SavedView;
import org.salestrack.ui.Crumb;
import org.salestrack.ui.explore.ExploreFixture.Line;
import org.salestrack.ui.explore.ExploreFx;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Saved views the way a user makes one: filters picked, a drill, saved under a name, cleared, reopened. */
@ExtendWith(ApplicationExtension.class)
class SavedViewsFxTest {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    @TempDir
    Path dir;
    ExploreFx app;

    @Start
    void start(Stage stage) throws Exception {
        app = new ExploreFx(dir, stage, 1480, 940);
        app.workbench.state().setRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));
    }

    private static void clickMenuItem(FxRobot robot, String text) {
        robot.clickOn(robot.lookup(".context-menu .menu-item").match(n -> n.isVisible() && n.lookup(".label") instanceof Label l
                && text.equals(l.getText())).queryAs(Node.class));
    }

    /** Ticks or unticks a member in a filter picker's drop-down, then closes it. */
    private static void togglePicker(FxRobot robot, String picker, String member) {
        robot.clickOn(picker);
        robot.clickOn(robot.lookup(".list-cell").match(n -> n instanceof ListCell<?> c && c.isVisible() && member.equals(c.getText())).queryAs(Node.class));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void aViewSavedAsHuananPhonesReopensWithItsFiltersPathAndScreen(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#filter-category").tryQuery().isPresent());
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        togglePicker(robot, "#filter-category", "手机");
        waitUntil(() -> app.workbench.state().slice().keys(Dimension.CATEGORY).equals(Set.of("手机")));
        robot.clickOn("#nav-explore");
        waitUntil(() -> table(robot).getRoot() != null && ExploreFx.hasRow(robot, "华南"));
        robot.doubleClickOn(row(robot, "华南"));
        waitUntil(() -> app.workbench.state().crumbs().size() == 1);

        app.dialogs.textToType = "华南 phones";
        robot.clickOn("#views-menu");
        clickMenuItem(robot, "Save current view…");
        waitUntil(() -> app.fx.ws.explore.savedViews().size() == 1);

        // clear everything, go elsewhere
        robot.clickOn("#crumb-clear");
        togglePicker(robot, "#filter-category", "手机");
        robot.clickOn("#nav-dashboard");
        waitUntil(() -> app.workbench.state().slice().members().isEmpty() && app.workbench.state().crumbs().isEmpty());

        robot.clickOn("#views-menu");
        clickMenuItem(robot, "华南 phones");
        waitUntil(() -> app.workbench.state().crumbs().size() == 1);
        assertThat(app.workbench.state().crumbs()).extracting(Crumb::dim, Crumb::label).containsExactly(org.assertj.core.groups.Tuple.tuple(Dimension.REGION, "华南"));
        assertThat(app.workbench.state().slice().members()).isEqualTo(Map.of(Dimension.CATEGORY, Set.of("手机"), Dimension.REGION, Set.of("华南")));
        assertThat(app.workbench.state().slice().from()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(robot.lookup("#nav-explore").queryAs(ToggleButton.class).isSelected()).isTrue();
        // the explorer shows 华南's provinces for phones only: checked against the lines
        waitUntil(() -> ExploreFx.hasRow(robot, "广东") && !ExploreFx.hasRow(robot, "华南"));
        List<Line> phones = app.fx.lines.stream().filter(l -> l.region().equals("华南") && !l.sku().equals("W3"))
                .filter(l -> !l.date().isBefore(LocalDate.of(2025, 1, 1)) && !l.date().isAfter(LocalDate.of(2025, 6, 30))).toList();
        ExplorerRow gd = row(robot, "广东").getItem();
        assertThat(gd.total().qty()).isEqualTo(phones.stream().mapToLong(Line::qty).sum());
        assertThat(robot.lookup(".crumb").queryAs(javafx.scene.control.Labeled.class).getText()).isEqualTo("Region: South China");

        // kept in the workspace, and audited
        List<SavedView> again = new ExploreService(app.fx.ws.workspace).savedViews();
        assertThat(again).extracting(SavedView::name, SavedView::screen).containsExactly(org.assertj.core.groups.Tuple.tuple("华南 phones", "explore"));
        try (Connection c = app.fx.ws.workspace.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM audit_log WHERE subject = 'saved view 华南 phones'")) {
            assertThat(rs.next() && rs.getInt(1) == 1).isTrue();
        }
        // deleting asks, then removes it (audited too)
        robot.clickOn("#views-menu");
        robot.clickOn(robot.lookup(".context-menu .menu").match(n -> n.lookup(".label") instanceof Label l && "Delete a view".equals(l.getText())).queryAs(Node.class));
        robot.clickOn(robot.lookup(".delete-view").match(n -> n.isVisible() && n.lookup(".label") instanceof Label l && "华南 phones".equals(l.getText()))
                .queryAs(Node.class));
        waitUntil(() -> app.fx.ws.explore.savedViews().isEmpty());
        assertThat(app.dialogs.errors).isEmpty();
    }

    @Test
    void aCustomRangeTypedInTheDateBoxesShowsCustomInThePresetBox(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#filter-preset").tryQuery().isPresent());
        javafx.scene.control.ComboBox<?> preset = robot.lookup("#filter-preset").query();
        assertThat(preset.getButtonCell().getText()).isEqualTo("Custom range");
        robot.clickOn("#filter-preset");
        robot.clickOn(robot.lookup(".list-cell").match(n -> n instanceof ListCell<?> c && c.isVisible() && "All dates".equals(c.getText())).queryAs(Node.class));
        waitUntil(() -> "All dates".equals(preset.getButtonCell().getText()));
        robot.doubleClickOn("#filter-from").press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL)
                .write("2025-02-01").press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> app.workbench.state().slice().from().equals(LocalDate.of(2025, 2, 1)));
        assertThat(app.workbench.state().presetProperty().get()).isNull();
        assertThat(preset.getButtonCell().getText()).isEqualTo("Custom range");
    }
}
