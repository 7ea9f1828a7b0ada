package org.salestrack.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** samples/ in the repository is exactly what `samples --seed 42` writes, so it can never drift. */
class CommittedSamplesTest {
    private static final Path COMMITTED = Path.of("samples");

    @Test
    void aFreshGenerationIsByteIdenticalToTheCommittedSamples() throws IOException {
        Path fresh = SampleFixture.dir();
        List<String> committed = relativeFiles(COMMITTED);
        assertThat(relativeFiles(fresh)).containsExactlyElementsOf(committed);
        for (String name : committed) {
            assertThat(Files.mismatch(COMMITTED.resolve(name), fresh.resolve(name)))
                    .as("%s differs from a fresh generation; run `salestrack samples --out samples --seed 42`", name)
                    .isEqualTo(-1L);
        }
    }

    @Test
    void theCommittedSamplesStayUnderTwentyMegabytes() throws IOException {
        long bytes = 0;
        for (String name : relativeFiles(COMMITTED)) bytes += Files.size(COMMITTED.resolve(name));
        assertThat(bytes).isLessThan(20L * 1024 * 1024);
    }

    @Test
    void theShippedProfilesAreTheOnesInSamples() throws IOException {
        for (String name : ShippedProfiles.NAMES) {
            try (var in = getClass().getResourceAsStream(ShippedProfiles.resource(name))) {
                assertThat(in).as(name).isNotNull();
                assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(COMMITTED.resolve("profiles/" + name + ".json")));
            }
        }
    }

    private static List<String> relativeFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }
}
