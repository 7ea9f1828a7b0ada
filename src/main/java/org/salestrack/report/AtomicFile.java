package org.salestrack.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file under a temporary {@code .part} name beside it and moves it into place in one step: a reader (a
 * person's Excel, a watched folder, a test) never sees it half written, and a crash never leaves a partial file
 * under the finished one's name.
 */
public final class AtomicFile {
    private AtomicFile() {}

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void write(OutputStream out) throws IOException;
    }

    /** @param prefix names the temporary file, e.g. ".report-"; @param suffix e.g. ".xlsx.part" */
    public static void write(Path out, String prefix, String suffix, Content content) throws IOException {
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, prefix, suffix);
        try {
            try (OutputStream os = Files.newOutputStream(tmp)) {
                content.write(os);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
