package org.salestrack.analytics.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.ingest.ImportPolicy;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.model.Dimension;
import org.salestrack.model.MonthlySeries;
import org.salestrack.model.SummaryRow;
import org.salestrack.model.cube.Cell;
import org.salestrack.model.cube.Grain;
import org.salestrack.model.cube.Measures;
import org.salestrack.model.cube.PureSales;
import org.salestrack.model.cube.Slice;
import org.salestrack.pipeline.ImportPipeline;
import org.salestrack.store.CountedSale;
import org.salestrack.store.SeriesQuery;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;

/**
 * "Pure" sales (issue 16 #5) on the committed samples: every way the workbench and the CLI read them (the cube's
 * province, product and store families, the summary over the lines, the monthly series) equals an independent SQL
 * sum over the counted sale lines that no campaign of the calendar covers, the scope written here straight from the
 * campaign table (the sample's campaigns name channels by name, ';'-separated, and a region of 全国 or a sales region).
 */
class PureSalesSampleTest {
    private static final List<String> FILES = List.of("master/products.csv", "master/stores.csv", "marketing/campaigns.csv",
            "stores/pos-sales-2024-2025.csv", "online/mall-orders-2024-2025.jsonl", "online/douyin-orders-2024-2025.tsv",
            "online/tmall-orders-2024-01_2025-06.csv");
    private static final LocalDate FROM = LocalDate.parse("2024-01-01");
    private static final LocalDate TO = LocalDate.parse("2025-12-31");

    @TempDir
    static Path tmp;
    static Workspace ws;
    static ExploreService explore;

    @BeforeAll
    static void importTheSamples() throws Exception {
        ws = Workspace.open(tmp.resolve("ws.db"));
        ImportService imports = new ImportService(ws, ProfileLibrary.load(null), ImportPolicy.DEFAULT);
        ImportPipeline.of(ws, imports).withoutForecastTracking()
                .importFiles(FILES.stream().map(f -> Path.of("samples").resolve(f)).toList(), null, (d, t, m) -> { }, Cancellation.none());
        explore = new ExploreService(ws);
    }

