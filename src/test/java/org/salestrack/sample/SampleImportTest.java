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
import org.salestrack.analytics.explore.ExploreService;
import org.salestrack.cli.CliRunner;
import org.salestrack.model.cube.Cell;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Measure;
import org.salestrack.model.cube.Slice;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Set;
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
            assertThat(o.result().status().id()).isEqualTo("stored");
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
                new long[] {s.lines(), s.units(), s.amountE4()}));
        Map<String, long[]> actual = new TreeMap<>();
        for (SummaryRow r : new SummaryQuery(workspace).run(List.of("province", "month"), null, null)) {
            actual.put(r.keys().get(0) + " " + YearMonth.parse(r.keys().get(1)),
                    new long[] {r.rows(), r.qty(), r.amount().movePointRight(4).longValueExact()});
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
        assertThat(all.amount().movePointRight(4).longValueExact()).isEqualTo(total.amountE4());
    }

    private static final Set<String> STORE_CHANNELS = Set.of("直营店", "授权店", "运营商厅");

    /** Issue 11 #1: the POS export gives a province abbreviation and no city; every store line takes its store's city. */
    @Test
    void summaryByChannelAndCityShowsNoStoreSaleWithoutACity() throws Exception {
        CliRunner r = CliRunner.run("summary", "--workspace", workspace.file().toString(), "--by", "channel,city", "--json");
        assertThat(r.exit).isZero();
        JsonNode rows = new ObjectMapper().readTree(r.out).get("rows");
        long storeRows = 0;
        for (JsonNode row : rows) {
            if (!STORE_CHANNELS.contains(row.get("channel").asText())) continue;
            assertThat(row.get("city").asText()).as(row.toString()).isNotBlank();
            storeRows += row.get("rows").asLong();
        }
        assertThat(storeRows).isEqualTo(posLines(code -> true)[0]);
    }

    /** The city total of Shenzhen's stores, against the POS file summed by hand over the stores the master puts there. */
    @Test
    void shenzhensStoreSalesEqualThePosLinesOfItsStores() throws Exception {
        Set<String> shenzhen = new HashSet<>();
        for (String line : Files.readAllLines(SampleFixture.dir().resolve("master/stores.csv"))) {
            String[] c = line.split(",");
            if (c.length > 6 && c[6].equals("深圳")) shenzhen.add(c[0]);
        }
        assertThat(shenzhen).isNotEmpty();
        long[] expected = posLines(shenzhen::contains);
        long rows = 0;
        long qty = 0;
        long e4 = 0;
        for (SummaryRow row : new SummaryQuery(workspace).run(List.of("channel", "city"), null, null)) {
            if (!STORE_CHANNELS.contains(row.keys().get(0)) || !row.keys().get(1).equals("深圳")) continue;
            rows += row.rows();
            qty += row.qty();
            e4 += row.amount().movePointRight(4).longValueExact();
        }
        assertThat(new long[] {rows, qty, e4}).containsExactly(expected);
    }

    /** Explore's drill 华南 > 广东 > 深圳: every city and store has a name. */
    @Test
    void theDrillIntoGuangdongAndShenzhenHasNoNamelessCityOrStore() {
        ExploreService explore = new ExploreService(workspace);
        explore.refresh(Cancellation.none());
        Slice all = explore.span().orElseThrow();
        Slice guangdong = all.with(Dimension.REGION, "华南").with(Dimension.PROVINCE, "44");
        List<Cell> cities = explore.breakdown(guangdong, Dimension.CITY, Measure.REVENUE);
        assertThat(cities).extracting(Cell::label).doesNotContain("", "–").contains("深圳", "广州");
        Slice shenzhen = guangdong.with(Dimension.CITY, "深圳");
        List<Cell> stores = explore.breakdown(shenzhen, Dimension.STORE, Measure.REVENUE);
        List<Cell> named = stores.stream().filter(c -> !c.key().equals("0")).toList();
        assertThat(named).hasSizeGreaterThan(3).allSatisfy(c -> assertThat(c.label()).isNotBlank());
        long storeE4 = named.stream().mapToLong(c -> c.measures().amountE4()).sum();
        // the stores under 深圳 hold exactly the POS lines of the stores the master puts there
        assertThat(storeE4).isEqualTo(posLinesUnchecked()[2]);
        // and every store channel's sale in 深圳 is under a named store: the storeless rest is online and dealers only
        Set<String> storeChannels = new HashSet<>();
        for (var m : explore.members(Dimension.CHANNEL)) if (STORE_CHANNELS.contains(m.label())) storeChannels.add(m.key());
        assertThat(storeChannels).hasSize(3);
        assertThat(explore.totals(shenzhen.with(Dimension.CHANNEL, storeChannels)).amountE4()).isEqualTo(storeE4);
    }

    private static long[] posLinesUnchecked() {
        try {
            Set<String> shenzhen = new HashSet<>();
            for (String line : Files.readAllLines(SampleFixture.dir().resolve("master/stores.csv"))) {
                String[] c = line.split(",");
                if (c.length > 6 && c[6].equals("深圳")) shenzhen.add(c[0]);
            }
            return posLines(shenzhen::contains);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Lines, units and e4 of the POS file's lines whose store passes {@code store}, read with a plain CSV split. */
    private static long[] posLines(java.util.function.Predicate<String> store) throws java.io.IOException {
        long[] sum = new long[3];
        List<String> lines = Files.readAllLines(SampleFixture.dir().resolve("stores/pos-sales-2024-2025.csv"));
        for (String line : lines.subList(1, lines.size())) {
            // 实收金额 is quoted with a thousands comma: "1,199.00"
            String[] c = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
            if (!store.test(c[0])) continue;
            sum[0]++;
            sum[1] += Long.parseLong(c[7]);
            sum[2] += new BigDecimal(c[9].replace("\"", "").replace(",", "")).movePointRight(4).longValueExact();
        }
        return sum;
    }
}
