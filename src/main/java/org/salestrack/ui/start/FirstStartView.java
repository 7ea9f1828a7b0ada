package org.salestrack.ui.start;

import org.salestrack.ui.Failures;
import javafx.beans.binding.Bindings;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.salestrack.task.BackgroundTask;
import org.salestrack.ui.Fonts;
import org.salestrack.ui.I18n;

/** The first-start page: what SalesTrack is, and two ways in. */
public final class FirstStartView {
    private final FirstStartViewModel vm;
    private final I18n i18n;
    private final VBox root = new VBox(16);
    private final ProgressBar bar = new ProgressBar();
    private final Label progress = new Label();
    private final Timeline sampler = new Timeline(new KeyFrame(Duration.millis(100), e -> sample()));

    public FirstStartView(FirstStartViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        root.getStyleClass().addAll("workbench", "first-start");
        root.setStyle("-fx-font-family: \"" + Fonts.fxFamily() + "\";");
        root.setAlignment(Pos.CENTER);
        root.setPadding(new Insets(40));
        Label title = new Label();
        title.textProperty().bind(i18n.bind("start.title"));
        title.getStyleClass().add("start-title");
        Label text = new Label();
        text.textProperty().bind(i18n.bind("start.text", vm.workspaceFile()));
        text.setWrapText(true);
        text.setMaxWidth(560);
        Button samples = new Button();
        samples.setId("start-samples");
        samples.getStyleClass().add("primary");
        samples.textProperty().bind(i18n.bind(vm.samplesAvailable() ? "start.samples" : "start.samples.missing"));
        samples.setDisable(!vm.samplesAvailable());
        samples.setOnAction(e -> vm.openSamples());
        Button empty = new Button();
        empty.setId("start-empty");
        empty.textProperty().bind(i18n.bind("start.empty"));
        empty.setOnAction(e -> vm.startEmpty());
        samples.disableProperty().bind(vm.busyProperty().or(new javafx.beans.property.SimpleBooleanProperty(!vm.samplesAvailable())));
        empty.disableProperty().bind(vm.busyProperty());
        Button cancel = new Button();
        cancel.textProperty().bind(i18n.bind("status.cancel"));
        cancel.setOnAction(e -> vm.cancel());
        cancel.visibleProperty().bind(vm.busyProperty());
        bar.visibleProperty().bind(vm.busyProperty());
        bar.setPrefWidth(360);
        Label problem = new Label();
        problem.getStyleClass().add("error-text");
        problem.textProperty().bind(Bindings.createStringBinding(() -> Failures.text(i18n, vm.problemProperty().get()), vm.problemProperty(), i18n.localeProperty()));
        Button unlock = new Button();
        unlock.setId("start-unlock");
        unlock.textProperty().bind(i18n.bind("start.unlock"));
        unlock.setOnAction(e -> vm.unlock());
        unlock.disableProperty().bind(vm.busyProperty());
        HBox buttons = new HBox(12, samples, vm.locked() ? unlock : empty);
        if (vm.offersNational()) {
            Button national = new Button();
            national.setId("start-national");
            national.textProperty().bind(i18n.bind("start.national"));
            national.setOnAction(e -> vm.connectNational());
            national.disableProperty().bind(vm.busyProperty());
            buttons.getChildren().add(national);
        }
        buttons.setAlignment(Pos.CENTER);
        HBox work = new HBox(10, bar, cancel);
        work.setAlignment(Pos.CENTER);
        if (vm.locked()) text.textProperty().bind(i18n.bind("start.text.locked", vm.workspaceFile()));
        root.getChildren().addAll(title, text, buttons, encryption(), work, progress, problem);
        sampler.setCycleCount(Timeline.INDEFINITE);
        sampler.play();
    }

    /** Offered with every new workspace: encrypt it, the passphrase typed twice (masked). */
    private VBox encryption() {
        javafx.scene.control.CheckBox encrypt = new javafx.scene.control.CheckBox();
        encrypt.setId("start-encrypt");
        encrypt.textProperty().bind(i18n.bind("start.encrypt"));
        encrypt.selectedProperty().bindBidirectional(vm.encryptProperty());
        encrypt.disableProperty().bind(vm.busyProperty());
        javafx.scene.control.PasswordField pass = new javafx.scene.control.PasswordField();
        pass.setId("start-passphrase");
        pass.promptTextProperty().bind(i18n.bind("start.passphrase"));
        pass.textProperty().bindBidirectional(vm.passphraseProperty());
        javafx.scene.control.PasswordField repeat = new javafx.scene.control.PasswordField();
        repeat.setId("start-passphrase-repeat");
        repeat.promptTextProperty().bind(i18n.bind("start.passphrase.repeat"));
        repeat.textProperty().bindBidirectional(vm.repeatProperty());
        Label hint = new Label();
        hint.textProperty().bind(i18n.bind("start.encrypt.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(560);
        Label wrong = new Label();
        wrong.setId("start-passphrase-problem");
        wrong.getStyleClass().add("error-text");
        wrong.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.passphraseProblemProperty().get().isEmpty() ? "" : i18n.get(vm.passphraseProblemProperty().get()),
                vm.passphraseProblemProperty(), i18n.localeProperty()));
        VBox fields = new VBox(8, pass, repeat, hint);
        fields.setAlignment(Pos.CENTER);
        fields.setMaxWidth(360);
        fields.visibleProperty().bind(vm.encryptProperty());
        fields.managedProperty().bind(vm.encryptProperty());
        VBox box = new VBox(8, encrypt, fields, wrong);
        box.setAlignment(Pos.CENTER);
        box.setVisible(!vm.locked());
        box.setManaged(!vm.locked());
        return box;
    }

    private void sample() {
        BackgroundTask<?> t = vm.runningProperty().get();
        if (t == null) {
            progress.setText("");
            return;
        }
        bar.setProgress(t.fraction() < 0 ? ProgressBar.INDETERMINATE_PROGRESS : t.fraction());
        progress.setText(i18n.get("task." + t.title()) + (t.message().isEmpty() ? "" : " · " + t.message()));
    }

    public Parent root() { return root; }

    public void close() { sampler.stop(); }
}
