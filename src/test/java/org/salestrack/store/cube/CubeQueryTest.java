package org.salestrack.store.cube;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.model.Money;
import org.salestrack.model.SummaryRow;
import org.salestrack.model.cube.Cell;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Grain;
import org.salestrack.model.cube.Slice;
import org.salestrack.store.SummaryQuery;
import org.salestrack.store.sqlite.SqliteSalesSql;
import org.salestrack.ui.TestWorkspace;

/** The cube must agree with SummaryQuery, which reads the fact table itself, whichever rollup it picks. */
class CubeQueryTest {
    @TempDir
    static Path dir;
    static TestWorkspace ws;
    static CubeQuery cube;
    static SummaryQuery summary;

    @BeforeAll
    static void build() {
        ws = TestWorkspace.create(dir, true);
        cube = new CubeQuery(ws.workspace);
        summary = new SummaryQuery(ws.workspace);
    }

    private static final LocalDate FROM = LocalDate.of(2024, 2, 10);
    private static final LocalDate TO = LocalDate.of(2025, 7, 20);

    @Test
    void totalsOverARangeWithPartialMonthsMatchTheFactTable() {
        List<Cell> cells = cube.query(Slice.of(FROM, TO), List.of(), null);
        SummaryRow expected = summary.run(List.of(), FROM.toString(), TO.toString()).get(0);
        assertThat(cells).hasSize(1);
        assertThat(cells.get(0).measures().qty()).isEqualTo(expected.qty());
        assertThat(Money.ofE4(cells.get(0).measures().amountE4())).isEqualByComparingTo(expected.amount());
        assertThat(cells.get(0).measures().rows()).isEqualTo(expected.rows());
    }

    @Test
    void groupingByProvinceUsesTheRollupAndMatches() {
        List<Object> args = new ArrayList<>();
        assertThat(SqliteSalesSql.INSTANCE.cube(Slice.of(FROM, TO), List.of(Dimension.PROVINCE), null, args)).contains("cube_pc_month").contains("cube_pc_day")
                .doesNotContain("sale_day");
        assertThat(SqliteSalesSql.INSTANCE.cube(Slice.of(FROM, TO).with(Dimension.CATEGORY, "手机"), List.of(Dimension.PROVINCE), null, args))
                .contains("cube_pp_month").doesNotContain("cube_pc_");
        assertThat(SqliteSalesSql.INSTANCE.cube(Slice.of(FROM, TO).with(Dimension.CATEGORY, "手机").with(Dimension.CHANNEL, "1"), List.of(Dimension.PROVINCE), null, args))
                .contains("cube_month").contains("cube_week").doesNotContain("cube_pp_");
        assertThat(byLabel(cube.query(Slice.of(FROM, TO), List.of(Dimension.PROVINCE), null)))
                .isEqualTo(expected(summary.run(List.of("province"), FROM.toString(), TO.toString())));
    }

    @Test
    void groupingByCityReadsTheStoreRollupAndMatches() {
        List<Object> args = new ArrayList<>();
        assertThat(SqliteSalesSql.INSTANCE.cube(Slice.of(FROM, TO), List.of(Dimension.CITY), null, args)).contains("cube_store_month").doesNotContain("sale_day");
        assertThat(byLabel(cube.query(Slice.of(FROM, TO), List.of(Dimension.CITY), null)))
                .isEqualTo(expected(summary.run(List.of("city"), FROM.toString(), TO.toString())));
    }

    @Test
    void aFilteredMonthlySplitMatchesTheFactTable() {
        Slice guangdong = Slice.of(FROM, TO).with(Dimension.PROVINCE, "44");
        Map<String, Long> got = new TreeMap<>();
        for (Cell c : cube.query(guangdong, List.of(Dimension.SKU), Grain.MONTH)) got.put(c.label().split(" ")[0] + "|" + c.period(), c.measures().qty());
        Map<String, Long> want = new TreeMap<>();
        for (SummaryRow r : summary.run(List.of("province", "sku", "month"), FROM.toString(), TO.toString())) {
            if (r.keys().get(0).equals("广东")) want.put(r.keys().get(1) + "|" + r.keys().get(2), r.qty());
        }
        assertThat(got).isEqualTo(want).isNotEmpty();
    }

