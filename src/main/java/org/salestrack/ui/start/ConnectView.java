package org.salestrack.ui.start;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.salestrack.ui.Failures;
import org.salestrack.ui.Fonts;
import org.salestrack.ui.I18n;

/** The page that logs in to the national store: address, role, password (masked), and whether the keyring keeps it. */
public final class ConnectView {
    private final VBox root = new VBox(12);

    public ConnectView(ConnectViewModel vm, I18n i18n) {
        root.getStyleClass().addAll("workbench", "first-start");
        root.setStyle("-fx-font-family: \"" + Fonts.fxFamily() + "\";");
        root.setAlignment(Pos.CENTER);
        root.setPadding(new Insets(40));
        Label title = new Label();
        title.textProperty().bind(i18n.bind("connect.title"));
        title.getStyleClass().add("start-title");
        Label text = new Label();
        text.textProperty().bind(i18n.bind("connect.text"));
        text.setWrapText(true);
        text.setMaxWidth(560);
        TextField url = new TextField();
        url.setId("connect-url");
        url.setMaxWidth(420);
        url.promptTextProperty().bind(i18n.bind("connect.url"));
        url.textProperty().bindBidirectional(vm.urlProperty());
        TextField user = new TextField();
        user.setId("connect-user");
        user.setMaxWidth(420);
        user.promptTextProperty().bind(i18n.bind("connect.user"));
        user.textProperty().bindBidirectional(vm.userProperty());
        PasswordField password = new PasswordField();
        password.setId("connect-password");
        password.setMaxWidth(420);
        password.promptTextProperty().bind(Bindings.createStringBinding(
                () -> i18n.get(vm.keyringProperty().get() ? "connect.password.keyring" : "connect.password"), vm.keyringProperty(),
                i18n.localeProperty()));
        password.textProperty().bindBidirectional(vm.passwordProperty());
        password.setOnAction(e -> vm.connect());
        CheckBox remember = new CheckBox();
        remember.setId("connect-remember");
        remember.textProperty().bind(i18n.bind("connect.remember"));
        remember.selectedProperty().bindBidirectional(vm.rememberProperty());
        remember.visibleProperty().bind(vm.keyringProperty());
        remember.managedProperty().bind(vm.keyringProperty());
        for (var field : new javafx.scene.control.Control[] {url, user, password, remember}) field.disableProperty().bind(vm.busyProperty());
        Label noKeyring = new Label();
        noKeyring.setId("connect-no-keyring");
        noKeyring.textProperty().bind(i18n.bind("connect.no_keyring"));
        noKeyring.setWrapText(true);
        noKeyring.setMaxWidth(420);
        noKeyring.visibleProperty().bind(vm.keyringProperty().not());
        noKeyring.managedProperty().bind(noKeyring.visibleProperty());
        HBox buttons = LoginRow.buttons(i18n, "connect", "connect.open", vm.busyProperty(), vm::connect, vm::cancel);
        Label problem = LoginRow.problem("connect");
        problem.textProperty().bind(Bindings.createStringBinding(() -> {
            String key = vm.problemProperty().get();
            if (key.isEmpty()) return "";
            if (ConnectViewModel.Problem.FAILED.key().equals(key)) return i18n.get(key, Failures.text(i18n, vm.failureProperty().get()));
            return i18n.get(key);
        }, vm.problemProperty(), vm.failureProperty(), i18n.localeProperty()));
        root.getChildren().addAll(title, text, url, user, password, remember, noKeyring, buttons, problem);
    }

    public Parent root() { return root; }
}
