package org.salestrack.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.model.Dimension;
import org.salestrack.model.IssueFilter;
import org.salestrack.model.cube.Slice;
import org.salestrack.model.national.PublishReport;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;
import org.salestrack.store.cube.CubeDimensions;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import org.salestrack.ui.TestWorkspace;
import org.salestrack.validate.ValidationService;

/**
 * Sell-in, stock, touchpoints, targets, campaigns and the findings of published batches go up with a publish (once,
 * in its transaction, each row's sales region decided by the store) and come down with an extract or a sync as far as
 * the role's regions reach.
 */
class NationalFactsTest {
    @TempDir
    Path dir;

    ServerAddress owner;
    NationalStore store;
    TestWorkspace a;

    static Path file(Path at, String... lines) throws Exception {
        Files.writeString(at, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return at;
    }

    /** Master data, sales of both regions and one file of each other kind: south figures are hand-summed below. */
    static TestWorkspace workspace(Path dir, String tag) throws Exception {
        Files.createDirectories(dir);
        return NationalPublishTest.workspace(dir.resolve("ws"),
                file(dir.resolve("dealers.csv"), "dealer_code,name,tier,grade,province,city,lat,lon",
                        "D901,南方数码,T1,A,广东省,深圳,22.5,114.0", "D902,北方数码,T1,A,北京市,北京,39.9,116.4"),
                file(dir.resolve("stores.csv"), "store_code,name,dealer_code,channel,store_type,province,city,lat,lon",
                        "S901,深圳店,D901,直营店,Direct store,广东省,深圳,22.5,114.0", "S902,北京店,D902,直营店,Direct store,北京市,北京,39.9,116.4"),
                SalesFiles.write(dir.resolve("south.csv"), "S", 0, 200, SalesFiles.SOUTH, 11),
                SalesFiles.write(dir.resolve("north.csv"), "B", 0, 100, SalesFiles.NORTH, 12),
                // south on hand: 5 + 7 (S901) + 13 (dealer D901) = 25; north: 11
                file(dir.resolve("stock.csv"), "as_of,location_code,location_type,sku,on_hand,in_transit",
                        "2025-12-28,S901,store,P50-128-BK,5,0", "2025-12-28,S901,store,W3-GY,7,1", "2025-12-28,S902,store,P50-128-BK,11,0",
                        "2025-12-28,D901,dealer,T10-64,13,0"),
                // south: two rows (one by its province, one by its dealer's), 30 units; north: one row
                file(dir.resolve("sell-in.csv"), "ship_date,dealer_code,dealer_tier,sku,qty,amount,province",
                        "2025-03-01,D901,T1,P50-128-BK,10,28990.00,广东省", "2025-03-02,D901,T1,W3-GY,20,1980.00,",
                        "2025-03-03,D902,T1,P50-128-BK,4,11596.00,北京市"),
                file(dir.resolve("targets.csv"), "period,dealer_code,qty,amount", "2025-03,D901,40,70000.00", "2025-03,D902,30,50000.00"),
                // a touchpoint is where its order was sold
                file(dir.resolve("touchpoints.csv"), "customer_id,at,channel,order_id", "C1,2025-01-01 10:00:00,天猫,S000001",
                        "C2,2025-01-02 11:00:00,京东,B000001", "C3,2025-01-03 12:00:00,京东,S000002", "C1,2025-01-04 12:00:00,天猫,"),
                file(dir.resolve("campaigns.csv"), "campaign_code,name,tag,starts,ends,channels,region,promo_type,budget",
                        "T618" + tag + ",测试 618,618,2025-06-01,2025-06-18,天猫;京东,全国,满减,100000.00"));
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static long count(Workspace ws, String sql) throws SQLException {
        try (Connection c = ws.connect()) {
            return count(c, sql);
        }
    }

    static long count(NationalStore store, String sql) throws SQLException {
        try (Connection c = store.connect()) {
            return count(c, sql);
        }
    }

    private static boolean national(String kind) { return List.of("sales", "sell_in", "stock", "touchpoint", "target").contains(kind); }

    @BeforeEach
    void published() throws Exception {
        owner = NationalServers.newDatabase();
        store = NationalStore.open(owner);
        a = workspace(dir.resolve("a"), "");
        // a planted finding on a south line, one on a north line, so a region's extract takes only its own
        ValidationService.of(a.workspace).run(null, Map.of(), ProgressListener.NONE, Cancellation.none());
        try (Connection c = a.workspace.connect(); Statement s = c.createStatement()) {
            // the test file's lines carry no customer: C1 (who led to order S000001) bought that line
            s.executeUpdate("UPDATE sale SET customer_id = (SELECT customer_id FROM touchpoint WHERE order_id = 'S000001') WHERE order_id = 'S000001'");
            s.executeUpdate("INSERT INTO validation_issue (batch_id, fact, row_id, src_row, rule, severity, why, status, at) "
                    + "SELECT batch_id, 'sale', id, src_row, 'planted', 'warning', 'south line', 'open', '2026-01-01T00:00' FROM sale "
                    + "WHERE batch_id = (SELECT id FROM import_batch WHERE file_name = 'south.csv') AND src_row = 5");
            s.executeUpdate("INSERT INTO validation_issue (batch_id, fact, row_id, src_row, rule, severity, why, status, at) "
                    + "SELECT batch_id, 'sale', id, src_row, 'planted', 'warning', 'north line', 'open', '2026-01-01T00:00' FROM sale "
                    + "WHERE batch_id = (SELECT id FROM import_batch WHERE file_name = 'north.csv') AND src_row = 5");
            // stored as a run stores a finding worded by its message alone: no English beside the key and arguments
            s.executeUpdate("INSERT INTO validation_issue (batch_id, fact, row_id, src_row, rule, severity, why, status, at, why_key, why_args) "
                    + "SELECT batch_id, 'sale', id, src_row, 'planted-message', 'warning', '', 'open', '2026-01-01T00:00', 'rule.diversion.sold', "
                    + "'[\"D1\",\"44 广东\",\"11 北京\"]' FROM sale WHERE batch_id = (SELECT id FROM import_batch WHERE file_name = 'south.csv') "
                    + "AND src_row = 6");
        }
    }

    @Test
    void publishCarriesEveryKindOnceWithItsRegionAndTheStockQueriesSeeIt() throws Exception {
        PublishReport first = new Publisher(a.workspace, store).publish();
        PublishReport again = new Publisher(a.workspace, store).publish();

        // two sales files and the four other kinds: 300 lines + 4 stock + 3 sell-in + 2 target + 4 touchpoint rows
        assertThat(first.batchesNew()).isEqualTo(6);
        assertThat(first.linesStored()).isEqualTo(300 + 4 + 3 + 2 + 4);
        assertThat(again.batchesNew()).isZero();
        assertThat(again.batchesKnown()).isEqualTo(6);
        assertThat(count(store, "SELECT COUNT(*) FROM stock")).isEqualTo(4);
        assertThat(count(store, "SELECT SUM(on_hand) FROM stock WHERE sales_region = '华南'")).isEqualTo(25);
        assertThat(count(store, "SELECT SUM(on_hand) FROM stock WHERE sales_region = '华北'")).isEqualTo(11);
        assertThat(count(store, "SELECT SUM(qty) FROM sell_in WHERE sales_region = '华南'")).isEqualTo(30);
        assertThat(count(store, "SELECT SUM(qty) FROM sell_in WHERE sales_region = '华北'")).isEqualTo(4);
        assertThat(count(store, "SELECT SUM(amount_e4) FROM target WHERE sales_region = '华南'")).isEqualTo(70_000_0000L);
        // two by their orders' lines, one (no order) by its customer's latest line
        assertThat(count(store, "SELECT COUNT(*) FROM touchpoint WHERE sales_region = '华南'")).isEqualTo(3);
        assertThat(count(store, "SELECT COUNT(*) FROM touchpoint WHERE sales_region = '华北'")).isEqualTo(1);
        assertThat(count(store, "SELECT COUNT(*) FROM campaign WHERE code = 'T618' AND budget_e4 = 1000000000")).isEqualTo(1);
        // every finding of the workspace, once, with its line's region
        long findings = count(a.workspace, "SELECT COUNT(*) FROM validation_issue");
        assertThat(findings).isGreaterThanOrEqualTo(2);
        assertThat(count(store, "SELECT COUNT(*) FROM validation_issue")).isEqualTo(findings);
        assertThat(count(store, "SELECT COUNT(*) FROM validation_issue WHERE rule = 'planted' AND why = 'south line' AND src_row = 5 "
                + "AND sales_region = '华南'")).isEqualTo(1);
        assertThat(count(store, "SELECT COUNT(*) FROM validation_issue WHERE rule = 'planted' AND why = 'north line' AND sales_region = '华北'"))
                .isEqualTo(1);
        assertThat(count(store, "SELECT COUNT(*) FROM validation_issue WHERE rule = 'planted-message' "
                + "AND why = 'Dealer D1 is registered in 44 广东 but this unit was sold in 11 北京.' AND why_key = 'rule.diversion.sold'"))
                .as("head office reads the finding's English, worded from its message").isEqualTo(1);
        assertThat(count(store, "SELECT COUNT(*) FROM audit_log WHERE action = 'publish-batch' AND detail = '4 stock rows stored'")).isEqualTo(1);

        // the Data quality screen's queries read the store's findings as the workspace's: counts by rule, severity
        // and status, the list, and each file's error and warning lines (batch ids differ: compared by file)
        ValidationService here = ValidationService.of(a.workspace);
        ValidationService there = ValidationService.of(store.workspace());
        assertThat(there.issueCounts(IssueFilter.all())).isNotEmpty().isEqualTo(here.issueCounts(IssueFilter.all()));
        assertThat(there.count(IssueFilter.all())).isEqualTo(findings);
        assertThat(there.issues(IssueFilter.all()).stream().map(i -> i.rule() + "/" + i.sourceRow() + "/" + i.lines()).sorted().toList())
                .isEqualTo(here.issues(IssueFilter.all()).stream().map(i -> i.rule() + "/" + i.sourceRow() + "/" + i.lines()).sorted().toList());
        assertThat(there.quality().stream().map(q -> q.fileName() + ":" + q.errorLines() + ":" + q.warningLines()).sorted().toList())
                .isEqualTo(here.quality().stream().filter(q -> national(q.kind()))
                        .map(q -> q.fileName() + ":" + q.errorLines() + ":" + q.warningLines()).sorted().toList());

        // the dashboard's stock on hand on the store is the workspace's, whole and for one region
        a.explore.refresh(Cancellation.none());
        Slice all = Slice.of(LocalDate.parse("2024-01-01"), LocalDate.parse("2025-12-31"));
        var local = new CubeDimensions(a.workspace).stockOnHand(all);
        var national = new CubeDimensions(store.workspace()).stockOnHand(all);
        assertThat(national.units().getAsLong()).isEqualTo(36);
        assertThat(national.units()).isEqualTo(local.units());
        assertThat(new CubeDimensions(store.workspace()).stockOnHand(all.with(Dimension.REGION, Set.of("华南"))).units().getAsLong()).isEqualTo(25);

        // an undone stock batch leaves the store with the next publish, its rows and findings with it
        long stockBatch = count(a.workspace, "SELECT id FROM import_batch WHERE kind = 'stock'");
        a.imports.undo(stockBatch);
        PublishReport undo = new Publisher(a.workspace, store).publish();
        assertThat(undo.batchesUndone()).isEqualTo(1);
        assertThat(undo.linesRemoved()).isEqualTo(4);
        assertThat(count(store, "SELECT COUNT(*) FROM stock")).isZero();
    }

    @Test
    void aSouthAnalystCannotPublishANorthStockRowAndNothingOfThatPublishIsStored() throws Exception {
        NationalStore south = NationalStore.open(NationalServers.person(owner, "li_south_facts", "华南"));
        TestWorkspace mixed = NationalPublishTest.workspace(dir.resolve("m"),
                file(dir.resolve("m-stores.csv"), "store_code,name,dealer_code,channel,store_type,province,city,lat,lon",
                        "S902,北京店,,直营店,Direct store,北京市,北京,39.9,116.4"),
                SalesFiles.write(dir.resolve("m-south.csv"), "M", 0, 50, SalesFiles.SOUTH, 5),
                file(dir.resolve("m-stock.csv"), "as_of,location_code,location_type,sku,on_hand,in_transit", "2025-12-28,S902,store,P50-128-BK,11,0"));

        assertThatThrownBy(() -> new Publisher(mixed.workspace, south).publish()).isInstanceOf(StoreException.class)
                .hasMessageContaining("may not publish stock rows of the sales region \"华北\"");
        assertThat(count(store, "SELECT COUNT(*) FROM import_batch")).isZero();
        assertThat(count(store, "SELECT COUNT(*) FROM sale")).isZero();
        assertThat(count(store, "SELECT COUNT(*) FROM stock")).isZero();
        assertThat(count(store, "SELECT COUNT(*) FROM fact_stage")).isZero();
    }

    @Test
    void anExtractAndASyncBringTheRegionsRowsAndFindingsDown() throws Exception {
        new Publisher(a.workspace, store).publish();
        NationalStore south = NationalStore.open(NationalServers.person(owner, "chen_south_facts", "华南"));
        TestWorkspace fresh = TestWorkspace.create(dir.resolve("x"), false);

        new Extractor(south, fresh.workspace).extract(List.of(), null, null);

        assertThat(count(fresh.workspace, "SELECT COUNT(*) FROM sale")).isEqualTo(200);
        assertThat(count(fresh.workspace, "SELECT SUM(on_hand) FROM stock")).isEqualTo(25);
        assertThat(count(fresh.workspace, "SELECT SUM(qty) FROM sell_in")).isEqualTo(30);
        assertThat(count(fresh.workspace, "SELECT SUM(qty) FROM target")).isEqualTo(40);
        assertThat(count(fresh.workspace, "SELECT COUNT(*) FROM touchpoint")).isEqualTo(3);
        assertThat(count(fresh.workspace, "SELECT COUNT(*) FROM campaign WHERE code = 'T618'")).isEqualTo(1);
        // the south finding on its line, not the north one
        assertThat(count(fresh.workspace, "SELECT COUNT(*) FROM validation_issue i JOIN sale s ON s.id = i.row_id "
                + "WHERE i.rule = 'planted' AND i.why = 'south line' AND s.src_row = 5")).isEqualTo(1);
        assertThat(count(fresh.workspace, "SELECT COUNT(*) FROM validation_issue WHERE why = 'north line'")).isZero();
        long southFindings = count(store, "SELECT COUNT(*) FROM validation_issue WHERE sales_region = '华南'");
        assertThat(count(fresh.workspace, "SELECT COUNT(*) FROM validation_issue")).isEqualTo(southFindings);
        // the workspace's stock query sees the region's stock as the store's does for that region
        fresh.explore.refresh(Cancellation.none());
        Slice all = Slice.of(LocalDate.parse("2024-01-01"), LocalDate.parse("2025-12-31"));
        assertThat(new CubeDimensions(fresh.workspace).stockOnHand(all).units().getAsLong()).isEqualTo(25);

        // another south analyst publishes a new stock count; the sync brings it down
        TestWorkspace b = NationalPublishTest.workspace(dir.resolve("b"), dir.resolve("a").resolve("dealers.csv"),
                file(dir.resolve("b-stock.csv"), "as_of,location_code,location_type,sku,on_hand,in_transit", "2025-12-30,D901,dealer,W3-GY,9,0"));
        new Publisher(b.workspace, NationalStore.open(NationalServers.person(owner, "li_south_facts2", "华南"))).publish();
        // head office accepts the south finding in its workspace and publishes: the review comes down too
        long planted = count(a.workspace, "SELECT id FROM validation_issue WHERE why = 'south line'");
        assertThat(ValidationService.of(a.workspace).accept(List.of(planted), "checked with the store")).isEqualTo(1);
        new Publisher(a.workspace, store).publish();
        assertThat(count(store, "SELECT COUNT(*) FROM validation_issue WHERE why = 'south line' AND status = 'accepted'")).isEqualTo(1);
        new Syncer(fresh.workspace, south).sync();
        assertThat(count(fresh.workspace, "SELECT SUM(on_hand) FROM stock")).isEqualTo(34);
        assertThat(count(fresh.workspace, "SELECT COUNT(*) FROM validation_issue WHERE why = 'south line' AND status = 'accepted' "
                + "AND comment = 'checked with the store'")).isEqualTo(1);
        assertThat(count(fresh.workspace, "SELECT rows_stored FROM import_batch WHERE file_name = 'b-stock.csv'")).isEqualTo(1);
    }
}