    @Test
    void storesWithinACategoryReadTheStoreSeriesRollupAndMatch() {
        Slice phones = Slice.of(FROM, TO).with(Dimension.CATEGORY, "手机");
        List<Object> args = new ArrayList<>();
        assertThat(SqliteSalesSql.INSTANCE.cube(phones, List.of(Dimension.STORE), null, args)).contains("cube_ss_month").contains("cube_ss_week")
                .doesNotContain("cube_sp_month");
        assertThat(SqliteSalesSql.INSTANCE.cube(phones.with(Dimension.SKU, "3"), List.of(Dimension.STORE), null, args)).contains("cube_sp_month");
        Map<String, Long> got = new TreeMap<>();
        for (Cell c : cube.query(phones, List.of(Dimension.STORE), null)) got.put(c.label(), c.measures().qty());
        Map<String, Long> want = new TreeMap<>();
        for (SummaryRow r : summary.run(List.of("category", "store"), FROM.toString(), TO.toString())) {
            if (r.keys().get(0).equals("手机")) want.merge(r.keys().get(1), r.qty(), Long::sum);
        }
        assertThat(got).isEqualTo(want);
    }

    @Test
    void storesByMonthMatchTheFactTable() {
        Map<String, Long> got = new TreeMap<>();
        for (Cell c : cube.query(Slice.of(FROM, TO), List.of(Dimension.STORE), Grain.MONTH)) got.put(c.label() + "|" + c.period(), c.measures().qty());
        Map<String, Long> want = new TreeMap<>();
        for (SummaryRow r : summary.run(List.of("store", "month"), FROM.toString(), TO.toString())) want.put(r.keys().get(0) + "|" + r.keys().get(1), r.qty());
        assertThat(got).isEqualTo(want);
    }

    @Test
    void skusWithoutGeographyReadTheChannelProductRollupAndMatch() {
        List<Object> args = new ArrayList<>();
        assertThat(SqliteSalesSql.INSTANCE.cube(Slice.of(FROM, TO), List.of(Dimension.SKU), Grain.WEEK, args)).contains("cube_cp_week").contains("cube_cp_day")
                .doesNotContain("cube_day ");
        Map<String, Long> got = new TreeMap<>();
        for (Cell c : cube.query(Slice.of(FROM, TO), List.of(Dimension.SKU), null)) got.put(c.label().split(" ")[0], c.measures().amountE4());
        assertThat(got).isEqualTo(expected(summary.run(List.of("sku"), FROM.toString(), TO.toString())));
    }

    @Test
    void weeksMatchSummaryWeeks() {
        Map<String, Long> got = new TreeMap<>();
        for (Cell c : cube.query(Slice.of(FROM, TO), List.of(), Grain.WEEK)) got.put(c.period(), c.measures().qty());
        Map<String, Long> want = new TreeMap<>();
        for (SummaryRow r : summary.run(List.of("week"), FROM.toString(), TO.toString())) want.put(r.keys().get(0), r.qty());
        assertThat(got).isEqualTo(want);
    }

    private static Map<String, Long> byLabel(List<Cell> cells) {
        Map<String, Long> m = new TreeMap<>();
        for (Cell c : cells) m.put(c.label(), c.measures().amountE4());
        return m;
    }

    private static Map<String, Long> expected(List<SummaryRow> rows) {
        Map<String, Long> m = new TreeMap<>();
        for (SummaryRow r : rows) m.put(r.keys().get(0), Money.toE4(r.amount()));
        return m;
    }
}
