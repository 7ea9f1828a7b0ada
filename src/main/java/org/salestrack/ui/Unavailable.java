package org.salestrack.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** What a screen shows when the workbench was started without the services it needs. */
public final class Unavailable {
    private Unavailable() {}

    public static Screen screen(I18n i18n) { return screen(i18n, "screen.unavailable"); }

    /** The screen saying {@code key}'s text instead of its content. */
    public static Screen screen(I18n i18n, String key) {
        Label l = new Label();
        l.setId("screen-unavailable");
        l.setWrapText(true);
        l.setMaxWidth(640);
        l.textProperty().bind(i18n.bind(key));
        StackPane p = new StackPane(l);
        return new Screen() {
            @Override
            public Node node() { return p; }

            @Override
            public void close() { }
        };
    }
}
