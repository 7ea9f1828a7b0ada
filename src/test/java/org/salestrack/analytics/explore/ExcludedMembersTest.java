package org.salestrack.analytics.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.model.SummaryRow;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Grain;
import org.salestrack.model.cube.Measures;
import org.salestrack.model.cube.Member;
import org.salestrack.model.cube.Slice;
import org.salestrack.store.SummaryQuery;
import org.salestrack.ui.TestWorkspace;

/**
 * "Exclude" (issue 11 #14): a slice that leaves members out holds exactly the lines of the others, on
 * every rollup family the query may pick; checked against the store's plain summary of the lines.
 */
class ExcludedMembersTest {
    @TempDir
    static Path dir;
    static TestWorkspace ws;
    static Slice all;

    @BeforeAll
    static void build() {
        ws = TestWorkspace.create(dir, true);
        all = ws.explore.span().orElseThrow();
    }

    private static SummaryRow summary(String dim, String label) {
        return new SummaryQuery(ws.workspace).run(List.of(dim), all.from().toString(), all.to().toString()).stream()
                .filter(r -> r.keys().get(0).equals(label)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({"PROVINCE,province,广东", "CITY,city,深圳", "CHANNEL,channel,天猫", "STORE,store,S001", "SERIES,series,穿戴",
            "SKU,sku,P50-128-BK", "REGION,region,华南"})
    void leavingAMemberOutKeepsEverythingElse(Dimension dim, String summaryDim, String label) {
        Member m = ws.explore.members(dim).stream().filter(x -> x.label().startsWith(label)).findFirst().orElseThrow();
        Measures whole = ws.explore.totals(all);
        SummaryRow it = summary(summaryDim, label);
        Measures rest = ws.explore.totals(all.without(dim, Set.of(m.key())));
        assertThat(rest.qty()).isEqualTo(whole.qty() - it.qty());
        assertThat(rest.rows()).isEqualTo(whole.rows() - it.rows());
        // grouped by store and by month (other rollup families), the same lines
        long byStore = ws.explore.breakdown(all.without(dim, Set.of(m.key())), Dimension.STORE, org.salestrack.model.cube.Measure.UNITS)
                .stream().mapToLong(c -> c.measures().qty()).sum();
        assertThat(byStore).isEqualTo(rest.qty());
        long byMonth = ws.explore.matrix(all.without(dim, Set.of(m.key())), Dimension.SKU, Grain.MONTH).stream().mapToLong(c -> c.measures().qty()).sum();
        assertThat(byMonth).isEqualTo(rest.qty());
    }

    @ParameterizedTest
    @CsvSource({"广东,深圳", "浙江,杭州"})
    void keepingAProvinceButLeavingOutACityKeepsTheRestOfTheProvince(String province, String city) {
        String code = ws.explore.members(Dimension.PROVINCE).stream().filter(x -> x.label().equals(province)).findFirst().orElseThrow().key();
        Measures m = ws.explore.totals(all.with(Dimension.PROVINCE, code).without(Dimension.CITY, Set.of(city)));
        assertThat(m.qty()).isEqualTo(summary("province", province).qty() - summary("city", city).qty());
    }
}
