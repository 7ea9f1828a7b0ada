package org.salestrack.ingest.watch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Moves a handled file out of the watched folder into processed/ or failed/ beside it, with a reason file
 * ({@code <name>.reason.txt}) saying what became of it; a name taken already gets a number (a.csv, a-2.csv).
 */
public final class Disposal {
    private Disposal() {}

    /** @return where the file now is */
    public static Path move(Path file, String subfolder, String reason) throws IOException {
        Path dir = file.getParent().resolve(subfolder);
        Files.createDirectories(dir);
        Path target = free(dir, file.getFileName().toString());
        Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        Files.writeString(dir.resolve(target.getFileName() + ".reason.txt"), reason.endsWith("\n") ? reason : reason + "\n",
                StandardCharsets.UTF_8);
        return target;
    }

    private static Path free(Path dir, String name) {
        Path p = dir.resolve(name);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int i = 2; Files.exists(p) || Files.exists(dir.resolve(p.getFileName() + ".reason.txt")); i++) p = dir.resolve(base + "-" + i + ext);
        return p;
    }
}
