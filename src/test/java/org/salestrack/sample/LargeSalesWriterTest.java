package org.salestrack.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LargeSalesWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesExactlyTheRequestedLinesInThePosShapeWithUniqueValidImeis() throws Exception {
        Path file = dir.resolve("large.csv");
        SampleFile f = LargeSalesWriter.write(file, 20_000, 7);
        List<String[]> rows = Csv.parse(Files.readString(file, StandardCharsets.UTF_8).substring(1), ',');
        assertThat(f.rows()).isEqualTo(20_000);
        assertThat(rows).hasSize(20_001);
        assertThat(rows.get(0)).containsExactly(PosExportWriter.HEADER);
        Set<String> imeis = new HashSet<>();
        for (String[] r : rows.subList(1, rows.size())) {
            if (!r[10].isEmpty()) {
                assertThat(Imeis.valid(r[10])).isTrue();
                assertThat(imeis.add(r[10])).isTrue();
            }
            assertThat(Long.parseLong(r[7])).isPositive();
        }
        assertThat(imeis).isNotEmpty();
    }
}
