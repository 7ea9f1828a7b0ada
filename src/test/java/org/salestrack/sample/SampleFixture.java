package org.salestrack.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One seed-42 generation per test JVM, shared by the sample tests (it takes a few seconds). */
final class SampleFixture {
    private static Path dir;
    private static SampleSet set;
    private static SampleLines lines;

    private SampleFixture() {}

    static synchronized Path dir() {
        if (dir == null) {
            try {
                Path tmp = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
                dir = Files.createTempDirectory(tmp, "samples-");
                set = SampleGenerator.generate(dir, 42);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }

    static synchronized SampleSet set() {
        dir();
        return set;
    }

    /** Every sales line read back from the written files (not from the generator's memory). */
    static synchronized SampleLines lines() {
        if (lines == null) lines = SampleLines.read(dir());
        return lines;
    }
}
