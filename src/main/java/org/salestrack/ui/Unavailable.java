package org.salestrack.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** What a screen shows when the workbench was started without the services it needs. */
public final class Unavailable {
    private Unavailable() {}

    public static Screen screen(I18n i18n) {
        Label l = new Label();
        l.textProperty().bind(i18n.bind("screen.unavailable"));
        StackPane p = new StackPane(l);
        return new Screen() {
            @Override
            public Node node() { return p; }

            @Override
            public void close() { }
        };
    }
}
