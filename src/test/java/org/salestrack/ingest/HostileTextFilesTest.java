package org.salestrack.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.ingest.profile.MappingProfile;

/**
 * The hostile-file corpus, text files (issue 13 item 6): 200 MB without a line break, read by a forked import
 * limited to 512 MB of heap, and files whose encoding changes part-way. Each is refused with its reason, in
 * bounded memory, with nothing stored; a file wholly in GB18030 still imports.
 */
class HostileTextFilesTest {
    private static final Charset GB = Charset.forName("GB18030");
    private static final String HEADER = "receipt,line,time,store,sku,qty,amount,province,customer,phone\n";

    @TempDir
    Path tmp;
    IngestFixture fx;
    MappingProfile pos;

    @BeforeEach
    void setUp() {
        fx = new IngestFixture(tmp);
        pos = IngestFixture.profile("pos-profile.json");
    }

    private static String line(int i) {
        return "R" + i + ",1,2024-03-01 10:00:00,S01,P10,1,100.00,广东省,张三,138-0000-0001\n";
    }

    private long storedLines() throws Exception {
        try (Connection c = fx.workspace.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT (SELECT COUNT(*) FROM sale) + (SELECT COUNT(*) FROM import_batch WHERE status <> 'undone')")) {
            return rs.getLong(1);
        }
    }

    /** {@code first} lines in one encoding, then {@code second} in another: well past the 256 KB the encoding is guessed from. */
    private Path mixed(String name, Charset head, int first, Charset rest, int second) throws Exception {
        Path f = tmp.resolve(name);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(f))) {
            out.write(HEADER.getBytes(head));
            for (int i = 0; i < first; i++) out.write(line(i).getBytes(head));
            for (int i = first; i < first + second; i++) out.write(line(i).getBytes(rest));
        }
        return f;
    }

    @Test
    void aFileThatTurnsFromUtf8ToGb18030IsRefusedAtTheLineItTurns() throws Exception {
        Path f = mixed("utf8-then-gbk.csv", StandardCharsets.UTF_8, 5_000, GB, 3_000);
        ImportRejectedException e = org.assertj.core.api.Assertions.catchThrowableOfType(() -> fx.importFile(f, pos), ImportRejectedException.class);
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("line 5002 holds bytes the file's encoding cannot have");
        assertThat(storedLines()).isZero();
    }

    @Test
    void aFileThatTurnsFromGb18030ToUtf8IsRefusedBeforeAnythingIsStored() throws Exception {
        Path f = mixed("gbk-then-utf8.csv", GB, 5_000, StandardCharsets.UTF_8, 5_000);
        ImportRejectedException e = org.assertj.core.api.Assertions.catchThrowableOfType(() -> fx.importFile(f, pos), ImportRejectedException.class);
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).endsWith("the file begins in GB18030 and ends in UTF-8: save it in one encoding");
        assertThat(storedLines()).isZero();
    }

    @Test
    void aFileWhollyInGb18030StillImports() throws Exception {
        Path f = mixed("gbk.csv", GB, 10_000, GB, 0);
        ImportResult r = fx.importFile(f, pos);
        assertThat(r.stored()).isEqualTo(10_000);
        assertThat(fx.by("province")).singleElement().satisfies(row -> assertThat(row.keys().get(0)).isEqualTo("广东"));
        assertThat(fx.total().amount()).isEqualByComparingTo("1000000.00");
    }

    /**
     * 200 MB without a line break, imported by the command line in a JVM of 512 MB heap: refused at once with
     * its reason, well inside the time a person waits, and the workspace holds nothing of it.
     */
    @Test
    void twoHundredMegabytesWithoutALineBreakAreRefusedInBoundedMemory() throws Exception {
        Path f = tmp.resolve("one-line.csv");
        byte[] chunk = "abcdefghij".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(f), 1 << 20)) {
            for (int i = 0; i < 200; i++) out.write(chunk);
        }
        assertThat(Files.size(f)).isEqualTo(200_000_000L);
        Path ws = tmp.resolve("forked.db");
        Path profile = IngestFixture.resource("pos-profile.json");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Duser.home=" + tmp, "-cp", System.getProperty("java.class.path"), "org.salestrack.app.Main",
                "import", "--workspace", ws.toString(), "--profile", profile.toString(), f.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(out).doesNotContain("OutOfMemoryError")
                .contains("line 1 is longer than 4 million characters: not a table (a file without line breaks?)");
        assertThat(p.exitValue()).isNotZero();
        // and in this JVM, through the import service: the same refusal, nothing stored
        ImportRejectedException e = org.assertj.core.api.Assertions.catchThrowableOfType(() -> fx.importFile(f, pos), ImportRejectedException.class);
        assertThat(e.getMessage()).contains("line 1 is longer than 4 million characters");
        assertThat(storedLines()).isZero();
        Files.delete(f);
    }
}
