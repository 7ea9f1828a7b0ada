package org.salestrack.ingest.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A file counts as complete only when two scans at least the settle time apart saw the same size and time. */
class FileStabilityTest {
    private final FileStability stability = new FileStability(2_000);

    @Test
    void aNewFileIsCompleteOnlyOnceItStayedUnchangedForTheSettleTime() {
        assertThat(stability.observe(Map.of("a.csv", new FileStamp(100, 5)), 0)).isEmpty();
        assertThat(stability.waiting()).isTrue();
        assertThat(stability.observe(Map.of("a.csv", new FileStamp(100, 5)), 1_999)).isEmpty();
        assertThat(stability.observe(Map.of("a.csv", new FileStamp(100, 5)), 2_000)).containsExactly("a.csv");
        assertThat(stability.waiting()).isFalse();
    }

    @Test
    void aFileStillBeingWrittenStartsTheClockAgainOnEveryChange() {
        stability.observe(Map.of("big.csv", new FileStamp(10, 1)), 0);
        assertThat(stability.observe(Map.of("big.csv", new FileStamp(5_000, 2)), 2_000)).isEmpty();
        // same size but a newer time: rewritten in place
        assertThat(stability.observe(Map.of("big.csv", new FileStamp(5_000, 3)), 4_000)).isEmpty();
        assertThat(stability.observe(Map.of("big.csv", new FileStamp(5_000, 3)), 5_999)).isEmpty();
        assertThat(stability.observe(Map.of("big.csv", new FileStamp(5_000, 3)), 6_000)).containsExactly("big.csv");
    }

    @Test
    void aCompleteFileIsHandedOutOnceUntilItChangesOrLeaves() {
        Map<String, FileStamp> scan = Map.of("a.csv", new FileStamp(1, 1), "b.csv", new FileStamp(2, 2));
        stability.observe(scan, 0);
        assertThat(stability.observe(scan, 2_000)).containsExactly("a.csv", "b.csv");
        assertThat(stability.observe(scan, 4_000)).isEmpty();
        // a.csv written again under the same name: a changed file, imported again once it settles
        Map<String, FileStamp> changed = Map.of("a.csv", new FileStamp(3, 9), "b.csv", new FileStamp(2, 2));
        assertThat(stability.observe(changed, 6_000)).isEmpty();
        assertThat(stability.observe(changed, 8_000)).containsExactly("a.csv");
        // b.csv moved away and a file of that name dropped again: new
        stability.observe(Map.of(), 9_000);
        assertThat(stability.observe(Map.of("b.csv", new FileStamp(2, 2)), 10_000)).isEmpty();
        assertThat(stability.observe(Map.of("b.csv", new FileStamp(2, 2)), 12_000)).containsExactly("b.csv");
    }

    @Test
    void aForgottenFileIsNewAgain() {
        Map<String, FileStamp> scan = Map.of("a.csv", new FileStamp(1, 1));
        stability.observe(scan, 0);
        assertThat(stability.observe(scan, 2_000)).containsExactly("a.csv");
        stability.forget("a.csv");
        assertThat(stability.observe(scan, 2_500)).isEmpty();
        assertThat(stability.observe(scan, 4_500)).containsExactly("a.csv");
    }

    @Test
    void temporaryAndReasonFilesAreNotCandidates() {
        assertThat(WatchFiles.isCandidate("sales 0412.csv")).isTrue();
        assertThat(WatchFiles.isCandidate("订单.XLSX")).isTrue();
        assertThat(WatchFiles.isCandidate("orders.jsonl")).isTrue();
        assertThat(WatchFiles.isCandidate("sales.csv.part")).isFalse();
        assertThat(WatchFiles.isCandidate("sales.csv.crdownload")).isFalse();
        assertThat(WatchFiles.isCandidate("~$dealer.xlsx")).isFalse();
        assertThat(WatchFiles.isCandidate(".sales.csv.swp")).isFalse();
        assertThat(WatchFiles.isCandidate("sales.csv.reason.txt")).isFalse();
        assertThat(WatchFiles.isCandidate("notes.docx")).isFalse();
    }
}
