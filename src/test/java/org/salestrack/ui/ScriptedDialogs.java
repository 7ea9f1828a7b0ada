package org.salestrack.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Dialog answers set up by a test; errors shown are recorded instead. */
public final class ScriptedDialogs implements DialogService {
    public List<Path> filesToChoose = List.of();
    public Path saveTo;
    /** What a text prompt is answered with; null answers with the suggestion. */
    public String textAnswer;
    public final List<String> errors = new ArrayList<>();

    @Override
    public void showError(String title, String message) { errors.add(message); }

    @Override
    public void showInfo(String title, String message) {}

    @Override
    public List<Path> chooseFiles(String title) { return filesToChoose; }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName) { return Optional.ofNullable(saveTo); }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) { return Optional.of(textAnswer != null ? textAnswer : initial); }

    @Override
    public boolean confirm(String title, String message) { return true; }
}
