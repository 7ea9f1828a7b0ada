package org.salestrack.ingest;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds the bundled samples/ folder: beside the working directory, or beside the jar (target/../samples). */
public final class SampleFolders {
    private SampleFolders() {}

    /** The sample workspace of DESIGN.md's demo and the first start: ~/.salestrack/sample-workspace.db. */
    public static Path sampleWorkspace() {
        return Path.of(System.getProperty("user.home"), ".salestrack", "sample-workspace.db");
    }

    public static Optional<Path> find() {
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of("samples"));
        try {
            Path jar = Path.of(SampleFolders.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = Files.isDirectory(jar) ? jar : jar.getParent();
            for (Path p = dir; p != null; p = p.getParent()) candidates.add(p.resolve("samples"));
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // running from somewhere without a code source: the working directory is all we have
        }
        return candidates.stream().filter(SampleFolders::looksLikeSamples).findFirst().map(Path::toAbsolutePath);
    }

    private static boolean looksLikeSamples(Path p) {
        return Files.isDirectory(p) && Files.isRegularFile(p.resolve("README.md"));
    }
}
