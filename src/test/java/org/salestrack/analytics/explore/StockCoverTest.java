package org.salestrack.analytics.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.ingest.profile.ProfileCodec;
import org.salestrack.model.SummaryRow;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Member;
import org.salestrack.model.cube.Slice;
import org.salestrack.store.SummaryQuery;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import org.salestrack.ui.TestWorkspace;

/**
 * Weeks of stock cover follows the filters (issue 11 #3): stock is narrowed by the same geography, channel
 * and product as sales, and a channel without stock locations gets no number. Expected values are worked
 * out here from the planted snapshot and the store's plain summary query, not from the cube.
 */
class StockCoverTest {
    @TempDir
    static Path dir;
    static TestWorkspace ws;
    static Slice all;

    // the stores of sales-small.csv: S001 深圳 and S003 广州 (广东), S002 杭州 (浙江), S004 成都 (四川), all 直营店
    static final String STOCK = "as_of,loc,type,sku,on_hand\n"
            + "%1$s,S001,store,P50-128-BK,40\n%1$s,S001,store,W3-GY,5\n%1$s,S003,store,P50-128-BK,30\n"
            + "%1$s,S002,store,P50-128-BK,20\n%1$s,S004,store,W3-GY,7\n%1$s,W01,warehouse,P50-128-BK,100\n";

    @BeforeAll
    static void build() throws Exception {
        ws = TestWorkspace.create(dir, true);
        all = ws.explore.span().orElseThrow();
        var profile = ProfileCodec.read(new ByteArrayInputStream(("{\"name\":\"t-stock\",\"kind\":\"stock\",\"fields\":{"
                + "\"as_of\":\"as_of\",\"location_code\":\"loc\",\"location_type\":\"type\",\"sku\":\"sku\",\"on_hand\":\"on_hand\"}}")
                .getBytes(StandardCharsets.UTF_8)), "t");
        Path f = dir.resolve("stock.csv");
        Files.writeString(f, String.format(STOCK, all.to().minusDays(3)));
        ws.imports.importFile(f, profile, ProgressListener.NONE, Cancellation.none());
    }

    private static long units(String dim, String key) {
        List<SummaryRow> rows = new SummaryQuery(ws.workspace).run(dim == null ? List.of() : List.of(dim), all.from().toString(), all.to().toString());
        return rows.stream().filter(r -> dim == null || r.keys().get(0).equals(key)).mapToLong(SummaryRow::qty).sum();
    }

    private static double cover(long stock, long units) { return stock / (units / (all.days() / 7.0)); }

    private static String id(Dimension d, String label) {
        return ws.explore.members(d).stream().filter(m -> m.label().startsWith(label)).map(Member::key).findFirst().orElseThrow();
    }

    @Test
    void everythingSetsAllStockAgainstAllSales() {
        Kpis k = ws.explore.kpis(all);
        assertThat(k.stock().units()).hasValue(40 + 5 + 30 + 20 + 7 + 100);
        assertThat(k.weeksOfCover().getAsDouble()).isCloseTo(cover(202, units(null, null)), within(1e-9));
    }

    @Test
    void aProvinceCountsOnlyItsOwnStores() {
        Kpis k = ws.explore.kpis(all.with(Dimension.PROVINCE, "44"));
        assertThat(k.stock().units()).hasValue(40 + 5 + 30);
        assertThat(k.weeksOfCover().getAsDouble()).isCloseTo(cover(75, units("province", "广东")), within(1e-9));
        Kpis city = ws.explore.kpis(all.with(Dimension.CITY, "深圳"));
        assertThat(city.stock().units()).hasValue(45);
    }

    @Test
    void leavingAProvinceOutKeepsEveryOtherLocation() {
        Kpis k = ws.explore.kpis(all.without(Dimension.PROVINCE, Set.of("44")));
        // the warehouse has no province, so it is not one of the left-out locations
        assertThat(k.stock().units()).hasValue(20 + 7 + 100);
        long units = units(null, null) - units("province", "广东");
        assertThat(k.weeksOfCover().getAsDouble()).isCloseTo(cover(127, units), within(1e-9));
    }

    @Test
    void aProductFilterNarrowsStockToIt() {
        String w3 = id(Dimension.SKU, "W3-GY");
        Kpis k = ws.explore.kpis(all.with(Dimension.SKU, w3));
        assertThat(k.stock().units()).hasValue(12);
        assertThat(k.weeksOfCover().getAsDouble()).isCloseTo(cover(12, units("sku", "W3-GY")), within(1e-9));
    }

    @Test
    void theStoreChannelHasTheStoresStockButNotTheWarehouses() {
        Kpis k = ws.explore.kpis(all.with(Dimension.CHANNEL, id(Dimension.CHANNEL, "直营店")));
        assertThat(k.stock().units()).hasValue(102);
        assertThat(k.weeksOfCover().getAsDouble()).isCloseTo(cover(102, units("channel", "直营店")), within(1e-9));
    }

    @Test
    void anOnlineChannelHasNoStockSoNoCover() {
        Kpis k = ws.explore.kpis(all.with(Dimension.CHANNEL, id(Dimension.CHANNEL, "天猫")));
        assertThat(k.stock().applies()).isFalse();
        assertThat(k.stock().unstockedChannels()).containsExactly("天猫");
        assertThat(k.weeksOfCover()).isEmpty();
        Kpis online = ws.explore.kpis(all.with(Dimension.CHANNEL_TYPE, "online"));
        assertThat(online.stock().unstockedChannels()).containsExactly("天猫");
        Kpis offline = ws.explore.kpis(all.with(Dimension.CHANNEL_TYPE, "offline"));
        assertThat(offline.stock().applies()).isTrue();
    }
}
