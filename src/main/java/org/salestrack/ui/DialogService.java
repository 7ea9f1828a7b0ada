package org.salestrack.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Every dialog goes through here, so tests can answer them without a window. */
public interface DialogService {
    /** The language the dialogs' own buttons (OK, Cancel) speak from now on: the workbench's, which the user can switch. */
    default void speak(I18n i18n) {}

    void showError(String title, String message);

    void showInfo(String title, String message);

    List<Path> chooseFiles(String title);

    Optional<Path> chooseSaveFile(String title, String suggestedName);

    Optional<String> askText(String title, String prompt, String initial);

    boolean confirm(String title, String message);

    /**
     * A question whose two buttons name what each answer does ({@code yes}, {@code no}), the second the default: true
     * for {@code yes}. Without a window to show them, the same as {@link #confirm}.
     */
    default boolean choose(String title, String message, String yes, String no) { return confirm(title, message); }

    /** The words of a dialog that asks a new passphrase twice (masked). */
    record NewPassphrase(String title, String message, String prompt, String repeatPrompt, String mismatch) {}

    /** A new passphrase, typed twice alike; empty when cancelled. */
    default Optional<String> askNewPassphrase(NewPassphrase words) { return Optional.empty(); }

    /** A folder picked by the user; empty when cancelled (or where no folder can be picked). */
    default Optional<Path> chooseFolder(String title) { return Optional.empty(); }
}