    /** Counted lines no campaign (of {@code tag}, or any when null) covers, grouped by {@code group} (an SQL expression). */
    private static Map<String, long[]> linesNoCampaignCovers(String tag, String group) throws Exception {
        String sql = "SELECT " + group + ", COUNT(*), SUM(s.qty), SUM(s.amount_e4) FROM sale s JOIN channel ch ON ch.id = s.channel_id "
                + "JOIN region r ON r.id = s.region_id LEFT JOIN province pv ON pv.code = r.province LEFT JOIN product p ON p.id = s.product_id "
                + "WHERE " + CountedSale.where("s") + " AND s.sale_date BETWEEN ? AND ? AND NOT EXISTS (SELECT 1 FROM campaign k "
                + "WHERE s.sale_date BETWEEN substr(k.starts, 1, 10) AND substr(k.ends, 1, 10) "
                + "AND (';' || k.channels || ';') LIKE ('%;' || ch.name || ';%') AND (k.region = '全国' OR k.region = pv.sales_region)"
                + (tag == null ? "" : " AND k.tag = ?") + ") GROUP BY 1 ORDER BY 1";
        Map<String, long[]> out = new LinkedHashMap<>();
        try (Connection c = ws.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, FROM.toString());
            ps.setString(2, TO.toString());
            if (tag != null) ps.setString(3, tag);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1) == null ? "" : rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
            }
        }
        return out;
    }

    private static Map<String, long[]> cells(List<Cell> cells, boolean byPeriod) {
        Map<String, long[]> out = new java.util.TreeMap<>();
        for (Cell c : cells) {
            Measures m = c.measures();
            out.put(byPeriod ? c.period() : c.key(), new long[] {m.rows(), m.qty(), m.amountE4()});
        }
        return out;
    }

    private static void assertSame(Map<String, long[]> actual, Map<String, long[]> expected) {
        assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((k, v) -> assertThat(actual.get(k)).as(k).containsExactly(v));
    }

    @Test
    void theMonthlyTrendOfPureSalesEqualsTheLinesNoCampaignCovers() throws Exception {
        Slice pure = Slice.of(FROM, TO).withPure(PureSales.ALL);
        Map<String, long[]> expected = linesNoCampaignCovers(null, "substr(s.sale_date, 1, 7)");
        assertSame(cells(explore.matrix(pure, Dimension.CHANNEL_TYPE, Grain.MONTH).stream()
                .collect(java.util.stream.Collectors.groupingBy(Cell::period)).entrySet().stream()
                .map(e -> new Cell(List.of(), List.of(), e.getKey(), e.getValue().stream().map(Cell::measures).reduce(Measures.ZERO, Measures::plus)))
                .toList(), true), expected);
        // the same by the smallest source, the province x channel days
        List<Cell> trend = new org.salestrack.store.cube.CubeQuery(ws).query(pure, List.of(), Grain.MONTH);
        assertSame(cells(trend, true), expected);
        // June 2024 holds 618 (online, nationwide): pure sales leave out a real share of it
        Measures all = explore.totals(Slice.of(LocalDate.parse("2024-06-01"), LocalDate.parse("2024-06-30")));
        assertThat(expected.get("2024-06")[1]).isLessThan(all.qty() * 9 / 10);
    }

    @Test
    void pureSalesByProductAndByStoreEqualTheLines() throws Exception {
        Slice pure = Slice.of(FROM, TO).withPure(PureSales.ALL);
        assertSame(cells(explore.breakdown(pure, Dimension.CATEGORY, org.salestrack.model.cube.Measure.UNITS), false),
                linesNoCampaignCovers(null, "COALESCE(p.category, '')"));
        Map<String, long[]> byStore = new java.util.TreeMap<>(linesNoCampaignCovers(null, "CAST(s.store_id AS TEXT)"));
        byStore.remove(""); // online lines keep no store
        Map<String, long[]> stores = cells(explore.breakdown(pure.with(Dimension.CHANNEL_TYPE, "offline"), Dimension.STORE,
                org.salestrack.model.cube.Measure.UNITS), false);
        stores.remove("0");
        assertSame(stores, byStore);
    }

    @Test
    void leavingOutOneTagKeepsTheOtherCampaigns() throws Exception {
        Slice d11 = Slice.of(FROM, TO).withPure(PureSales.tags(Set.of("双11")));
        Map<String, long[]> expected = linesNoCampaignCovers("双11", "substr(s.sale_date, 1, 7)");
        assertSame(cells(new org.salestrack.store.cube.CubeQuery(ws).query(d11, List.of(), Grain.MONTH), true), expected);
        // 618 stays in: June 2024 is whole
        Measures june = explore.totals(Slice.of(LocalDate.parse("2024-06-01"), LocalDate.parse("2024-06-30")));
        assertThat(expected.get("2024-06")[1]).isEqualTo(june.qty());
        assertThat(expected.get("2024-11")[1]).isLessThan(explore.totals(Slice.of(LocalDate.parse("2024-11-01"),
                LocalDate.parse("2024-11-30"))).qty());
    }

    @Test
    void theSummaryAndTheMonthlySeriesReadThePureBaseToo() throws Exception {
        Map<String, long[]> expected = linesNoCampaignCovers(null, "substr(s.sale_date, 1, 7)");
        List<SummaryRow> rows = explore.summary(List.of("month"), FROM.toString(), TO.toString(), PureSales.ALL);
        assertThat(rows).hasSize(expected.size());
        for (SummaryRow r : rows) {
            assertThat(r.rows()).as(r.keys().get(0)).isEqualTo(expected.get(r.keys().get(0))[0]);
            assertThat(r.qty()).isEqualTo(expected.get(r.keys().get(0))[1]);
            assertThat(r.amount()).isEqualByComparingTo(org.salestrack.model.Money.ofE4(expected.get(r.keys().get(0))[2]));
        }
        MonthlySeries total = new SeriesQuery(ws).monthly(List.of(), "2024-01", "2025-12", PureSales.ALL).get(0);
        for (int i = 0; i < total.length(); i++) {
            assertThat((long) total.units()[i]).as(total.month(i)).isEqualTo(expected.get(total.month(i))[1]);
        }
        List<MonthlySeries> byTag = new SeriesQuery(ws).monthly(List.of("channel"), "2024-01", "2025-12", PureSales.tags(Set.of("618")));
        long mayJune = 0;
        for (MonthlySeries s : byTag) mayJune += (long) s.units()[5] + (long) s.units()[4];
        Map<String, long[]> no618 = linesNoCampaignCovers("618", "substr(s.sale_date, 1, 7)");
        assertThat(mayJune).isEqualTo(no618.get("2024-05")[1] + no618.get("2024-06")[1]);
    }
}
