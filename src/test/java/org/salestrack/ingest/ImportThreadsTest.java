package org.salestrack.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.ingest.profile.MappingProfile;
import org.salestrack.store.StoreException;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;

/**
 * An import reads on a thread of ingest's and prepares sale lines on a thread of the store's, while the caller's
 * thread stores: a failure in the store's preparation and a Cancel halfway through the file both leave nothing
 * stored, and every thread the import started has ended when the import returns.
 */
class ImportThreadsTest {
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

    @Test
    void aLineWhoseProductCannotBeStoredStopsTheImportAndLeavesNothing() throws Exception {
        // planted: the product insert of SKU BAD fails, as a full disk or a broken constraint would
        execute("CREATE TRIGGER planted BEFORE INSERT ON product WHEN NEW.sku = 'BAD' BEGIN SELECT RAISE(ABORT, 'planted failure'); END");
        Path f = file("fail.csv", 20_000, 15_000);
        Set<String> seen = new TreeSet<>();

        Throwable t = catchThrowable(() -> fx.service.importFile(f, pos, (d, total, m) -> seen.addAll(importThreads("fail.csv")), Cancellation.none()));

        assertThat(t).isInstanceOf(StoreException.class);
        assertThat(causes(t)).contains("planted failure");
        assertThat(seen).as("the import ran its reading and preparing threads, and named them")
                .contains("import-reader-fail.csv", "import-prepare-fail.csv");
        assertThat(importThreads("fail.csv")).as("threads still alive after the import returned").isEmpty();
        assertNothingStored();
    }

    @Test
    void aCancelHalfwayThroughTheFileLeavesNothing() throws Exception {
        Path f = file("cancel.csv", 60_000, -1);
        Cancellation cancel = new Cancellation();
        AtomicInteger calls = new AtomicInteger();
        Set<String> seen = new TreeSet<>();
        long[] doneAtCancel = new long[1];
        ProgressListener cancelSecondTime = (done, total, m) -> {
            seen.addAll(importThreads("cancel.csv"));
            if (calls.incrementAndGet() == 2) {
                doneAtCancel[0] = done;
                cancel.cancel();
            }
        };

        Throwable t = catchThrowable(() -> fx.service.importFile(f, pos, cancelSecondTime, cancel));

        assertThat(t).isInstanceOf(CancellationException.class);
        assertThat(doneAtCancel[0]).as("bytes read when cancelled: halfway, not at the start or the end")
                .isBetween(Files.size(f) / 8, Files.size(f) * 7 / 8);
        assertThat(seen).contains("import-reader-cancel.csv", "import-prepare-cancel.csv");
        assertThat(importThreads("cancel.csv")).as("threads still alive after the import returned").isEmpty();
        assertNothingStored();
    }

    /** {@code lines} sale lines over 50 SKUs and 7 stores; line {@code bad} (1-based, -1 for none) sells SKU BAD. */
    private Path file(String name, int lines, int bad) throws Exception {
        StringBuilder b = new StringBuilder(HEADER);
        for (int i = 1; i <= lines; i++) {
            b.append('R').append(i).append(",1,2024-06-").append(String.format("%02d", 1 + i % 28)).append(" 12:00:00,S0").append(i % 7)
                    .append(',').append(i == bad ? "BAD" : "P" + i % 50).append(",1,100,广东,,\n");
        }
        Path f = tmp.resolve(name);
        Files.writeString(f, b);
        return f;
    }

    /** The live threads an import of {@code file} started (other tests' imports may run in this JVM too). */
    private static List<String> importThreads(String file) {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.equals("import-reader-" + file) || n.equals("import-prepare-" + file)).toList();
    }

    private static String causes(Throwable t) {
        StringBuilder b = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) b.append(c.getMessage()).append(" | ");
        return b.toString();
    }

    private void assertNothingStored() throws Exception {
        assertThat(fx.service.batches()).isEmpty();
        try (Connection c = fx.workspace.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM sale), (SELECT COUNT(*) FROM sale_day), (SELECT COUNT(*) FROM sale_key), "
                     + "(SELECT COUNT(*) FROM import_batch), (SELECT COUNT(*) FROM quarantine), (SELECT COUNT(*) FROM store), "
                     + "(SELECT COUNT(*) FROM product)")) {
            rs.next();
            for (int i = 1; i <= 7; i++) assertThat(rs.getLong(i)).as(rs.getMetaData().getColumnName(i)).isZero();
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection c = fx.workspace.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
