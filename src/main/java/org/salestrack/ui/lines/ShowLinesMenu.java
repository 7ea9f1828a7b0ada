package org.salestrack.ui.lines;

import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.salestrack.ui.I18n;

/**
 * The one-item context menu "Show lines" on anything that stands for a figure. It opens on a secondary
 * click (so a right click never drills: the click is consumed before the node's own handler) and on the
 * keyboard's menu key; {@code actionAt} says, for the node under the pointer, what to open (null: nothing).
 */
public final class ShowLinesMenu {
    private ShowLinesMenu() {}

    public static void install(Node node, I18n i18n, String id, Function<Node, Runnable> actionAt) {
        ContextMenu menu = new ContextMenu();
        node.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() != MouseButton.SECONDARY) return;
            e.consume();
            Runnable action = actionAt.apply(e.getPickResult().getIntersectedNode());
            if (action != null) show(menu, node, i18n, id, action, e.getScreenX(), e.getScreenY());
        });
        node.setOnContextMenuRequested(e -> {
            if (!e.isKeyboardTrigger()) return;
            Runnable action = actionAt.apply(node.getScene() == null ? node : node.getScene().getFocusOwner());
            Bounds b = node.localToScreen(node.getBoundsInLocal());
            if (action != null && b != null) show(menu, node, i18n, id, action, b.getMinX() + 20, b.getMinY() + 20);
            e.consume();
        });
    }

    /** For a node whose figure does not depend on where inside it the pointer is. */
    public static void install(Node node, I18n i18n, String id, Supplier<Runnable> action) {
        install(node, i18n, id, n -> action.get());
    }

    private static void show(ContextMenu menu, Node owner, I18n i18n, String id, Runnable action, double x, double y) {
        MenuItem item = new MenuItem(i18n.get("lines.show"));
        item.setId(id);
        item.setOnAction(e -> action.run());
        menu.getItems().setAll(item);
        menu.show(owner, x, y);
    }
}
