package org.salestrack.ingest.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * An API source's bearer token, read from a file only its owner can read. The token opens a platform's order data,
 * so a file other users of the PC can read is refused (with the command that fixes it) rather than used; on a file
 * system without POSIX permissions (Windows) the user's profile folder is what protects it.
 */
public final class ApiToken {
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    private ApiToken() {}

    /** The token in {@code file} (its first line, trimmed); null when {@code file} is null. */
    public static String read(Path file) throws IOException {
        if (file == null) return null;
        if (!Files.isRegularFile(file)) throw new IOException("there is no token file " + file);
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix != null) {
            Set<PosixFilePermission> open = EnumSet.copyOf(posix.readAttributes().permissions());
            open.retainAll(OTHERS);
            if (!open.isEmpty()) {
                throw new IOException("the token file " + file + " can be read or changed by other users: make it yours alone (chmod 600 " + file + ")");
            }
        }
        String text = Files.readString(file, StandardCharsets.UTF_8).strip();
        int line = text.indexOf('\n');
        String token = (line < 0 ? text : text.substring(0, line)).strip();
        if (token.isEmpty()) throw new IOException("the token file " + file + " is empty");
        return token;
    }
}
