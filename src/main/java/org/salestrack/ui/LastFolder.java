package org.salestrack.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The folder a file was last opened from or saved to, kept in a small file beside the default workspace so
 * the next open or save dialog, today or after a restart, starts there (issue 23: the save dialog forgot it
 * and every workbook began in the home folder).
 */
public final class LastFolder {
    private final Path store;

    public LastFolder(Path store) { this.store = store; }

    /** The user's own: {@code ~/.salestrack/last-folder}. */
    public static LastFolder ofUser() { return new LastFolder(Path.of(System.getProperty("user.home"), ".salestrack", "last-folder")); }

    /** The remembered folder, if it still exists. */
    public Optional<Path> folder() {
        try {
            if (!Files.isRegularFile(store)) return Optional.empty();
            Path dir = Path.of(Files.readString(store, StandardCharsets.UTF_8).strip());
            return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
        } catch (IOException | InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Remembers the folder of {@code file}, a file the user just picked. Not remembering is no reason to fail the pick. */
    public void remember(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null) return;
        try {
            Files.createDirectories(store.toAbsolutePath().getParent());
            Files.writeString(store, dir.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // a read-only home: the dialogs start in the default folder, as before
        }
    }
}
