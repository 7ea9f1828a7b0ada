package org.salestrack.ui.start;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import org.salestrack.ui.I18n;

/** The pages that ask for a secret (a workspace's passphrase, the national store's login): their buttons and their problem line. */
final class LoginRow {
    private LoginRow() {}

    /** Open (the default button) and Cancel, with a spinner while {@code busy}. */
    static HBox buttons(I18n i18n, String prefix, String openKey, ObservableBooleanValue busy, Runnable open, Runnable cancel) {
        Button go = new Button();
        go.setId(prefix + "-open");
        go.getStyleClass().add("primary");
        go.setDefaultButton(true);
        go.textProperty().bind(i18n.bind(openKey));
        go.disableProperty().bind(busy);
        go.setOnAction(e -> open.run());
        Button back = new Button();
        back.setId(prefix + "-cancel");
        back.setCancelButton(true);
        back.textProperty().bind(i18n.bind("unlock.cancel"));
        back.disableProperty().bind(busy);
        back.setOnAction(e -> cancel.run());
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(22, 22);
        working.visibleProperty().bind(busy);
        HBox buttons = new HBox(12, go, back, working);
        buttons.setAlignment(Pos.CENTER);
        return buttons;
    }

    /** The line under the fields that says what went wrong (its text bound by the page). */
    static Label problem(String prefix) {
        Label problem = new Label();
        problem.setId(prefix + "-problem");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.setMaxWidth(560);
        return problem;
    }
}
