package org.salestrack.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.ingest.IngestFixture;
import org.salestrack.ingest.profile.ProfileCodec;
import org.salestrack.model.Dimension;
import org.salestrack.model.MonthlySeries;
import org.salestrack.model.SummaryRow;
import org.salestrack.model.cube.Cell;
import org.salestrack.model.cube.Member;
import org.salestrack.model.cube.Slice;
import org.salestrack.store.cube.CubeDimensions;
import org.salestrack.store.cube.CubeQuery;
import org.salestrack.store.cube.CubeRollups;
import org.salestrack.task.Cancellation;

/**
 * "Region" means one thing in the summary, the cube and the series: the sales region of the line's
 * province. Planted: a Guangdong line whose file says 华中 (Guangdong is 华南) and a line with a region but
 * no province. The summary and the series used to read the file's region, the cube the province's; a
 * region's total then depended on the screen.
 */
class RegionTotalsAgreeTest {
    private static final Map<String, Long> UNITS = Map.of("华南", 3L, "华东", 3L, "", 4L);

    @TempDir
    Path tmp;
    private Workspace ws;

    @BeforeEach
    void importPlantedLines() throws Exception {
        IngestFixture fx = new IngestFixture(tmp);
        Path csv = copy("region-lines.csv");
        fx.importFile(csv, ProfileCodec.read(copy("counted-lines-profile.json")));
        ws = fx.workspace;
        new CubeRollups(ws).refresh(Cancellation.none());
    }

    private Path copy(String name) throws Exception {
        Path p = tmp.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/store/" + name)) {
            Files.copy(in, p);
        }
        return p;
    }

    @Test
    void theSummaryCountsAProvinceUnderItsSalesRegion() {
        Map<String, Long> units = new TreeMap<>();
        for (SummaryRow r : new SummaryQuery(ws).run(List.of("region"), null, null)) units.put(r.keys().get(0), r.qty());
        assertThat(units).isEqualTo(UNITS);
    }

    @Test
    void theCubeAgreesWithTheSummary() {
        Map<String, Long> units = new TreeMap<>();
        Slice all = Slice.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 28));
        for (Cell c : new CubeQuery(ws).query(all, List.of(Dimension.REGION), null)) units.put(c.key(), c.measures().qty());
        assertThat(units).isEqualTo(UNITS);
        Map<String, Long> filtered = new TreeMap<>();
        for (Cell c : new CubeQuery(ws).query(all.with(Dimension.REGION, "华南"), List.of(Dimension.PROVINCE), null)) {
            filtered.put(c.labels().get(0), c.measures().qty());
        }
        assertThat(filtered).as("drilling into 华南 finds both Guangdong lines").isEqualTo(Map.of("广东", 3L));
    }

    @Test
    void theSeriesAgreeWithTheSummary() {
        Map<String, Long> units = new TreeMap<>();
        for (MonthlySeries s : new SeriesQuery(ws).monthly(List.of("region"), null, null)) {
            long sum = 0;
            for (double u : s.units()) sum += (long) u;
            units.put(s.keys().get(0), sum);
        }
        assertThat(units).isEqualTo(UNITS);
    }

    @Test
    void theFilterOffersTheRegionsTheTotalsUse() {
        assertThat(new CubeDimensions(ws).members(Dimension.REGION)).extracting(Member::key).containsExactly("华东", "华南");
        assertThat(new CubeDimensions(ws).members(Dimension.PROVINCE)).extracting(Member::parentKey).containsOnly("华东", "华南");
    }
}
