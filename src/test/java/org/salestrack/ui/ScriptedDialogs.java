package org.salestrack.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Dialog answers set up by a test; errors shown are recorded instead. */
public final class ScriptedDialogs implements DialogService {
    public List<Path> filesToChoose = List.of();
    public Path saveTo;
    public Path folderToChoose;
    public final List<String> errors = new ArrayList<>();
    /** Information messages shown. */
    public final List<String> infos = new ArrayList<>();
    /** The text typed into a prompt; null keeps the suggested text. */
    public String textToType;
    /** Confirmation messages asked, and the answer given to each. */
    public final List<String> confirmations = new ArrayList<>();
    public boolean confirmAnswer = true;

    @Override
    public void showError(String title, String message) { errors.add(message); }

    @Override
    public void showInfo(String title, String message) { infos.add(message); }

    @Override
    public List<Path> chooseFiles(String title) { return filesToChoose; }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName) { return Optional.ofNullable(saveTo); }

    @Override
    public Optional<Path> chooseFolder(String title) { return Optional.ofNullable(folderToChoose); }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) { return Optional.of(textToType == null ? initial : textToType); }

    @Override
    public boolean confirm(String title, String message) {
        confirmations.add(message);
        return confirmAnswer;
    }
}
