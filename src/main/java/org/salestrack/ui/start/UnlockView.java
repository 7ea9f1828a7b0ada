package org.salestrack.ui.start;

import org.salestrack.ui.Failures;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.salestrack.ui.Fonts;
import org.salestrack.ui.I18n;

/** The page that asks an encrypted workspace's passphrase before anything of it is shown. */
public final class UnlockView {
    private final VBox root = new VBox(14);

    public UnlockView(UnlockViewModel vm, I18n i18n) {
        root.getStyleClass().addAll("workbench", "first-start");
        root.setStyle("-fx-font-family: \"" + Fonts.fxFamily() + "\";");
        root.setAlignment(Pos.CENTER);
        root.setPadding(new Insets(40));
        Label title = new Label();
        title.textProperty().bind(i18n.bind("unlock.title"));
        title.getStyleClass().add("start-title");
        Label text = new Label();
        text.textProperty().bind(i18n.bind("unlock.text", vm.file()));
        text.setWrapText(true);
        text.setMaxWidth(560);
        PasswordField field = new PasswordField();
        field.setId("unlock-passphrase");
        field.setMaxWidth(360);
        field.promptTextProperty().bind(i18n.bind("unlock.prompt"));
        field.textProperty().bindBidirectional(vm.passphraseProperty());
        field.disableProperty().bind(vm.busyProperty());
        field.setOnAction(e -> vm.unlock());
        HBox buttons = LoginRow.buttons(i18n, "unlock", "unlock.open", vm.busyProperty(), vm::unlock, vm::cancel);
        Label problem = LoginRow.problem("unlock");
        problem.textProperty().bind(Bindings.createStringBinding(() -> {
            String key = vm.problemProperty().get();
            if (key.isEmpty()) return "";
            return UnlockViewModel.Problem.FAILED.key().equals(key) ? i18n.get(key, vm.file(), Failures.text(i18n, vm.failureProperty().get())) : i18n.get(key, vm.file());
        }, vm.problemProperty(), vm.failureProperty(), i18n.localeProperty()));
        root.getChildren().addAll(title, text, field, buttons, problem);
        field.sceneProperty().addListener((o, was, now) -> {
            if (now != null) javafx.application.Platform.runLater(field::requestFocus);
        });
    }

    public Parent root() { return root; }
}
