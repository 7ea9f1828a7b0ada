package org.salestrack.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import org.testfx.api.FxRobot;

/**
 * Scrolls a screen's page so a node is in view, as a user does before pointing at it: the headless mouse wheel
 * moves a pixel a notch, so the robot sets the scroll bar where a user would have dragged it.
 */
public final class Reveal {
    private Reveal() {}

    public static void in(FxRobot robot, ScrollPane page, Node n) {
        robot.interact(() -> {
            Bounds b = page.getContent().sceneToLocal(n.localToScene(n.getBoundsInLocal()));
            double free = page.getContent().getBoundsInLocal().getHeight() - page.getViewportBounds().getHeight();
            page.setVvalue(free <= 0 ? 0 : Math.max(0, Math.min(1, (b.getMinY() - 10) / free)));
        });
    }

    /** The node with this id, on this page. */
    public static void in(FxRobot robot, ScrollPane page, String id) { in(robot, page, robot.lookup(id).<Node>query()); }

    public static void onDashboard(FxRobot robot, Node n) { in(robot, robot.lookup("#dashboard-scroll").queryAs(ScrollPane.class), n); }
}
