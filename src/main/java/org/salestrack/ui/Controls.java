package org.salestrack.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;

/** Buttons, labels and tabs whose text follows the language, the way every screen builds them. */
public final class Controls {
    private Controls() {}

    public static Button button(I18n i18n, String id, String key, Runnable action) {
        Button b = new Button();
        b.setId(id);
        b.textProperty().bind(i18n.bind(key));
        b.setOnAction(e -> action.run());
        return b;
    }

    public static Label label(I18n i18n, String key) {
        Label l = new Label();
        l.textProperty().bind(i18n.bind(key));
        return l;
    }

    public static Tab tab(I18n i18n, String key, Node content) {
        Tab t = new Tab();
        t.textProperty().bind(i18n.bind(key));
        t.setContent(content);
        return t;
    }
}
