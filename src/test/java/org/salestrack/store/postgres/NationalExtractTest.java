package org.salestrack.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.ingest.ImportResult;
import org.salestrack.model.national.ExtractReport;
import org.salestrack.store.SummaryQuery;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import org.salestrack.ui.TestWorkspace;

/** A regional extract runs as the analyst's role: the server's policy decides which lines come down. */
class NationalExtractTest {
    @TempDir
    Path dir;

    ServerAddress owner;
    NationalStore hq;

    @BeforeEach
    void storeWithTwoRegions() throws Exception {
        owner = NationalServers.newDatabase();
        NationalStore store = NationalStore.open(owner);
        TestWorkspace a = NationalPublishTest.workspace(dir.resolve("a"), SalesFiles.write(dir.resolve("s.csv"), "S", 0, 800, SalesFiles.SOUTH, 31),
                SalesFiles.write(dir.resolve("s2.csv"), "S", 700, 200, SalesFiles.SOUTH, 31));
        TestWorkspace b = NationalPublishTest.workspace(dir.resolve("b"), SalesFiles.write(dir.resolve("n.csv"), "N", 0, 500, SalesFiles.NORTH, 32));
        new Publisher(a.workspace, store).publish();
        new Publisher(b.workspace, store).publish();
        hq = NationalStore.open(NationalServers.person(owner, "zhao_hq"));
    }

    @Test
    void aSouthChinaAnalystGetsHerRegionWithTheNationalNumbersAndNothingElse() throws Exception {
        NationalStore south = NationalStore.open(NationalServers.person(owner, "chen_south", "华南"));
        TestWorkspace fresh = TestWorkspace.create(dir.resolve("x"), false);

        ExtractReport r = new Extractor(south, fresh.workspace).extract(List.of(), null, null);

        assertThat(r.batches()).isEqualTo(2);
        assertThat(r.lines()).isEqualTo(1000);
        assertThat(r.counted()).isEqualTo(900);
        List<String> by = List.of("region", "province", "channel", "month");
        var local = new SummaryQuery(fresh.workspace).run(by, null, null);
        var national = new SummaryQuery(hq.workspace()).run(by, null, null).stream().filter(row -> row.keys().get(0).equals("华南")).toList();
        assertThat(local).isNotEmpty().isEqualTo(national);
        // the workbench's cube rollups build from the extracted lines as from imported ones
        fresh.explore.refresh(Cancellation.none());
        assertThat(fresh.explore.summary(List.of(), null, null).get(0).rows()).isEqualTo(900);
        // the file behind an extracted batch is known: importing it again adds nothing
        ImportResult again = fresh.imports.importFile(dir.resolve("s.csv"), null, ProgressListener.NONE, Cancellation.none());
        assertThat(again.stored()).isZero();
        // a line already there (from the second file) is a duplicate when a new file brings it again
        ImportResult overlap = fresh.imports.importFile(SalesFiles.write(dir.resolve("s3.csv"), "S", 850, 100, SalesFiles.SOUTH, 31), null,
                ProgressListener.NONE, Cancellation.none());
        assertThat(overlap.duplicates()).isEqualTo(50);
    }

    @Test
    void askingForAnotherRegionBringsNothingAndDaysNarrowIt() throws Exception {
        NationalStore south = NationalStore.open(NationalServers.person(owner, "chen_south", "华南"));
        Workspace other = TestWorkspace.create(dir.resolve("y"), false).workspace;
        ExtractReport north = new Extractor(south, other).extract(List.of("华北"), null, null);
        assertThat(north.lines()).isZero();
        assertThat(north.batches()).isZero();

        Workspace spring = TestWorkspace.create(dir.resolve("z"), false).workspace;
        ExtractReport r = new Extractor(hq, spring).extract(List.of("华北"), LocalDate.parse("2025-03-01"), LocalDate.parse("2025-05-31"));
        var expected = new SummaryQuery(hq.workspace()).run(List.of("region"), "2025-03-01", "2025-05-31").stream()
                .filter(row -> row.keys().get(0).equals("华北")).toList();
        assertThat(r.counted()).isEqualTo(expected.get(0).rows()).isPositive();
        assertThat(new SummaryQuery(spring).run(List.of("region"), null, null)).isEqualTo(expected);
    }
}
