package org.salestrack.store.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.model.IssueFilter;
import org.salestrack.model.IssueStatus;
import org.salestrack.model.RuleHit;
import org.salestrack.model.Severity;
import org.salestrack.store.Workspace;
import org.salestrack.ui.TestWorkspace;

/**
 * A review or run that moves many lines in or out of the totals builds the indexes that carry hold again around the
 * update instead of moving their entries one by one: the indexes come back as they were defined, hold what the lines
 * say, and the rollup follows the lines exactly as on the ordinary path.
 */
class HoldReindexTest {
    @TempDir Path dir;

    @AfterEach
    void restore() { HoldState.reindexAbove = 500_000; }

    private static Map<String, String> saleIndexes(Connection c) throws Exception {
        return definitions(c, "index", "sale");
    }

    /** The definitions of {@code table}'s objects of {@code type} (index, trigger) by name, those SQLite makes itself left out. */
    static Map<String, String> definitions(Connection c, String type, String table) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = '" + type + "' "
                + "AND tbl_name = '" + table + "' AND sql IS NOT NULL")) {
            while (rs.next()) out.put(rs.getString(1), rs.getString(2));
        }
        return out;
    }

    static long one(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long root(Connection c, String index) throws Exception {
        return one(c, "SELECT rootpage FROM sqlite_master WHERE name = '" + index + "'");
    }

    /** sale_day against the counted lines, cell by cell: the number of cells that differ. */
    static long rollupDrift(Connection c) throws Exception {
        return one(c, "SELECT COUNT(*) FROM (SELECT sale_date, channel_id, COALESCE(store_id, 0) st, COALESCE(dealer_id, 0) de, region_id, "
                + "product_id, COUNT(*) r, SUM(qty) q, SUM(amount_e4) a FROM sale WHERE hold = 0 AND status = 'paid' GROUP BY 1, 2, 3, 4, 5, 6 "
                + "EXCEPT SELECT sale_date, channel_id, store_id, dealer_id, region_id, product_id, rows, qty, amount_e4 FROM sale_day WHERE rows <> 0)")
                + one(c, "SELECT COUNT(*) FROM (SELECT sale_date, channel_id, store_id, dealer_id, region_id, product_id, rows, qty, amount_e4 "
                + "FROM sale_day WHERE rows <> 0 EXCEPT SELECT sale_date, channel_id, COALESCE(store_id, 0), COALESCE(dealer_id, 0), region_id, "
                + "product_id, COUNT(*), SUM(qty), SUM(amount_e4) FROM sale WHERE hold = 0 AND status = 'paid' GROUP BY 1, 2, 3, 4, 5, 6)");
    }

    /** order_month against the counted lines' orders per month and channel (a line without an order is its own): cells that differ. */
    static long ordersDrift(Connection c) throws Exception {
        String counted = "SELECT substr(sale_date, 1, 7) m, channel_id, COUNT(DISTINCT COALESCE(order_id, '#' || id)) n FROM sale "
                + "WHERE hold = 0 AND status = 'paid' GROUP BY 1, 2";
        String kept = "SELECT month, channel_id, orders FROM order_month WHERE orders <> 0";
        return one(c, "SELECT COUNT(*) FROM (" + counted + " EXCEPT " + kept + ")") + one(c, "SELECT COUNT(*) FROM (" + kept + " EXCEPT " + counted + ")");
    }

    private static Map<String, String> orderTriggers(Connection c) throws Exception {
        return definitions(c, "trigger", "sale_order_month");
    }

    @Test
    void holdingAndReleasingEveryLineRebuildsTheHoldIndexesAndKeepsTheTotalsExact() throws Exception {
        TestWorkspace t = TestWorkspace.create(dir, true);
        Workspace ws = t.workspace;
        HoldState.reindexAbove = 0;
        List<Long> rows = new ArrayList<>();
        long batch;
        long counted;
        Map<String, String> before;
        Map<String, String> triggers;
        List<Long> storeDayRoots;
        long countyRoot;
        long keptOutRoot;
        try (Connection c = ws.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, batch_id FROM sale ORDER BY id")) {
            long b = 0;
            while (rs.next()) {
                rows.add(rs.getLong(1));
                b = rs.getLong(2);
            }
            batch = b;
            counted = one(c, "SELECT COUNT(*) FROM sale WHERE hold = 0 AND status = 'paid'");
            before = saleIndexes(c);
            storeDayRoots = List.of(root(c, "ix_sale_store_day"), root(c, "ix_sale_store_rejected"));
            countyRoot = root(c, "ix_sale_county");
            keptOutRoot = root(c, "ix_sale_kept_out");
            assertEquals(0, one(c, "SELECT COUNT(*) FROM sale WHERE county IS NOT NULL"), "the fixture has no county: its index is empty");
            triggers = orderTriggers(c);
            assertEquals(3, triggers.size(), "V211's triggers keep order_month");
            assertTrue(one(c, "SELECT SUM(orders) FROM order_month") > 0);
        }
        assertTrue(rows.size() >= 50, "the fixture has lines");

        try (IssueStore.Writer w = new IssueStore(ws).writer(List.of(batch), "2026-12-06T00:00:00")) {
            for (long row : rows) w.add(new RuleHit("diversion", Severity.ERROR, RuleHit.SALE, row, batch, "sales-small.csv", 1, "held", true));
            w.finish(List.of());
        }
        try (Connection c = ws.connect()) {
            assertEquals(before, saleIndexes(c), "the indexes are defined as before");
            assertEquals(storeDayRoots, List.of(root(c, "ix_sale_store_day"), root(c, "ix_sale_store_rejected")),
                    "the store-day indexes carry no hold but the rejected lines': holding lines leaves them as they were");
            assertEquals(countyRoot, root(c, "ix_sale_county"), "an empty partial index that carries hold is left alone");
            assertEquals(keptOutRoot, root(c, "ix_sale_kept_out"), "the kept-out lines' index lists them in line order: kept, not built again");
            assertEquals(counted, one(c, "SELECT COUNT(*) FROM sale s INDEXED BY ix_sale_kept_out WHERE s.hold <> 0 AND s.hold = 2 AND s.status = 'paid'"),
                    "and it lists every held line");
            assertEquals(counted, one(c, "SELECT COUNT(*) FROM sale s INDEXED BY ix_sale_held WHERE s.hold = 2 AND s.status = 'paid' "
                    + "AND s.sale_date BETWEEN '0000-01-01' AND '9999-12-31'"), "every counted line is now held, and the index has them");
            assertEquals(0, one(c, "SELECT COUNT(*) FROM sale WHERE hold = 0 AND status = 'paid'"));
            assertEquals(0, rollupDrift(c));
            assertEquals(0, one(c, "SELECT SUM(orders) FROM order_month"), "no order is counted while every line is held");
            assertEquals(triggers, orderTriggers(c), "the orders' triggers are back as defined");
            assertEquals("ok", integrity(c));
        }

        new IssueStore(ws).reviewMatching(IssueFilter.all().withStatus(IssueStatus.OPEN), IssueStatus.ACCEPTED, "all fine", "2026-12-06T00:01:00");
        try (Connection c = ws.connect()) {
            assertEquals(before, saleIndexes(c));
            assertEquals(0, one(c, "SELECT COUNT(*) FROM sale s INDEXED BY ix_sale_held WHERE s.hold = 2 "
                    + "AND s.sale_date BETWEEN '0000-01-01' AND '9999-12-31'"));
            assertEquals(counted, one(c, "SELECT COUNT(*) FROM sale WHERE hold = 0 AND status = 'paid'"), "every line is counted again");
            assertEquals(0, rollupDrift(c));
            assertEquals(0, ordersDrift(c), "the orders per month and channel are counted again");
            assertEquals(triggers, orderTriggers(c));
            assertEquals(storeDayRoots, List.of(root(c, "ix_sale_store_day"), root(c, "ix_sale_store_rejected")));
            assertEquals(0, one(c, "SELECT COUNT(*) FROM sale s INDEXED BY ix_sale_kept_out WHERE s.hold <> 0 AND s.hold = 2"), "no line is held any longer");
            assertEquals("ok", integrity(c));
        }
    }

    @Test
    void rejectedLinesLeaveTheStoreWindowsThroughTheirOwnIndex() throws Exception {
        Workspace ws = TestWorkspace.create(dir, true).workspace;
        HoldState.reindexAbove = 0;
        long batch;
        long store;
        List<Long> rows = new ArrayList<>();
        try (Connection c = ws.connect()) {
            batch = one(c, "SELECT MAX(batch_id) FROM sale");
            store = one(c, "SELECT store_id FROM sale WHERE store_id IS NOT NULL AND batch_id = " + batch
                    + " GROUP BY store_id ORDER BY COUNT(*) DESC, store_id LIMIT 1");
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM sale WHERE store_id = " + store)) {
                while (rs.next()) rows.add(rs.getLong(1));
            }
        }
        assertTrue(rows.size() >= 2, "the busiest store has lines");
        String code = storeCode(ws, store);
        Map<String, String> before = windows(ws, batch);
        assertTrue(before.containsKey(code), "the store has a window");
        assertEquals(unitsBySql(ws, store), total(before.get(code)), "the window counts the store's counted units");

        try (IssueStore.Writer w = new IssueStore(ws).writer(List.of(batch), "2026-12-06T00:00:00")) {
            for (long row : rows) w.add(new RuleHit("diversion", Severity.ERROR, RuleHit.SALE, row, batch, "sales-small.csv", 1, "held", true));
            w.finish(List.of());
        }
        assertEquals(before, windows(ws, batch), "held lines still count in the store windows");
        new IssueStore(ws).reviewMatching(IssueFilter.all().withStatus(IssueStatus.OPEN), IssueStatus.REJECTED, "not ours", "2026-12-06T00:01:00");

        Map<String, String> after = windows(ws, batch);
        assertTrue(!after.containsKey(code), "every line of the store is rejected: no window");
        before.remove(code);
        assertEquals(before, after, "the other stores' windows are as they were");
        try (Connection c = ws.connect()) {
            assertEquals(rows.size(), one(c, "SELECT COUNT(*) FROM sale INDEXED BY ix_sale_store_rejected WHERE store_id IS NOT NULL AND hold = 3"),
                    "the rejected lines' index lists them");
            assertEquals("ok", integrity(c));
        }
    }

    private static Map<String, String> windows(Workspace ws, long batch) {
        Map<String, String> out = new TreeMap<>();
        for (BatchScope.StoreUnits u : new BatchScope(ws).storeWindows(List.of(batch), 28)) {
            out.put(u.store(), u.from() + " " + java.util.Arrays.toString(u.units()));
        }
        return out;
    }

    private static long total(String window) {
        long sum = 0;
        for (String n : window.substring(window.indexOf('[') + 1, window.indexOf(']')).split(",\\s*")) sum += Long.parseLong(n.strip());
        return sum;
    }

    private static String storeCode(Workspace ws, long store) throws Exception {
        try (Connection c = ws.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT code FROM store WHERE id = " + store)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** the store's paid units with a positive quantity, not rejected and not a duplicate, over every day (the fixture's batch is its history) */
    private static long unitsBySql(Workspace ws, long store) throws Exception {
        try (Connection c = ws.connect()) {
            return one(c, "SELECT COALESCE(SUM(qty), 0) FROM sale WHERE store_id = " + store + " AND hold <> 3 AND status = 'paid' AND qty > 0 AND dup_of IS NULL");
        }
    }

    private static String integrity(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void aHoldChangeBuildsAgainOnlyTheIndexesWhoseEntriesItWouldMoveOutOfOrder() throws Exception {
        Workspace ws = TestWorkspace.create(dir, true).workspace;
        try (Connection c = ws.connect()) {
            assertEquals(List.of("ix_sale_held"), builtAgain(c, 0, 2), "holding lines moves the held lines' index; the kept-out one lists "
                    + "them in line order and grows");
            assertEquals(List.of("ix_sale_store_rejected"), builtAgain(c, 0, 3), "rejecting them moves the rejected lines' index, not the held lines'");
            assertEquals(List.of("ix_sale_held", "ix_sale_kept_out"), builtAgain(c, 2, 0), "accepting held lines empties the kept-out index: "
                    + "built again, it is only a read of the lines");
        }
    }

    /** The names of the indexes a change of every counted line from hold {@code from} to {@code to} builds again, the change rolled back. */
    private static List<String> builtAgain(Connection c, int from, int to) throws Exception {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TEMP TABLE IF NOT EXISTS newhold(id INTEGER PRIMARY KEY, old INTEGER, new INTEGER)");
            s.executeUpdate("DELETE FROM temp.newhold");
            s.executeUpdate("INSERT INTO temp.newhold SELECT id, " + from + ", " + to + " FROM sale WHERE hold = 0");
            List<String> names = new ArrayList<>();
            for (String sql : HoldState.dropHoldIndexes(c)) names.add(sql.replaceFirst("(?is)^CREATE INDEX (\\w+) .*", "$1"));
            return names;
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    @Test
    void anIndexListsTheLinesInLineOrderWhenItsKeyGoesOnFromHoldToTheLineId() {
        assertTrue(HoldState.inLineOrder("CREATE INDEX ix_sale_kept_out ON sale(batch_id, hold, id, amount_e4) WHERE hold <> 0"));
        assertTrue(HoldState.inLineOrder("CREATE INDEX ix ON sale(hold,id)"));
        assertTrue(!HoldState.inLineOrder("CREATE INDEX ix_sale_kept_out ON sale(batch_id, hold, amount_e4) WHERE hold <> 0"), "V212's, by amount");
        assertTrue(!HoldState.inLineOrder("CREATE INDEX ix ON sale(hold, id_card)"));
        assertTrue(!HoldState.inLineOrder("CREATE INDEX ix ON sale(store_id, sale_date) WHERE hold = 3 AND id > 0"));
    }

    @Test
    void aPartialConditionIsReadFromTheDefinition() {
        assertEquals("hold = 2", HoldState.partialCondition("CREATE INDEX ix ON sale(sale_date, qty)\n    WHERE hold = 2"));
        assertEquals("store_id IS NOT NULL", HoldState.partialCondition("CREATE INDEX ix ON sale(store_id, sale_date) WHERE store_id IS NOT NULL"));
        assertEquals(null, HoldState.partialCondition("CREATE INDEX ix_sale_batch ON sale(batch_id)"));
    }
}
