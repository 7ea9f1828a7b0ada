package org.salestrack.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Dialogs as JavaFX alerts and choosers, owned by the main window. Messages are plain text, never traces. */
public final class FxDialogService implements DialogService {
    private final Window owner;
    private final LastFolder lastFolder;
    /** null until a workbench says which: JavaFX's own button words then follow the JVM's language, not the user's */
    private I18n i18n;

    public FxDialogService(Window owner) { this(owner, LastFolder.ofUser()); }

    FxDialogService(Window owner, LastFolder lastFolder) {
        this.owner = owner;
        this.lastFolder = lastFolder;
    }

    @Override
    public void speak(I18n i18n) { this.i18n = i18n; }

    /** The dialog's OK and Cancel in the workbench's language. */
    private <D extends javafx.scene.control.Dialog<?>> D worded(D d) {
        if (i18n == null) return d;
        for (ButtonType t : d.getDialogPane().getButtonTypes()) {
            javafx.scene.Node b = d.getDialogPane().lookupButton(t);
            if (!(b instanceof javafx.scene.control.Button button)) continue;
            if (t == ButtonType.OK) button.setText(i18n.get("dialog.button.ok"));
            else if (t == ButtonType.CANCEL) button.setText(i18n.get("dialog.button.cancel"));
        }
        return d;
    }

    @Override
    public void showError(String title, String message) { alert(Alert.AlertType.ERROR, title, message).showAndWait(); }

    @Override
    public void showInfo(String title, String message) { alert(Alert.AlertType.INFORMATION, title, message).showAndWait(); }

    @Override
    public List<Path> chooseFiles(String title) {
        List<File> files = chooser(title).showOpenMultipleDialog(owner);
        if (files == null || files.isEmpty()) return List.of();
        lastFolder.remember(files.get(0).toPath());
        return files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        javafx.stage.DirectoryChooser dc = new javafx.stage.DirectoryChooser();
        dc.setTitle(title);
        File f = dc.showDialog(owner);
        return f == null ? Optional.empty() : Optional.of(f.toPath());
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName) {
        FileChooser fc = chooser(title);
        fc.setInitialFileName(suggestedName);
        File f = fc.showSaveDialog(owner);
        if (f != null) lastFolder.remember(f.toPath());
        return Optional.ofNullable(f).map(File::toPath);
    }

    /** A chooser that opens in the folder last opened from or saved to. */
    FileChooser chooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        lastFolder.folder().ifPresent(dir -> fc.setInitialDirectory(dir.toFile()));
        return fc;
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(null);
        d.setContentText(prompt);
        return worded(d).showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public Optional<String> askNewPassphrase(NewPassphrase words) {
        javafx.scene.control.Dialog<String> d = new javafx.scene.control.Dialog<>();
        d.initOwner(owner);
        d.setTitle(words.title());
        d.setHeaderText(null);
        javafx.scene.control.PasswordField pass = new javafx.scene.control.PasswordField();
        pass.setId("new-passphrase");
        pass.setPromptText(words.prompt());
        javafx.scene.control.PasswordField repeat = new javafx.scene.control.PasswordField();
        repeat.setId("new-passphrase-repeat");
        repeat.setPromptText(words.repeatPrompt());
        javafx.scene.control.Label message = new javafx.scene.control.Label(words.message());
        message.setWrapText(true);
        message.setMaxWidth(460);
        javafx.scene.control.Label mismatch = new javafx.scene.control.Label(words.mismatch());
        mismatch.setId("new-passphrase-mismatch");
        mismatch.getStyleClass().add("error-text");
        var differ = pass.textProperty().isNotEqualTo(repeat.textProperty());
        mismatch.visibleProperty().bind(differ.and(repeat.textProperty().isNotEmpty()));
        d.getDialogPane().setContent(new javafx.scene.layout.VBox(10, message, pass, repeat, mismatch));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(differ.or(pass.textProperty().isEmpty()));
        d.setResultConverter(b -> b == ButtonType.OK ? pass.getText() : null);
        javafx.application.Platform.runLater(pass::requestFocus);
        return worded(d).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        return alert(Alert.AlertType.CONFIRMATION, title, message).showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    @Override
    public boolean choose(String title, String message, String yes, String no) {
        ButtonType answerYes = new ButtonType(yes, ButtonBar.ButtonData.YES);
        ButtonType answerNo = new ButtonType(no, ButtonBar.ButtonData.NO);
        Alert a = alert(Alert.AlertType.CONFIRMATION, title, message);
        a.getButtonTypes().setAll(answerYes, answerNo);
        // Enter takes the answer that changes nothing
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(answerYes)).setDefaultButton(false);
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(answerNo)).setDefaultButton(true);
        return a.showAndWait().filter(b -> b == answerYes).isPresent();
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert a = new Alert(type, message);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(null);
        return worded(a);
    }
}
