package org.salestrack.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Dialogs as JavaFX alerts and choosers, owned by the main window. Messages are plain text, never traces. */
public final class FxDialogService implements DialogService {
    private final Window owner;
    private final LastFolder lastFolder;

    public FxDialogService(Window owner) { this(owner, LastFolder.ofUser()); }

    FxDialogService(Window owner, LastFolder lastFolder) {
        this.owner = owner;
        this.lastFolder = lastFolder;
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
        return d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public boolean confirm(String title, String message) {
        return alert(Alert.AlertType.CONFIRMATION, title, message).showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert a = new Alert(type, message);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(null);
        return a;
    }
}
