package org.salestrack.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.salestrack.store.postgres.NationalFactsTest.count;
import static org.salestrack.store.postgres.NationalFactsTest.file;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.model.national.PublishReport;
import org.salestrack.store.StoreException;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import org.salestrack.ui.MarketFixture;
import org.salestrack.ui.TestWorkspace;

/**
 * Campaign spend, reviews, service tickets, the dealer service scorecard and the market panel go up with a publish
 * (once, each row's sales region decided by the store), come down with an extract or a sync as far as the role's
 * regions reach, are kept to her regions even against raw SQL, and leave with an undo. South figures are hand-summed
 * from the files below.
 */
class NationalMoreFactsTest {
    @TempDir
    Path dir;

    ServerAddress owner;
    NationalStore store;
    TestWorkspace a;

    static final List<String> KINDS = List.of("spend", "review", "ticket", "dealer_service", "market");

    /**
     * Master data, sales of both regions, then one file of each kind. South: spend 1,000.00 + 500.50 on 华南's campaign;
     * reviews of two south Tmall orders (ratings 5 + 2); a ticket at store S901 and one at dealer D901; D901's two
     * scorecard months (3 + 2 complaints); panel rows of 广东 and 广西 (100 + 50 units, 299,900 + 125,000 yuan).
     * North: one of each. National (no region): spend on the nationwide campaign and on none, a review of an order no
     * workspace holds, the panel's nationwide row.
     */
    static TestWorkspace workspace(Path dir) throws Exception {
        Files.createDirectories(dir);
        TestWorkspace t = NationalPublishTest.workspace(dir.resolve("ws"),
                file(dir.resolve("dealers.csv"), "dealer_code,name,tier,grade,province,city,lat,lon",
                        "D901,南方数码,T1,A,广东省,深圳,22.5,114.0", "D902,北方数码,T1,A,北京市,北京,39.9,116.4"),
                file(dir.resolve("stores.csv"), "store_code,name,dealer_code,channel,store_type,province,city,lat,lon",
                        "S901,深圳店,D901,直营店,Direct store,广东省,深圳,22.5,114.0", "S902,北京店,D902,直营店,Direct store,北京市,北京,39.9,116.4"),
                SalesFiles.write(dir.resolve("south.csv"), "S", 0, 40, SalesFiles.SOUTH, 11),
                SalesFiles.write(dir.resolve("north.csv"), "B", 0, 30, SalesFiles.NORTH, 12),
                file(dir.resolve("campaigns.csv"), "campaign_code,name,tag,starts,ends,channels,region,promo_type,budget",
                        "HN25,华南夏促,夏促,2025-06-01,2025-06-18,天猫,华南,满减,10000.00",
                        "HB25,华北夏促,夏促,2025-06-01,2025-06-18,京东,华北,满减,8000.00",
                        "QG25,全国 618,618,2025-06-01,2025-06-18,天猫;京东,全国,满减,50000.00"),
                file(dir.resolve("spend.csv"), "date,channel,campaign_code,spend,impressions,clicks",
                        "2025-06-01,天猫,HN25,1000.00,10000,300", "2025-06-02,天猫,HN25,500.50,6000,120", "2025-06-01,京东,HB25,800.00,9000,200",
                        "2025-06-01,天猫,QG25,2000.00,30000,900", "2025-06-03,京东,,300.00,4000,80"),
                file(dir.resolve("tickets.csv"), "工单号,创建时间,完结时间,受理渠道,门店编码,经销商编码,商品编码,问题类型,工单状态,问题描述",
                        "TK1,2025-07-02 09:00:00,2025-07-03 09:00:00,直营店,S901,,P50-128-BK,屏幕,已完结,屏幕闪烁",
                        "TK2,2025-07-04 09:00:00,,直营店,,D901,W3-GY,电池,处理中,充不进电",
                        "TK3,2025-07-05 09:00:00,,直营店,S902,,P50-128-BK,屏幕,处理中,碎屏"),
                file(dir.resolve("dealer-service.csv"), "period,dealer_code,nps,complaints,resolved_48h",
                        "2025-03,D901,45.5,3,0.9", "2025-04,D901,50,2,0.95", "2025-03,D902,30,7,0.8"),
                panel(dir.resolve("panel.xlsx")));
        // reviews of Tmall orders the sales hold: two south, one north, and one of an order no one holds
        List<String> south = tmallOrders(t, "south.csv");
        List<String> north = tmallOrders(t, "north.csv");
        Path reviews = file(dir.resolve("reviews.csv"), "评价ID,订单编号,宝贝标题,商家编码,评价时间,评分,评价内容",
                "RV1," + south.get(0) + ",星耀 P50,,2025-07-01 10:00:00,5,很好用",
                "RV2," + south.get(1) + ",星耀 P50,,2025-07-01 11:00:00,2,电池不耐用",
                "RV3," + north.get(0) + ",星耀 P50,,2025-07-01 12:00:00,4,还行",
                "RV4,X999999,星耀 P50,,2025-07-01 13:00:00,1,物流太慢");
        t.imports.importFile(reviews, null, ProgressListener.NONE, Cancellation.none());
        assertThat(count(t.workspace, "SELECT COUNT(*) FROM review")).isEqualTo(4);
        for (String k : KINDS) assertThat(count(t.workspace, "SELECT COUNT(*) FROM " + k)).as(k).isGreaterThan(0);
        return t;
    }

