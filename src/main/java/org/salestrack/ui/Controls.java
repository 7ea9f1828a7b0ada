package org.salestrack.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;

/** Buttons and labels whose text follows the language, the way every screen builds them. */
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
}
