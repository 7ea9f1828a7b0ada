package org.salestrack.ui;

import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The one window size of the app: 1480x940 where the screen allows, never larger than the screen's
 * visible area, and placed inside it. At 1280x720 a fixed 1480x940 window hid its right edge and
 * bottom, and a window first centred at that size kept its negative position when the workbench took it.
 */
public final class WindowSize {
    private static final double WIDTH = 1480;
    private static final double HEIGHT = 940;

    private WindowSize() {}

    public static Scene scene(Parent root) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        return new Scene(root, Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight()));
    }

    /** Shows the scene in the stage, sized to it and moved back inside the screen. */
    public static void show(Stage stage, Scene scene) {
        stage.setScene(scene);
        stage.sizeToScene();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        if (stage.getX() < screen.getMinX() || stage.getY() < screen.getMinY()
                || stage.getX() + scene.getWidth() > screen.getMaxX() || stage.getY() + scene.getHeight() > screen.getMaxY()) {
            stage.centerOnScreen();
        }
        stage.show();
    }
}
