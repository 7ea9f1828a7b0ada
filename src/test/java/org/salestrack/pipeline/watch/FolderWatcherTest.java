package org.salestrack.pipeline.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.model.BatchStatus;
import org.salestrack.model.ImportBatch;
import org.salestrack.model.SummaryRow;
import org.salestrack.model.watch.WatchEvent;
import org.salestrack.model.watch.WatchMode;
import org.salestrack.model.watch.WatchOutcome;
import org.salestrack.store.watch.WatchFolders;
import org.salestrack.store.watch.WatchJournal;
import org.salestrack.ui.TestWorkspace;

/**
 * Issue 18 #1: files dropped in a watched folder go through the import pipeline once complete, then to
 * processed/ or failed/ with a reason file. The scans are driven with a made-up clock, so nothing sleeps.
 */
class FolderWatcherTest {
    @TempDir
    Path dir;
    TestWorkspace ws;
    Path drop;
    final List<WatchEvent> told = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        ws = TestWorkspace.create(Files.createDirectories(dir.resolve("ws")), false);
        drop = Files.createDirectories(dir.resolve("drop"));
        new WatchFolders(ws.workspace).save(drop.toString(), null, 1, WatchMode.POLL, true);
    }

    private FolderWatcher watcher() { return new FolderWatcher(ws.pipeline, told::add); }

    @Test
    void aCompleteFileIsImportedThroughThePipelineAndMovedToProcessed() throws Exception {
        WatchFixture.Export day = WatchFixture.export("D1-", "2025-04-01", 40, 1);
        Files.writeString(drop.resolve("tmall-0401.csv"), day.text(), StandardCharsets.UTF_8);
        FolderWatcher w = watcher();
        assertThat(w.pass(0)).isEmpty();
        List<WatchEvent> events = w.pass(1_000);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(WatchOutcome.STORED);
            assertThat(e.file()).isEqualTo("tmall-0401.csv");
            assertThat(e.source()).isEqualTo(drop.toString());
        });
        assertThat(told).isEqualTo(events);
        SummaryRow t = WatchFixture.totals(ws.workspace);
        assertThat(t.rows()).isEqualTo(40);
        assertThat(t.qty()).isEqualTo(day.qty());
        assertThat(t.amount()).isEqualByComparingTo(day.amount());
        assertThat(drop.resolve("tmall-0401.csv")).doesNotExist();
        assertThat(drop.resolve("processed/tmall-0401.csv")).hasContent(day.text().stripTrailing());
        long batch = events.get(0).batch();
        assertThat(Files.readString(drop.resolve("processed/tmall-0401.csv.reason.txt")))
                .startsWith("stored: stored as batch " + batch + ": 40 rows read, 40 stored, 0 quarantined, 0 duplicate lines (profile ui-test-sales)");
        // the pipeline's follow-up ran: the rollups are current without anyone asking
        assertThat(ws.explore.span()).isPresent();
    }

    @Test
    void theSameContentDroppedTwiceIsImportedOnceEvenAfterARestart() throws Exception {
        WatchFixture.Export day = WatchFixture.export("D2-", "2025-04-02", 25, 2);
        Files.writeString(drop.resolve("a.csv"), day.text(), StandardCharsets.UTF_8);
        FolderWatcher first = watcher();
        first.pass(0);
        long batch = first.pass(1_000).get(0).batch();
        // the same export again under another name, then once more after a restart under the first name
        Files.writeString(drop.resolve("a-copy.csv"), day.text(), StandardCharsets.UTF_8);
        first.pass(2_000);
        assertThat(first.pass(3_000)).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(WatchOutcome.DUPLICATE);
            assertThat(e.batch()).isEqualTo(batch);
        });
        Files.writeString(drop.resolve("a.csv"), day.text(), StandardCharsets.UTF_8);
        FolderWatcher restarted = watcher();
        restarted.pass(10_000);
        assertThat(restarted.pass(11_000)).singleElement().extracting(WatchEvent::outcome).isEqualTo(WatchOutcome.DUPLICATE);
        assertThat(ws.imports.batches()).extracting(ImportBatch::status).containsExactly(BatchStatus.STORED);
        assertThat(WatchFixture.totals(ws.workspace).rows()).isEqualTo(25);
        assertThat(drop.resolve("processed/a-2.csv")).exists();
        assertThat(Files.readString(drop.resolve("processed/a-copy.csv.reason.txt")))
                .startsWith("duplicate: the same content is stored already as batch " + batch + ": nothing added");
        assertThat(new WatchJournal(ws.workspace).recent(10)).extracting(WatchEvent::outcome)
                .containsExactly(WatchOutcome.DUPLICATE, WatchOutcome.DUPLICATE, WatchOutcome.STORED);
    }

    @Test
    void aBadFileGoesToFailedWithItsReasonAndStoresNothing() throws Exception {
        Files.writeString(drop.resolve("export.csv"), "this,is,not\nan,export,at all\n", StandardCharsets.UTF_8);
        FolderWatcher w = watcher();
        w.pass(0);
        assertThat(w.pass(1_000)).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(WatchOutcome.FAILED);
            assertThat(e.batch()).isNull();
        });
        assertThat(ws.imports.batches()).isEmpty();
        assertThat(WatchFixture.totals(ws.workspace).rows()).isZero();
        assertThat(drop.resolve("failed/export.csv")).exists();
        String reason = Files.readString(drop.resolve("failed/export.csv.reason.txt"));
        assertThat(reason).startsWith("failed: ").contains("sha256: ");
        assertThat(reason.lines().findFirst().orElseThrow()).contains("profile");
    }

    @Test
    void aFileStillBeingWrittenIsImportedOnlyOnceComplete() throws Exception {
        WatchFixture.Export day = WatchFixture.export("D3-", "2025-04-03", 300, 3);
        String[] lines = day.text().split("\n");
        Path f = drop.resolve("growing.csv");
        FolderWatcher w = watcher();
        long t = 0;
        Files.writeString(f, lines[0] + "\n", StandardCharsets.UTF_8);
        for (int i = 1; i < lines.length; i += 50) {
            assertThat(w.pass(t)).isEmpty();
            StringBuilder more = new StringBuilder();
            for (int j = i; j < Math.min(lines.length, i + 50); j++) more.append(lines[j]).append('\n');
            Files.writeString(f, more, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            t += 1_000;
        }
        assertThat(ws.imports.batches()).isEmpty();
        assertThat(w.pass(t)).isEmpty(); // first look at the finished file
        assertThat(w.pass(t + 1_000)).singleElement().extracting(WatchEvent::outcome).isEqualTo(WatchOutcome.STORED);
        SummaryRow total = WatchFixture.totals(ws.workspace);
        assertThat(total.rows()).isEqualTo(300);
        assertThat(total.amount()).isEqualByComparingTo(day.amount());
    }

    @Test
    void aFolderWithANamedProfileUsesIt() throws Exception {
        new WatchFolders(ws.workspace).save(drop.toString(), "no-such-profile", 1, WatchMode.POLL, true);
        Files.writeString(drop.resolve("a.csv"), WatchFixture.export("D4-", "2025-04-04", 5, 4).text(), StandardCharsets.UTF_8);
        FolderWatcher w = watcher();
        w.pass(0);
        assertThat(w.pass(1_000)).singleElement().extracting(WatchEvent::reason).isEqualTo("there is no mapping profile named no-such-profile");
        new WatchFolders(ws.workspace).save(drop.toString(), "ui-test-sales", 1, WatchMode.POLL, true);
        Files.move(drop.resolve("failed/a.csv"), drop.resolve("a.csv"));
        w.reload();
        w.pass(5_000);
        assertThat(w.pass(6_000)).singleElement().satisfies(e -> assertThat(e.reason()).endsWith("(profile ui-test-sales)"));
    }

    @Test
    void aPausedFolderIsNotScanned() throws Exception {
        new WatchFolders(ws.workspace).save(drop.toString(), null, 1, WatchMode.POLL, false);
        Files.writeString(drop.resolve("a.csv"), WatchFixture.export("D5-", "2025-04-05", 5, 5).text(), StandardCharsets.UTF_8);
        FolderWatcher w = watcher();
        assertThat(w.pass(0)).isEmpty();
        assertThat(w.pass(5_000)).isEmpty();
        assertThat(drop.resolve("a.csv")).exists();
        assertThat(w.states()).containsValue(org.salestrack.model.watch.WatchState.PAUSED);
    }
}
