package org.salestrack.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.ingest.FileOutcome;
import org.salestrack.ingest.FolderImport;
import org.salestrack.ingest.ImportPolicy;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.model.Provinces;
import org.salestrack.model.SummaryRow;
import org.salestrack.store.SummaryQuery;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;

/**
 * The whole path of issue 2 on the sample set: every generated file imports with its shipped profile,
 * and the workspace's totals by province and month equal the generator's own, computed independently.
 */
class SampleImportTest {
    @TempDir
    static Path tmp;
    static Workspace workspace;
    static List<FileOutcome> outcomes;

    @BeforeAll
    static void importTheSampleSet() throws Exception {
        workspace = Workspace.open(tmp.resolve("ws.db"));
        ImportService service = new ImportService(workspace, ProfileLibrary.load(null), ImportPolicy.DEFAULT);
        outcomes = new FolderImport(service).importFolder(SampleFixture.dir(), (d, t, m) -> { }, Cancellation.none());
    }

    @Test
    void everySampleFileImportsWithItsShippedProfileAndNoBadRow() {
        assertThat(outcomes).hasSizeGreaterThan(70);
        assertThat(outcomes).allSatisfy(o -> {
            assertThat(o.refused()).as(o.file().toString()).isNull();
            assertThat(o.result().status()).isEqualTo("stored");
            assertThat(o.result().quarantined()).as(o.file() + " quarantined").isZero();
            assertThat(o.result().profile()).isIn(ShippedProfiles.NAMES);
        });
    }

    @Test
    void theOverlappingTmallExportsAreCountedOnce() {
        long duplicates = outcomes.stream().mapToLong(o -> o.result().duplicates()).sum();
        assertThat(duplicates).isEqualTo(PlantedProblems.SEED_42.duplicateLines());
    }

    @Test
    void totalsByProvinceAndMonthEqualTheGeneratorsOwn() {
        Map<String, long[]> expected = new TreeMap<>();
        SampleFixture.set().totals().byProvinceMonth().forEach((k, s) -> expected.put(
                Provinces.get().byCode(k.provinceCode()).orElseThrow().nameZh() + " " + k.month(),
                new long[] {s.lines(), s.units(), s.amountCents()}));
        Map<String, long[]> actual = new TreeMap<>();
        for (SummaryRow r : new SummaryQuery(workspace).run(List.of("province", "month"), null, null)) {
            actual.put(r.keys().get(0) + " " + YearMonth.parse(r.keys().get(1)),
                    new long[] {r.rows(), r.qty(), r.amount().movePointRight(2).longValueExact()});
        }

        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((k, v) -> assertThat(actual.get(k)).as(k).containsExactly(v));
    }

    @Test
    void theGrandTotalIsExact() {
        ExpectedTotals.Sum total = SampleFixture.set().totals().total();
        SummaryRow all = new SummaryQuery(workspace).run(List.of(), null, null).get(0);
        assertThat(all.rows()).isEqualTo(total.lines());
        assertThat(all.qty()).isEqualTo(total.units());
        assertThat(all.amount().movePointRight(2).longValueExact()).isEqualTo(total.amountCents());
    }
}
