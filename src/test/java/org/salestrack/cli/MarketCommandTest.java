package org.salestrack.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.ingest.FileOutcome;
import org.salestrack.ui.MarketFixture;
import org.salestrack.ui.TestWorkspace;

/** {@code market}: the JSON of issue 20 item 5, with figures summed independently from the files the fixture wrote. */
class MarketCommandTest {
    @TempDir
    static Path dir;
    static String ws;
    static List<FileOutcome> outcomes;

    @BeforeAll
    static void importTheMarket() throws Exception {
        TestWorkspace t = TestWorkspace.create(dir, false);
        outcomes = MarketFixture.importInto(t, dir);
        ws = t.workspace.file().toString();
    }

    @Test
    void ourUnitsOnThePanelsGridAreTheFactTablesCountedSalesCellByCell() {
        try (org.salestrack.store.Workspace w = org.salestrack.store.Workspace.open(Path.of(ws))) {
            java.util.Map<String, List<Long>> own = new java.util.TreeMap<>();
            for (org.salestrack.model.market.OwnSales s : new org.salestrack.store.market.MarketData(w).ownSales()) {
                String province = org.salestrack.model.Provinces.get().byCode(s.province()).orElseThrow().nameZh();
                own.put(province + " " + s.period() + " " + s.category(), List.of(s.units(), s.amountE4()));
            }
            // the summary reads the fact table itself, not the rollups
            java.util.Map<String, List<Long>> lines = new java.util.TreeMap<>();
            for (org.salestrack.model.SummaryRow r : new org.salestrack.store.SummaryQuery(w).run(List.of("province", "month", "category"), null, null)) {
                lines.put(String.join(" ", r.keys()), List.of(r.qty(), org.salestrack.model.Money.toE4(r.amount())));
            }
            assertThat(own).hasSize(144).isEqualTo(lines);
        }
    }

    @Test
    void everyMarketFileIsRecognisedByItsShippedProfile() {
        assertThat(outcomes).extracting(o -> o.result().profile())
                .containsExactly("ui-test-sales", "market-panel", "competitor-events", "policies");
        assertThat(outcomes).extracting(o -> o.result().stored()).containsExactly(144L, 432L, 1L, 1L);
    }

    @Test
    void sharesByProvinceAreOurUnitsOverThePanelsSum() throws Exception {
        CliRunner r = CliRunner.run("market", "--workspace", ws, "--by", "province", "--json");
        assertThat(r.exit).as(r.err).isZero();
        JsonNode rows = new ObjectMapper().readTree(r.out).get("rows");
        assertThat(rows).hasSize(6);
        for (JsonNode row : rows) {
            List<String> keys = new ArrayList<>();
            row.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).containsExactly("province", "units", "market_units", "share_units", "value", "market_value", "share_value");
            int p = MarketFixture.PROVINCES.indexOf(row.get("province").asText());
            long ours = 0;
            long market = 0;
            for (YearMonth m = MarketFixture.FIRST; !m.isAfter(MarketFixture.LAST); m = m.plusMonths(1)) {
                ours += MarketFixture.ownUnits(p, m);
                market += MarketFixture.ownUnits(p, m) + MarketFixture.hengshan(p, m) + MarketFixture.qingniao();
            }
            assertThat(row.get("units").asLong()).isEqualTo(ours);
            assertThat(row.get("market_units").asLong()).isEqualTo(market);
            assertThat(row.get("share_units").asDouble()).isCloseTo((double) ours / market, within(1e-6));
            assertThat(row.get("value").decimalValue()).isEqualByComparingTo(Long.toString(ours * 2999));
        }
    }

    @Test
    void theDatesKeepWholeMonthsOnly() throws Exception {
        CliRunner r = CliRunner.run("market", "--workspace", ws, "--by", "month", "--from", "2025-01-15", "--to", "2025-03-31", "--json");
        JsonNode rows = new ObjectMapper().readTree(r.out).get("rows");
        assertThat(rows).extracting(n -> n.get("month").asText()).containsExactly("2025-02", "2025-03");
        double expected = MarketFixture.share(List.of(0, 1, 2, 3, 4, 5), YearMonth.of(2025, 2), YearMonth.of(2025, 2));
        assertThat(rows.get(0).get("share_units").asDouble()).isCloseTo(expected, within(1e-6));
    }

    @Test
    void aDimensionThePanelDoesNotHaveIsRefused() {
        CliRunner r = CliRunner.run("market", "--workspace", ws, "--by", "channel");
        assertThat(r.exit).isNotZero();
        assertThat(r.err).contains("channel");
    }

    @Test
    void eventsCarryTheirDifferenceInDifferencesWithAnInterval() throws Exception {
        CliRunner r = CliRunner.run("market", "--workspace", ws, "--events", "--json");
        assertThat(r.exit).as(r.err).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out);
        JsonNode e = root.get("events").get(0);
        assertThat(e.get("brand").asText()).isEqualTo("衡山");
        assertThat(e.get("kind").asText()).isEqualTo("price_cut");
        assertThat(e.get("before").asText()).isEqualTo("2024-12..2025-02");
        assertThat(e.get("after").asText()).isEqualTo("2025-04..2025-06");
        assertThat(e.get("treated")).extracting(JsonNode::asText).containsExactly("广东", "广西");
        assertThat(e.get("controls")).hasSize(4);
        double treatedAfter = MarketFixture.share(List.of(0, 1), YearMonth.of(2025, 4), YearMonth.of(2025, 6));
        assertThat(e.get("share_after").asDouble()).isCloseTo(treatedAfter, within(1e-6));
        double low = e.get("effect_low_pp").asDouble();
        double high = e.get("effect_high_pp").asDouble();
        double effect = e.get("effect_pp").asDouble();
        // the weighted change of 广东 and 广西 minus that of the four others, weights = each province's market before
        double expected = 100 * (weightedChange(List.of(0, 1)) - weightedChange(MarketFixture.controls()));
        assertThat(effect).isCloseTo(expected, within(1e-3)).isLessThan(-1.0);
        assertThat(low).isLessThan(effect);
        assertThat(high).isGreaterThan(effect);
        JsonNode policy = root.get("policies").get(0);
        assertThat(policy.get("eligible_bands")).extracting(JsonNode::asText).containsExactly("0-2999");
        assertThat(policy.get("during").asText()).isEqualTo("2025-01..2025-06");
        assertThat(policy.get("compared_with").asText()).isEqualTo("2024-01..2024-06");
        Iterator<String> keys = e.fieldNames();
        assertThat(keys.hasNext()).isTrue();
    }

    private static double weightedChange(List<Integer> provinces) {
        double sum = 0;
        double weights = 0;
        for (int p : provinces) {
            YearMonth b0 = YearMonth.of(2024, 12);
            YearMonth b1 = YearMonth.of(2025, 2);
            long market = 0;
            for (YearMonth m = b0; !m.isAfter(b1); m = m.plusMonths(1)) {
                market += MarketFixture.ownUnits(p, m) + MarketFixture.hengshan(p, m) + MarketFixture.qingniao();
            }
            double change = MarketFixture.share(List.of(p), YearMonth.of(2025, 4), YearMonth.of(2025, 6))
                    - MarketFixture.share(List.of(p), b0, b1);
            sum += market * change;
            weights += market;
        }
        return sum / weights;
    }
}
