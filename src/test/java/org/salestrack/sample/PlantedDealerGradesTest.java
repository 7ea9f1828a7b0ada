package org.salestrack.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.cli.CliRunner;
import org.salestrack.ingest.FolderImport;
import org.salestrack.ingest.ImportPolicy;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;

/**
 * The whole sample folder imported as a user would, then {@code dealers --period 2025-Q4 --json}: the dealers planted
 * with known grades (samples/README.md) get them through the real grading, each failing exactly the test it was
 * planted just below, with the figures the generator says it wrote.
 */
class PlantedDealerGradesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BigDecimal A_SALES = new BigDecimal("50000000");

    @TempDir
    static Path tmp;
    static Map<String, JsonNode> byDealer = new HashMap<>();
    static Map<String, PlantedGrade> planted;
    static Path ws;

    @BeforeAll
    static void importTheSamples() throws Exception {
        ws = tmp.resolve("ws.db");
        try (Workspace w = Workspace.open(ws)) {
            new FolderImport(new ImportService(w, ProfileLibrary.load(null), ImportPolicy.DEFAULT)).importFolder(SampleFixture.dir(),
                    ProgressListener.NONE, Cancellation.none());
        }
        CliRunner r = CliRunner.run("dealers", "--workspace", ws.toString(), "--period", "2025-Q4", "--json");
        assertThat(r.exit).as(r.err).isZero();
        for (JsonNode d : JSON.readTree(r.out).get("dealers")) byDealer.put(d.get("dealer").asText(), d);
        planted = SampleFixture.set().dealersAndChannels().grades().stream()
                .collect(Collectors.toMap(PlantedGrade::dealer, g -> g, (a, b) -> a, TreeMap::new));
    }

    private static JsonNode d(String code) { return byDealer.get(code); }

    private static BigDecimal annualised(String code) { return d(code).get("sales").decimalValue().multiply(BigDecimal.valueOf(4)); }

    /** The four A tests of a dealer, in the order sales, growth, NPS, 48 h. */
    private static boolean[] aTests(String code) {
        JsonNode x = d(code);
        return new boolean[] {annualised(code).compareTo(A_SALES) > 0, x.get("growth").asDouble() >= 0.15 - 1e-12,
            x.get("nps").asDouble() >= 85 - 1e-9, x.get("resolved_48h").asDouble() >= 0.9 - 1e-9};
    }

    @Test
    void everyPlantedDealerGetsItsPlantedGrade() {
        assertThat(planted).hasSize(9);
        planted.forEach((code, g) -> assertThat(d(code).get("grade").asText()).as(code + " " + g.role()).isEqualTo(g.grade()));
        Map<String, Long> grades = byDealer.values().stream().collect(Collectors.groupingBy(n -> n.get("grade").asText(), Collectors.counting()));
        assertThat(grades.get("A")).isGreaterThanOrEqualTo(2);
        assertThat(grades.get("B")).isGreaterThanOrEqualTo(2);
        assertThat(grades.get("C")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theWorkspaceHoldsExactlyWhatTheGeneratorPlanted() {
        planted.forEach((code, g) -> {
            JsonNode x = d(code);
            assertThat(x.get("sales").decimalValue()).as(code).isEqualByComparingTo(BigDecimal.valueOf(g.q4SalesE4(), 4));
            assertThat(x.get("growth").asDouble()).as(code).isCloseTo(g.growth(), within(1e-12));
            assertThat(x.get("nps").asDouble()).as(code).isCloseTo(g.nps(), within(1e-9));
            assertThat(x.get("resolved_48h").asDouble()).as(code).isCloseTo(g.resolved48h(), within(1e-9));
            assertThat(x.get("coverage").asDouble()).as(code).isCloseTo((double) g.covered() / g.territory(), within(1e-12));
            // an A grade's explanation names the four A tests only; the others start with the coverage, in counties
            if (!g.grade().equals("A")) {
                assertThat(x.get("why").asText()).as(code).contains("(" + g.covered() + " of " + g.territory() + " counties)");
            }
        });
    }

    @Test
    void theTwoADealersPassAllFourTests() {
        for (String code : new String[] {"D040", "D038"}) {
            assertThat(aTests(code)).as(code).containsExactly(true, true, true, true);
            assertThat(d(code).get("why").asText()).startsWith("A: annualised sales ¥");
        }
    }

    @Test
    void eachDealerJustBelowAnAThresholdFailsThatTestAlone() {
        assertThat(aTests("D051")).containsExactly(false, true, true, true);
        assertThat(annualised("D051")).isBetween(new BigDecimal("49800000"), new BigDecimal("49999999.99"));
        assertThat(aTests("D053")).containsExactly(true, false, true, true);
        assertThat(d("D053").get("growth").asDouble()).isBetween(0.14, 0.15);
        assertThat(aTests("D045")).containsExactly(true, true, false, true);
        assertThat(d("D045").get("nps").asDouble()).isCloseTo(254 / 3.0, within(1e-9));
        assertThat(aTests("D047")).containsExactly(true, true, true, false);
        assertThat(d("D047").get("resolved_48h").asDouble()).isCloseTo(0.896, within(1e-9));
        for (String code : new String[] {"D051", "D053", "D045", "D047"}) assertThat(d(code).get("why").asText()).as(code).startsWith("C: coverage ");
    }

    @Test
    void theBDealersCoverTheirMunicipalityAndOneFallsJustShort() {
        assertThat(d("D032").get("coverage").asDouble()).isEqualTo(14 / 16.0);
        assertThat(d("D037").get("coverage").asDouble()).isEqualTo(13 / 16.0);
        assertThat(d("D055").get("coverage").asDouble()).isEqualTo(30 / 38.0).isLessThan(0.8);
        assertThat(d("D055").get("why").asText()).startsWith("C: coverage 78.9% < 80% (30 of 38 counties)");
        assertThat(d("D032").get("why").asText()).startsWith("B: coverage 87.5% \u2265 80% (14 of 16 counties)");
    }

    /** D040 sells above its target by the amount the README states; its rebate is 5% of sales plus 8% of that excess only. */
    @Test
    void theDealerAboveTargetIsPaidTheExcessRateOnTheExcessOnly() {
        PlantedGrade g = planted.get("D040");
        BigDecimal sales = BigDecimal.valueOf(g.q4SalesE4(), 4);
        BigDecimal target = BigDecimal.valueOf(g.targetE4(), 4);
        assertThat(d("D040").get("target").decimalValue()).isEqualByComparingTo(target);
        BigDecimal excess = sales.subtract(target);
        assertThat(excess).isBetween(new BigDecimal("1200000"), new BigDecimal("1210000"));
        BigDecimal rebate = sales.multiply(new BigDecimal("0.05")).setScale(2, RoundingMode.HALF_UP)
                .add(excess.multiply(new BigDecimal("0.08")).setScale(2, RoundingMode.HALF_UP));
        assertThat(d("D040").get("rebate").decimalValue()).isEqualByComparingTo(rebate);
    }

    /** Independently of the engine: the counties the workspace stored for D055's 2025-Q4 lines, counted in SQL. */
    @Test
    void theStoredCountiesAreTheOnesCounted() throws Exception {
        try (Workspace w = Workspace.open(ws); Connection c = w.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(DISTINCT s.county), MIN(substr(s.county, 1, 2)), MAX(substr(s.county, 1, 2)) FROM sale s "
                     + "JOIN dealer d ON d.id = s.dealer_id WHERE d.code = 'D055' AND s.sale_date >= '2025-10-01' AND s.hold = 0")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(30);
            assertThat(rs.getString(2)).isEqualTo("50");
            assertThat(rs.getString(3)).isEqualTo("50");
        }
    }

    /** The store register's county names are stored as codes of the store's city: every mainland store has one. */
    @Test
    void everyMainlandStoreKeepsTheCountyOfItsCity() throws Exception {
        try (Workspace w = Workspace.open(ws); Connection c = w.connect(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(county) FROM store")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(300);
                // Taiwan, Hong Kong and Macao have no county in the vendored list: 1 + 2 + 1 stores
                assertThat(rs.getInt(2)).isEqualTo(296);
            }
            // S001 (北京) names 石景山区, 110107
            try (ResultSet rs = s.executeQuery("SELECT county FROM store WHERE code = 'S001'")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("110107");
            }
            // no county outside its store's or line's province
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM store st JOIN region r ON r.id = st.region_id "
                    + "WHERE st.county IS NOT NULL AND substr(st.county, 1, 2) <> r.province")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
        }
    }

    @Test
    void theReadmeStatesThePlantsAndTheChannelMix() throws Exception {
        String readme = Files.readString(SampleFixture.dir().resolve("README.md"));
        DealersAndChannels mix = SampleFixture.set().dealersAndChannels();
        assertThat(mix.onlineUnitShare()).isBetween(0.30, 0.40);
        assertThat(mix.aspGap()).isBetween(0.15, 0.25);
        assertThat((double) mix.both()[1] / mix.both()[0]).isGreaterThan((double) mix.onlineOnly()[1] / mix.onlineOnly()[0])
                .isGreaterThan((double) mix.offlineOnly()[1] / mix.offlineOnly()[0]);
        assertThat(readme).contains("## Planted dealer grades (2025-Q4, default rules)", "| D051 | C | just below the A sales threshold |",
                "## Channel mix", "of units**");
    }
}
