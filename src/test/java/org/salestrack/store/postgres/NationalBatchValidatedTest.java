package org.salestrack.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.model.BatchQuality;
import org.salestrack.model.RuleHit;
import org.salestrack.model.Severity;
import org.salestrack.store.Workspace;
import org.salestrack.store.quality.IssueQueries;
import org.salestrack.store.quality.IssueStore;
import org.salestrack.ui.TestWorkspace;

/**
 * A batch validated where it was imported reads as validated on the store and in a workspace extracted from it,
 * with the score its workspace shows; one never validated still says so; a later run's publish moves it on, and an
 * analyst who did not publish the batch cannot.
 */
class NationalBatchValidatedTest {
    @TempDir
    Path dir;

    private static Map<String, BatchQuality> scores(Workspace ws) {
        return new IssueQueries(ws).quality().stream().collect(Collectors.toMap(BatchQuality::fileName, b -> b));
    }

    private static long batchOf(Workspace ws, String file) {
        return scores(ws).get(file).batchId();
    }

    @Test
    void theStoreAndItsExtractsKnowWhichBatchesWereValidated() throws Exception {
        ServerAddress at = NationalServers.newDatabase();
        NationalStore store = NationalStore.open(at);
        TestWorkspace a = NationalPublishTest.workspace(dir.resolve("a"), SalesFiles.write(dir.resolve("south.csv"), "S", 0, 40, SalesFiles.SOUTH, 9),
                SalesFiles.write(dir.resolve("north.csv"), "B", 0, 40, SalesFiles.NORTH, 10));
        long south = batchOf(a.workspace, "south.csv");
        // one error on one of the 40 lines of south.csv: 97.5; north.csv is never validated here
        long line = NationalFactsTest.count(a.workspace, "SELECT MIN(id) FROM sale WHERE batch_id = " + south);
        int row = (int) NationalFactsTest.count(a.workspace, "SELECT src_row FROM sale WHERE id = " + line);
        new IssueStore(a.workspace).replaceOpen(south, List.of(new RuleHit("price-outlier", Severity.ERROR, RuleHit.SALE, line, south,
                "south.csv", row, "planted", true, List.of())), "2026-12-04T10:00:00");
        Map<String, BatchQuality> here = scores(a.workspace);
        assertThat(here.get("south.csv").validated()).isTrue();
        assertThat(here.get("south.csv").score()).isEqualTo(97.5);
        assertThat(here.get("north.csv").validated()).isFalse();

        new Publisher(a.workspace, store).publish();

        Map<String, BatchQuality> there = scores(store.workspace());
        assertThat(there.get("south.csv").validated()).isTrue();
        assertThat(there.get("south.csv").score()).isEqualTo(97.5);
        assertThat(there.get("north.csv").validated()).isFalse();
        assertThat(NationalPublishTest.count(at, "SELECT COUNT(*) FROM import_batch WHERE validated_at = '2026-12-04T10:00:00'")).isEqualTo(1);

        ServerAddress southRole = NationalServers.person(at, "li_south_validated", "华南");
        TestWorkspace extracted = TestWorkspace.create(dir.resolve("extracted"), false);
        new Extractor(NationalStore.open(southRole), extracted.workspace).extract(List.of(), null, null);
        Map<String, BatchQuality> down = scores(extracted.workspace);
        assertThat(down.keySet()).containsExactly("south.csv");
        assertThat(down.get("south.csv").validated()).isTrue();
        assertThat(down.get("south.csv").score()).isEqualTo(97.5);

        // she validates her copy later: the batch is not hers, so the store keeps its publisher's time
        long hers = batchOf(extracted.workspace, "south.csv");
        new IssueStore(extracted.workspace).replaceOpen(hers, List.of(), "2026-12-05T09:00:00");
        new Publisher(extracted.workspace, NationalStore.open(southRole)).publish();
        assertThat(NationalPublishTest.count(at, "SELECT COUNT(*) FROM import_batch WHERE validated_at = '2026-12-04T10:00:00'")).isEqualTo(1);

        // its publisher validates north.csv: the next publish tells the store
        new IssueStore(a.workspace).replaceOpen(batchOf(a.workspace, "north.csv"), List.of(), "2026-12-06T08:00:00");
        new Publisher(a.workspace, store).publish();
        Map<String, BatchQuality> after = scores(store.workspace());
        assertThat(after.get("north.csv").validated()).isTrue();
        assertThat(after.get("north.csv").score()).isEqualTo(100.0);
        assertThat(after.get("south.csv").validated()).isTrue();

        // its publisher runs the rules on south.csv again: her next sync brings the later run down
        new IssueStore(a.workspace).replaceOpen(south, List.of(), "2026-12-06T09:00:00");
        new Publisher(a.workspace, store).publish();
        new Syncer(extracted.workspace, NationalStore.open(southRole)).sync();
        assertThat(NationalFactsTest.count(extracted.workspace, "SELECT COUNT(*) FROM import_batch WHERE validated_at = '2026-12-06T09:00:00'"))
                .isEqualTo(1);
    }
}
