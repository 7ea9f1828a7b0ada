package org.salestrack.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.model.SummaryRow;
import org.salestrack.model.national.PublishReport;
import org.salestrack.store.SummaryQuery;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import org.salestrack.ui.TestWorkspace;

class NationalPublishTest {
    @TempDir
    Path dir;

    static TestWorkspace workspace(Path dir, Path... files) throws Exception {
        TestWorkspace t = TestWorkspace.create(dir, false);
        for (Path f : files) t.imports.importFile(f, null, ProgressListener.NONE, Cancellation.none());
        return t;
    }

    static SummaryRow total(Workspace ws) {
        List<SummaryRow> rows = new SummaryQuery(ws).run(List.of(), null, null);
        return rows.isEmpty() ? null : rows.get(0);
    }

    static long count(ServerAddress at, String sql) throws SQLException {
        NationalStore store = NationalStore.open(at);
        try (Connection c = store.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** every row of both rollups, in key order */
    static String rollups(ServerAddress at) throws SQLException {
        NationalStore store = NationalStore.open(at);
        try (Connection c = store.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT (SELECT string_agg(concat_ws(',', sale_date, month, sales_region, region_id, channel_id, store_id, dealer_id, product_id, "
                        + "rows, qty, amount_e4, margin_e4), ';' ORDER BY sale_date, region_id, channel_id, store_id, dealer_id, product_id) FROM sale_day) "
                        + "|| '|' || (SELECT string_agg(concat_ws(',', month, sales_region, province, channel_id, rows, qty, amount_e4, margin_e4), ';' "
                        + "ORDER BY month, province, channel_id) FROM sale_pc_month)")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void publishingTwiceStoresOnceAndTheTotalsAreTheWorkspaces() throws Exception {
        ServerAddress at = NationalServers.newDatabase();
        TestWorkspace a = workspace(dir.resolve("a"), SalesFiles.write(dir.resolve("a.csv"), "N", 0, 500, SalesFiles.SOUTH, 7));
        NationalStore store = NationalStore.open(at);

        PublishReport first = new Publisher(a.workspace, store).publish();
        PublishReport second = new Publisher(a.workspace, store).publish();

        assertThat(first.batchesNew()).isEqualTo(1);
        assertThat(first.linesStored()).isEqualTo(500);
        assertThat(first.duplicates()).isZero();
        assertThat(second.batchesNew()).isZero();
        assertThat(second.batchesKnown()).isEqualTo(1);
        assertThat(count(at, "SELECT COUNT(*) FROM sale")).isEqualTo(500);
        assertThat(count(at, "SELECT COUNT(*) FROM import_batch")).isEqualTo(1);
        SummaryRow local = total(a.workspace);
        SummaryRow national = total(store.workspace());
        assertThat(national).isEqualTo(local);
        assertThat(national.rows()).isEqualTo(500);
    }

    @Test
    void anotherAnalystsOverlappingBatchIsHeldAsDuplicatesAndItsUndoPromotesThem() throws Exception {
        ServerAddress at = NationalServers.newDatabase();
        // orders 0..399 in a's file, 300..599 in b's: 100 lines in both, identical
        TestWorkspace a = workspace(dir.resolve("a"), SalesFiles.write(dir.resolve("a.csv"), "N", 0, 400, SalesFiles.SOUTH, 7));
        TestWorkspace b = workspace(dir.resolve("b"), SalesFiles.write(dir.resolve("b.csv"), "N", 300, 300, SalesFiles.SOUTH, 7));
        NationalStore store = NationalStore.open(at);

        new Publisher(a.workspace, store).publish();
        PublishReport fromB = new Publisher(b.workspace, store).publish();

        assertThat(fromB.linesStored()).isEqualTo(300);
        assertThat(fromB.duplicates()).isEqualTo(100);
        assertThat(count(at, "SELECT COUNT(*) FROM sale WHERE hold = 1")).isEqualTo(100);
        assertThat(count(at, "SELECT COUNT(*) FROM sale WHERE hold = 0")).isEqualTo(600);
        // the national totals are those of one workspace holding both files
        TestWorkspace both = workspace(dir.resolve("both"), dir.resolve("a.csv"), dir.resolve("b.csv"));
        assertThat(total(store.workspace())).isEqualTo(total(both.workspace));
        // b's sums were added to the months a had filled: the rollups are what a rebuild from the lines makes
        String added = rollups(at);
        assertThat(count(at, "SELECT SUM(rows) FROM sale_day")).isEqualTo(600);
        count(at, "SELECT 1 FROM (SELECT national_refresh(ARRAY(SELECT DISTINCT month FROM sale))) r");
        assertThat(rollups(at)).isEqualTo(added);

        // a undoes its batch: b's duplicates of it count now, as they would in one workspace
        a.imports.undo(1);
        PublishReport undo = new Publisher(a.workspace, store).publish();
        assertThat(undo.batchesUndone()).isEqualTo(1);
        assertThat(undo.linesRemoved()).isEqualTo(400);
        assertThat(count(at, "SELECT COUNT(*) FROM sale")).isEqualTo(300);
        assertThat(count(at, "SELECT COUNT(*) FROM sale WHERE hold = 0")).isEqualTo(300);
        assertThat(count(at, "SELECT SUM(rows) FROM sale_pc_month")).isEqualTo(300);
        assertThat(total(store.workspace())).isEqualTo(total(b.workspace));
        // a's owner rows are gone (found without line_owner's batch index since V7) and each of b's lines owns its key
        assertThat(count(at, "SELECT COUNT(*) FROM line_owner")).isEqualTo(300);
        assertThat(count(at, "SELECT COUNT(*) FROM line_owner o JOIN sale s ON s.id = o.sale_id AND s.batch_id = o.batch_id "
                + "AND s.line_key = o.line_key AND s.order_id = o.order_id")).isEqualTo(300);
    }

    @Test
    void aBatchOnTheSameDaysStoresAndProductsAddsToTheRollupRowsThereAre() throws Exception {
        ServerAddress at = NationalServers.newDatabase();
        // the same seed and rows with other order numbers: every line of b on a day, store and product of a's, none a duplicate
        TestWorkspace a = workspace(dir.resolve("a"), SalesFiles.write(dir.resolve("a.csv"), "N", 0, 200, SalesFiles.SOUTH, 7));
        TestWorkspace b = workspace(dir.resolve("b"), SalesFiles.write(dir.resolve("b.csv"), "M", 0, 200, SalesFiles.SOUTH, 7));
        NationalStore store = NationalStore.open(at);
        new Publisher(a.workspace, store).publish();
        long keys = count(at, "SELECT COUNT(*) FROM sale_day");

        PublishReport fromB = new Publisher(b.workspace, store).publish();

        assertThat(fromB.duplicates()).isZero();
        assertThat(count(at, "SELECT COUNT(*) FROM sale_day")).isEqualTo(keys);
        assertThat(count(at, "SELECT SUM(rows) FROM sale_day")).isEqualTo(400);
        String added = rollups(at);
        count(at, "SELECT 1 FROM (SELECT national_refresh(ARRAY(SELECT DISTINCT month FROM sale))) r");
        assertThat(rollups(at)).isEqualTo(added);
        TestWorkspace both = workspace(dir.resolve("both"), dir.resolve("a.csv"), dir.resolve("b.csv"));
        assertThat(total(store.workspace())).isEqualTo(total(both.workspace));
    }

    /** Sets one line_key on the lines of the given orders: a planted hash clash, their whole keys still differ. */
    @Test
    void aBatchOverMonthsFilledAndNewTakesBothPathsAndItsRollupsAreARebuilds() throws Exception {
        ServerAddress at = NationalServers.newDatabase();
        // a's 6 orders fill at most 6 of the 24 months; b repeats them (6 duplicates in filled months) and adds 294 more,
        // most of them in months the store has no rollup rows for yet
        TestWorkspace a = workspace(dir.resolve("a"), SalesFiles.write(dir.resolve("a.csv"), "N", 0, 6, SalesFiles.SOUTH, 7));
        TestWorkspace b = workspace(dir.resolve("b"), SalesFiles.write(dir.resolve("b.csv"), "N", 0, 300, SalesFiles.SOUTH, 7));
        NationalStore store = NationalStore.open(at);
        new Publisher(a.workspace, store).publish();
        long filled = count(at, "SELECT COUNT(DISTINCT month) FROM sale_day");

        PublishReport fromB = new Publisher(b.workspace, store).publish();

        assertThat(filled).isBetween(1L, 6L);
        assertThat(count(at, "SELECT COUNT(DISTINCT month) FROM sale_day")).isEqualTo(24);
        assertThat(fromB.linesStored()).isEqualTo(300);
        assertThat(fromB.duplicates()).isEqualTo(6);
        assertThat(count(at, "SELECT SUM(rows) FROM sale_day")).isEqualTo(300);
        assertThat(count(at, "SELECT SUM(rows) FROM sale_pc_month")).isEqualTo(300);
        assertThat(count(at, "SELECT SUM(amount_e4) FROM sale_pc_month")).isEqualTo(count(at, "SELECT SUM(amount_e4) FROM sale WHERE hold = 0"));
        String added = rollups(at);
        count(at, "SELECT 1 FROM (SELECT national_refresh(ARRAY(SELECT DISTINCT month FROM sale))) r");
        assertThat(rollups(at)).isEqualTo(added);
        assertThat(total(store.workspace())).isEqualTo(total(b.workspace));
    }

    static void plantLineKey(Workspace ws, long lineKey, String... orders) throws SQLException {
        try (Connection c = ws.connect(); Statement s = c.createStatement()) {
            int n = s.executeUpdate("UPDATE sale SET line_key = " + lineKey + " WHERE order_id IN ('" + String.join("', '", orders) + "')");
            assertThat(n).isEqualTo(orders.length);
        }
    }

    @Test
    void keysSharingALineKeyAreOwnedApartAndTheirDuplicatesAndUndoFollowTheWholeKey() throws Exception {
        ServerAddress at = NationalServers.newDatabase();
        // orders 0..9 in a's file, 5..14 in b's: 5 lines in both
        TestWorkspace a = workspace(dir.resolve("a"), SalesFiles.write(dir.resolve("a.csv"), "N", 0, 10, SalesFiles.SOUTH, 7));
        TestWorkspace b = workspace(dir.resolve("b"), SalesFiles.write(dir.resolve("b.csv"), "N", 5, 10, SalesFiles.SOUTH, 7));
        // orders 5, 6 and 7 (in both files) and 12 (in b's only) share one line_key
        plantLineKey(a.workspace, 4242, "N000005", "N000006", "N000007");
        plantLineKey(b.workspace, 4242, "N000005", "N000006", "N000007", "N000012");
        NationalStore store = NationalStore.open(at);

        PublishReport fromA = new Publisher(a.workspace, store).publish();

        assertThat(fromA.linesStored()).isEqualTo(10);
        assertThat(fromA.duplicates()).isZero();
        assertThat(count(at, "SELECT COUNT(*) FROM sale WHERE hold = 0")).isEqualTo(10);
        // order 5, the first with that line_key, holds it; 6 and 7 own their whole keys in line_owner_clash
        assertThat(count(at, "SELECT COUNT(*) FROM line_owner")).isEqualTo(8);
        assertThat(count(at, "SELECT COUNT(*) FROM line_owner WHERE line_key = 4242 AND order_id = 'N000005'")).isEqualTo(1);
        assertThat(count(at, "SELECT COUNT(*) FROM line_owner_clash WHERE line_key = 4242 AND order_id IN ('N000006', 'N000007')")).isEqualTo(2);

        PublishReport fromB = new Publisher(b.workspace, store).publish();

        // b's orders 5..9 are a's lines again, each held as the duplicate of a's line of its own order; 12 counts
        assertThat(fromB.linesStored()).isEqualTo(10);
        assertThat(fromB.duplicates()).isEqualTo(5);
        assertThat(count(at, "SELECT COUNT(*) FROM sale d JOIN sale o ON o.id = d.dup_of WHERE d.hold = 1 AND o.hold = 0 "
                + "AND o.order_id = d.order_id AND o.batch_id <> d.batch_id")).isEqualTo(5);
        assertThat(count(at, "SELECT COUNT(*) FROM sale WHERE hold = 0")).isEqualTo(15);
        assertThat(count(at, "SELECT COUNT(*) FROM line_owner_clash WHERE order_id = 'N000012'")).isEqualTo(1);
        TestWorkspace both = workspace(dir.resolve("both"), dir.resolve("a.csv"), dir.resolve("b.csv"));
        assertThat(total(store.workspace())).isEqualTo(total(both.workspace));

        // a undoes its batch: b's duplicates take a's keys over, each in the table a's line owned it in
        a.imports.undo(1);
        PublishReport undo = new Publisher(a.workspace, store).publish();

        assertThat(undo.linesRemoved()).isEqualTo(10);
        assertThat(count(at, "SELECT COUNT(*) FROM sale WHERE hold = 0")).isEqualTo(10);
        assertThat(total(store.workspace())).isEqualTo(total(b.workspace));
        String owners = "SELECT COUNT(*) FROM %s o JOIN sale s ON s.id = o.sale_id AND s.batch_id = o.batch_id AND s.line_key = o.line_key "
                + "AND s.order_id = o.order_id AND s.hold = 0";
        assertThat(count(at, "SELECT COUNT(*) FROM line_owner")).isEqualTo(7);
        assertThat(count(at, owners.formatted("line_owner"))).isEqualTo(7);
        assertThat(count(at, "SELECT COUNT(*) FROM line_owner_clash")).isEqualTo(3);
        assertThat(count(at, owners.formatted("line_owner_clash"))).isEqualTo(3);
        assertThat(count(at, "SELECT COUNT(*) FROM line_owner WHERE line_key = 4242 AND order_id = 'N000005'")).isEqualTo(1);

        // b's lines and one more, from a third analyst: every one of b's lines is a duplicate of b's own
        TestWorkspace c = workspace(dir.resolve("c"), SalesFiles.write(dir.resolve("c.csv"), "N", 5, 11, SalesFiles.SOUTH, 7));
        plantLineKey(c.workspace, 4242, "N000005", "N000006", "N000007", "N000012");
        PublishReport fromC = new Publisher(c.workspace, store).publish();
        assertThat(fromC.linesStored()).isEqualTo(11);
        assertThat(fromC.duplicates()).isEqualTo(10);
        assertThat(count(at, "SELECT COUNT(*) FROM sale d JOIN sale o ON o.id = d.dup_of WHERE d.hold = 1 AND o.hold = 0 "
                + "AND o.order_id = d.order_id AND o.batch_id <> d.batch_id")).isEqualTo(10);
        assertThat(count(at, "SELECT COUNT(*) FROM sale WHERE hold = 0")).isEqualTo(11);
    }

    @Test
    void migratingAStoreKeepsEachLineKeysFirstOwnerAndMovesTheOthersToTheClashTable() throws Exception {
        ServerAddress at = NationalServers.newDatabase();
        Flyway.configure().dataSource(at.jdbcUrl(), at.user(), at.password()).locations("classpath:db/national").target("7").load().migrate();
        // V7's line_owner, keyed by the whole key: three keys sharing line_key 7, one of their own
        NationalServers.superuser(at, "INSERT INTO line_owner (line_key, channel_id, order_id, product_id, line_no, sale_id, batch_id) VALUES "
                + "(7, 1, 'B', 1, 1, 11, 1), (7, 1, 'A', 1, 1, 10, 1), (7, 2, 'A', 1, 1, 12, 2), (8, 1, 'C', 1, 1, 13, 2)");

        NationalStore.open(at);

        assertThat(count(at, "SELECT COUNT(*) FROM line_owner")).isEqualTo(2);
        assertThat(count(at, "SELECT sale_id FROM line_owner WHERE line_key = 7")).isEqualTo(10);
        assertThat(count(at, "SELECT COUNT(*) FROM line_owner_clash")).isEqualTo(2);
        assertThat(count(at, "SELECT COUNT(*) FROM line_owner_clash WHERE line_key = 7 AND sale_id IN (11, 12)")).isEqualTo(2);
    }

    @Test
    void everyPublishIsAuditedOnBothSides() throws Exception {
        ServerAddress at = NationalServers.newDatabase();
        TestWorkspace a = workspace(dir.resolve("a"), SalesFiles.write(dir.resolve("a.csv"), "N", 0, 50, SalesFiles.SOUTH, 3));
        NationalStore store = NationalStore.open(at);
        new Publisher(a.workspace, store).publish();

        assertThat(count(at, "SELECT COUNT(*) FROM audit_log WHERE action = 'publish' AND who = 'postgres' "
                + "AND detail LIKE '1 new batches (50 lines, 0 held as duplicates)%'")).isEqualTo(1);
        try (Connection c = a.workspace.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT subject, detail FROM audit_log WHERE action = 'publish'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(at.display());
            assertThat(rs.getString(2)).startsWith("1 new batches (50 lines");
            assertThat(rs.next()).isFalse();
        }
    }
}