    private static List<String> tmallOrders(TestWorkspace t, String file) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = t.workspace.connect(); Statement s = c.createStatement(); var rs = s.executeQuery("SELECT s.order_id FROM sale s "
                + "JOIN channel c ON c.id = s.channel_id JOIN import_batch b ON b.id = s.batch_id WHERE c.name = '天猫' AND b.file_name = '"
                + file + "' ORDER BY s.id LIMIT 2")) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    /** The research firm's panel (value = units x price): 广东 and 广西 south, 北京 north, a nationwide row. */
    static Path panel(Path f) throws Exception {
        YearMonth m = YearMonth.of(2025, 3);
        return MarketFixture.panel(f, List.of(new MarketFixture.PanelRow(m, "广东", "星耀", "0-2999", 100, 2999),
                new MarketFixture.PanelRow(m, "广西", "衡山", "0-2999", 50, 2500), new MarketFixture.PanelRow(m, "北京", "星耀", "0-2999", 70, 2999),
                new MarketFixture.PanelRow(m, "全国", "青鸟", "6000+", 10, 6500)));
    }

    @BeforeEach
    void workspaceOfBothRegions() throws Exception {
        owner = NationalServers.newDatabase();
        store = NationalStore.open(owner);
        a = workspace(dir.resolve("a"));
    }

    @Test
    void publishCarriesEachKindOnceWithItsRegionAndAnUndoRemovesIt() throws Exception {
        PublishReport first = new Publisher(a.workspace, store).publish();
        PublishReport again = new Publisher(a.workspace, store).publish();

        // two sales files and one of each kind: 70 lines + 5 spend, 4 review, 3 ticket, 3 scorecard and 4 panel rows
        assertThat(first.batchesNew()).isEqualTo(7);
        assertThat(first.linesStored()).isEqualTo(70 + 5 + 4 + 3 + 3 + 4);
        assertThat(again.batchesNew()).isZero();
        assertThat(again.batchesKnown()).isEqualTo(7);
        assertThat(count(store, "SELECT COUNT(*) FROM import_batch")).isEqualTo(7);

        assertThat(count(store, "SELECT COUNT(*) FROM spend")).isEqualTo(5);
        assertThat(count(store, "SELECT SUM(spend_e4) FROM spend WHERE sales_region = '华南'")).isEqualTo(15_005_000L);
        assertThat(count(store, "SELECT SUM(spend_e4) FROM spend WHERE sales_region = '华北'")).isEqualTo(8_000_000L);
        // the nationwide campaign's 2,000.00 and the 300.00 on no campaign are national
        assertThat(count(store, "SELECT SUM(spend_e4) FROM spend WHERE sales_region = ''")).isEqualTo(23_000_000L);
        assertThat(count(store, "SELECT SUM(clicks) FROM spend WHERE sales_region = '华南'")).isEqualTo(420);
        assertThat(count(store, "SELECT COUNT(*) FROM spend s JOIN channel c ON c.id = s.channel_id WHERE c.name = '天猫' AND s.campaign_code = 'HN25'"))
                .isEqualTo(2);

        assertThat(count(store, "SELECT COUNT(*) FROM review")).isEqualTo(4);
        assertThat(count(store, "SELECT SUM(rating) FROM review WHERE sales_region = '华南'")).isEqualTo(7);
        assertThat(count(store, "SELECT COUNT(*) FROM review WHERE sales_region = '华北' AND review_id = 'RV3'")).isEqualTo(1);
        assertThat(count(store, "SELECT COUNT(*) FROM review WHERE sales_region = '' AND review_id = 'RV4' AND text = '物流太慢'")).isEqualTo(1);

        assertThat(count(store, "SELECT COUNT(*) FROM ticket WHERE sales_region = '华南'")).isEqualTo(2);
        assertThat(count(store, "SELECT COUNT(*) FROM ticket t JOIN store s ON s.id = t.store_id WHERE s.code = 'S902' AND t.sales_region = '华北'"))
                .isEqualTo(1);
        assertThat(count(store, "SELECT COUNT(*) FROM ticket t JOIN dealer d ON d.id = t.dealer_id WHERE d.code = 'D901' AND t.ticket_id = 'TK2'"))
                .isEqualTo(1);

        assertThat(count(store, "SELECT SUM(complaints) FROM dealer_service WHERE sales_region = '华南'")).isEqualTo(5);
        assertThat(count(store, "SELECT SUM(complaints) FROM dealer_service WHERE sales_region = '华北'")).isEqualTo(7);

        assertThat(count(store, "SELECT SUM(units) FROM market WHERE sales_region = '华南'")).isEqualTo(150);
        assertThat(count(store, "SELECT SUM(value_e4) FROM market WHERE sales_region = '华南'")).isEqualTo(4_249_000_000L);
        assertThat(count(store, "SELECT SUM(units) FROM market WHERE sales_region = '华北'")).isEqualTo(70);
        assertThat(count(store, "SELECT SUM(units) FROM market WHERE sales_region = ''")).isEqualTo(10);
        assertThat(count(store, "SELECT COUNT(*) FROM audit_log WHERE action = 'publish-batch' AND detail = '5 spend rows stored'")).isEqualTo(1);

        // the panel and the reviews undone here leave the store with the next publish; the spend stays
        a.imports.undo(count(a.workspace, "SELECT id FROM import_batch WHERE kind = 'market'"));
        a.imports.undo(count(a.workspace, "SELECT id FROM import_batch WHERE kind = 'review'"));
        PublishReport undo = new Publisher(a.workspace, store).publish();
        assertThat(undo.batchesUndone()).isEqualTo(2);
        assertThat(undo.linesRemoved()).isEqualTo(4 + 4);
        assertThat(count(store, "SELECT COUNT(*) FROM market")).isZero();
        assertThat(count(store, "SELECT COUNT(*) FROM review")).isZero();
        assertThat(count(store, "SELECT COUNT(*) FROM spend")).isEqualTo(5);
        assertThat(count(store, "SELECT COUNT(*) FROM import_batch WHERE status = 'undone' AND kind IN ('market', 'review')")).isEqualTo(2);
    }

    @Test
    void aSouthExtractGetsExactlyTheSouthRowsAndASyncBringsAnotherAnalystsDown() throws Exception {
        new Publisher(a.workspace, store).publish();
        NationalStore south = NationalStore.open(NationalServers.person(owner, "chen_south_more", "华南"));
        TestWorkspace fresh = TestWorkspace.create(dir.resolve("x"), false);

        new Extractor(south, fresh.workspace).extract(List.of(), null, null);

        assertThat(count(fresh.workspace, "SELECT COUNT(*) FROM spend")).isEqualTo(2);
        assertThat(count(fresh.workspace, "SELECT SUM(spend_e4) FROM spend")).isEqualTo(15_005_000L);
        assertThat(count(fresh.workspace, "SELECT COUNT(*) FROM spend s JOIN channel c ON c.id = s.channel_id WHERE c.name = '天猫' "
                + "AND s.campaign_code = 'HN25'")).isEqualTo(2);
        assertThat(count(fresh.workspace, "SELECT COUNT(*) FROM review")).isEqualTo(2);
        assertThat(count(fresh.workspace, "SELECT SUM(rating) FROM review")).isEqualTo(7);
        assertThat(count(fresh.workspace, "SELECT COUNT(*) FROM ticket")).isEqualTo(2);
        assertThat(count(fresh.workspace, "SELECT COUNT(*) FROM ticket t JOIN store s ON s.id = t.store_id WHERE s.code = 'S901'")).isEqualTo(1);
        assertThat(count(fresh.workspace, "SELECT SUM(complaints) FROM dealer_service")).isEqualTo(5);
        assertThat(count(fresh.workspace, "SELECT COUNT(*) FROM dealer_service s JOIN dealer d ON d.id = s.dealer_id WHERE d.code = 'D901'"))
                .isEqualTo(2);
        assertThat(count(fresh.workspace, "SELECT SUM(units) FROM market")).isEqualTo(150);
        assertThat(count(fresh.workspace, "SELECT SUM(value_e4) FROM market")).isEqualTo(4_249_000_000L);
        // the south sales file and the five kinds' files, each with its south rows counted
        assertThat(count(fresh.workspace, "SELECT COUNT(*) FROM import_batch")).isEqualTo(6);
        assertThat(count(fresh.workspace, "SELECT SUM(rows_stored) FROM import_batch WHERE kind <> 'sales'")).isEqualTo(2 + 2 + 2 + 2 + 2);

        // another south analyst publishes a scorecard month and spend on 华南's campaign; the sync brings both down
        Path b = dir.resolve("b");
        Files.createDirectories(b);
        TestWorkspace other = NationalPublishTest.workspace(b.resolve("ws"), dir.resolve("a").resolve("dealers.csv"),
                dir.resolve("a").resolve("campaigns.csv"),
                file(b.resolve("service-may.csv"), "period,dealer_code,nps,complaints,resolved_48h", "2025-05,D901,55,4,0.97"),
                file(b.resolve("spend-more.csv"), "date,channel,campaign_code,spend,impressions,clicks", "2025-06-05,天猫,HN25,99.50,900,30"));
        new Publisher(other.workspace, NationalStore.open(NationalServers.person(owner, "li_south_more", "华南"))).publish();
        new Syncer(fresh.workspace, south).sync();
        assertThat(count(fresh.workspace, "SELECT SUM(complaints) FROM dealer_service")).isEqualTo(9);
        assertThat(count(fresh.workspace, "SELECT SUM(spend_e4) FROM spend")).isEqualTo(16_000_000L);
        assertThat(count(fresh.workspace, "SELECT rows_stored FROM import_batch WHERE file_name = 'service-may.csv'")).isEqualTo(1);
        assertThat(count(fresh.workspace, "SELECT SUM(units) FROM market")).isEqualTo(150);
    }

    @Test
    void aSouthAnalystNeitherReadsNorWritesANorthRowEvenWithRawSql() throws Exception {
        new Publisher(a.workspace, store).publish();
        ServerAddress south = NationalServers.person(owner, "wu_south_more", "华南");
        ServerAddress hq = NationalServers.person(owner, "zhao_hq_more");
        try (Connection c = NationalStore.open(south).connect(); Statement s = c.createStatement()) {
            for (String k : KINDS) {
                assertThat(count(c, "SELECT COUNT(*) FROM " + k)).as(k).isEqualTo(2);
                assertThat(count(c, "SELECT COUNT(*) FROM " + k + " WHERE sales_region <> '华南'")).as(k).isZero();
                // an update of a north or national row finds nothing to update
                assertThat(s.executeUpdate("UPDATE " + k + " SET src_row = src_row + 100 WHERE sales_region <> '华南'")).as(k).isZero();
                // moving her own row into North China is refused
                assertThatThrownBy(() -> s.executeUpdate("UPDATE " + k + " SET sales_region = '华北' WHERE id = (SELECT MIN(id) FROM " + k + ")"))
                        .as(k).isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
                // and nobody deletes a published row but through an undo
                assertThatThrownBy(() -> s.executeUpdate("DELETE FROM " + k)).as(k).isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied");
            }
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO market (batch_id, src_row, period, province, units, sales_region) "
                    + "VALUES ((SELECT MIN(id) FROM import_batch), 99, '2025-03', '北京', 1, '华北')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO spend (batch_id, src_row, date, channel_id, spend_e4, sales_region) "
                    + "VALUES ((SELECT MIN(id) FROM import_batch), 99, '2025-06-01', (SELECT MIN(id) FROM channel), 1, '')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
        }
        try (Connection c = NationalStore.open(hq).connect()) {
            assertThat(count(c, "SELECT COUNT(*) FROM spend")).isEqualTo(5);
            assertThat(count(c, "SELECT COUNT(*) FROM market WHERE sales_region = '华北' AND units = 70 AND value_e4 = 2099300000")).isEqualTo(1);
            assertThat(count(c, "SELECT SUM(complaints) FROM dealer_service WHERE sales_region = '华北'")).isEqualTo(7);
        }

        // a south analyst's spend on the nationwide campaign is her region's; an analyst of two regions cannot say which
        Path m = dir.resolve("m");
        Files.createDirectories(m);
        TestWorkspace mixed = NationalPublishTest.workspace(m.resolve("ws"), dir.resolve("a").resolve("campaigns.csv"),
                file(m.resolve("spend-qg.csv"), "date,channel,campaign_code,spend,impressions,clicks", "2025-06-07,天猫,QG25,10.00,10,1"));
        ServerAddress twoRegions = NationalServers.person(owner, "zhao_two_regions", "华南", "西南");
        assertThatThrownBy(() -> new Publisher(mixed.workspace, NationalStore.open(twoRegions)).publish()).isInstanceOf(StoreException.class)
                .hasMessageContaining("may not publish spend rows of no sales region");
        assertThat(count(store, "SELECT COUNT(*) FROM import_batch")).isEqualTo(7);
        assertThat(count(store, "SELECT COUNT(*) FROM spend")).isEqualTo(5);
        assertThat(count(store, "SELECT COUNT(*) FROM fact_stage")).isZero();
        new Publisher(mixed.workspace, NationalStore.open(south)).publish();
        assertThat(count(store, "SELECT COUNT(*) FROM spend WHERE campaign_code = 'QG25' AND spend_e4 = 100000 AND sales_region = '华南'")).isEqualTo(1);
    }
}
