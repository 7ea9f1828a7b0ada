package org.salestrack.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the sale_day rollup equal to the counted sale lines (hold = 0, status paid). Changes are applied
 * as deltas of the lines that changed, inside the same transaction as the change itself. The orders rollup
 * (sale_order_month: counted lines per month and order, whose triggers keep order_month's orders per month
 * and channel: V211) takes the same deltas.
 */
public final class Rollups {
    private static final String GROUP = "sale_date, channel_id, COALESCE(store_id, 0), COALESCE(dealer_id, 0), region_id, product_id";
    private static final String COUNTED = CountedSale.where("");
    /** An order's key within its channel, as {@link CountedSale#ORDERS} counts it: a line without an order id is its own order. */
    private static final String ORDER_KEY = orderKey("");
    private static final String PAID = "s.status = '" + org.salestrack.model.SaleStatus.PAID.id() + "'";
    private static final String DAY_COLUMNS = "sale_date, channel_id, store_id, dealer_id, region_id, product_id, rows, qty, amount_e4, margin_e4";
    private static final String DAY_UPSERT = " ON CONFLICT(sale_date, channel_id, store_id, dealer_id, region_id, product_id) DO UPDATE SET "
            + "rows = rows + excluded.rows, qty = qty + excluded.qty, amount_e4 = amount_e4 + excluded.amount_e4, "
            + "margin_e4 = margin_e4 + excluded.margin_e4";
    /** V65's triggers that journal an upsert into sale_day (the delete trigger stays in place on every path) */
    private static final List<String> JOURNAL_UPSERT_TRIGGERS = List.of("sale_day_change_insert", "sale_day_change_update", "sale_day_change_move");
    private static final Logger LOG = LoggerFactory.getLogger(Rollups.class);
    /** V210's partial index of the held lines (hold = 2), with every column of a sale_day cell, cell by cell */
    private static final String HELD_INDEX = "ix_sale_held";

    private Rollups() {}

    private static String orderKey(String alias) {
        return "COALESCE(" + alias + "order_id, '#' || " + alias + "id)";
    }

    /** Adds (sign 1) or removes (sign -1) the counted lines matching {@code where} from the rollup. */
    public static void apply(Connection c, String where, Object[] args, int sign) throws SQLException {
        applyOrders(c, where, args, sign);
        String sql = "INSERT INTO sale_day(" + DAY_COLUMNS + ") SELECT " + GROUP + ", " + sign + " * COUNT(*), " + sign + " * SUM(qty), "
                + sign + " * SUM(amount_e4), " + sign + " * SUM(COALESCE(margin_e4, 0)) FROM sale WHERE " + COUNTED + " AND (" + where + ") GROUP BY "
                + GROUP + DAY_UPSERT;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
            ps.executeUpdate();
        }
        if (sign < 0) {
            // only the days of the lines taken out can hold an emptied group: seek those days instead of
            // reading all of sale_day (seconds on 10M lines, for every undo and review)
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM sale_day WHERE sale_date IN (SELECT DISTINCT sale_date FROM sale WHERE "
                    + COUNTED + " AND (" + where + ")) AND rows = 0")) {
                for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
                ps.executeUpdate();
            }
        }
    }

    /**
     * Moves the paid lines of a hold change of millions of lines into (sign 1) or out of (sign -1) the rollups, read
     * while they are held: the lines entering the totals before their hold is lifted, the lines leaving them once it is
     * set. {@code lines} is a table of line ids (column id, its INTEGER PRIMARY KEY, alias n); {@code held} selects from
     * it the moving lines that are held now (hold = 2), {@code other} the moving lines that are not. The caller vouches
     * for both.
     * <p>
     * SQLite's sort of millions of rows was most of the cost (grouping 5.3M lines by sale_day's key: 15-18 s of 30-40 s),
     * so nothing here sorts. The held lines are read from V210's held-lines index, which has every column of a cell and
     * lists them cell by cell; when every held line moves (a first validation, the review of a whole rule) the index is
     * read whole without looking each line up. Each line's own values go into sale_day_change, as the journal rows
     * V65's triggers would have written for the change (CubeDeltas sums them per cell), and sale_day takes those rows as
     * one upsert with its insert and update triggers set aside: in the index's order the cells come nearly in sale_day's
     * own. A cell the change empties is deleted with the delete trigger in place, as on the ordinary path. The orders
     * take the lines one by one with V211's triggers set aside (no grouping either: 8 s for 5.3M lines against 15-18 s
     * grouped first) and order_month is counted again for the months touched.
     * <p>
     * The statements of millions of rows here and in the bulk hold change are OR FAIL: an ABORT statement inside a
     * transaction keeps a statement journal, a copy of every page it changes so that it alone can be undone (in memory, as
     * temp files are), and a failure here rolls the whole transaction back anyway. On the 10M-line workspace the hold
     * change of 5.3M lines after a review's 5.3M findings took 21.9 s with the journal and 13.0 s without it.
     * <p>
     * Lines leaving the totals that were not held come from {@code lines} in line order, not cell by cell; when they
     * outnumber half of sale_day's cells (a whole rule's findings rejected), sale_day is summed again from the lines still
     * counted instead ({@link #quickerToSumAgain}), and the cube builds its rollups again.
     */
    public static void moveInBulk(Connection c, String lines, String held, String other, int sign) throws SQLException {
        if (sign < 0 && quickerToSumAgain(c, lines, other)) {
            sumDayAgain(c);
            moveOrdersInBulk(c, lines, "(" + held + ") OR (" + other + ")", sign, orderMonths(c));
            return;
        }
        long t0 = System.nanoTime();
        long from = one(c, "SELECT COALESCE(MAX(rowid), 0) FROM sale_day_change");
        // a workspace without the index (none is made without it; a repair might drop it) reads the same lines from the table
        String heldLines = one(c, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = '" + HELD_INDEX + "'") == 1
                ? "sale s INDEXED BY " + HELD_INDEX : "sale s";
        boolean wholeIndex = one(c, "SELECT COUNT(*) FROM " + lines + " n WHERE " + held) == one(c, "SELECT COUNT(*) FROM " + heldLines
                + " WHERE s.hold = 2");
        String values = "s.sale_date, s.channel_id, COALESCE(s.store_id, 0), COALESCE(s.dealer_id, 0), s.region_id, s.product_id, " + sign + ", "
                + sign + " * s.qty, " + sign + " * s.amount_e4, " + sign + " * COALESCE(s.margin_e4, 0)";
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT OR FAIL INTO sale_day_change(" + DAY_COLUMNS + ") SELECT " + values + " FROM " + heldLines
                    + (wholeIndex ? " WHERE " : " CROSS JOIN " + lines + " n ON n.id = s.id WHERE (" + held + ") AND ")
                    + "s.hold = 2 AND " + PAID);
            s.executeUpdate("INSERT OR FAIL INTO sale_day_change(" + DAY_COLUMNS + ") SELECT " + values + " FROM " + lines + " n CROSS JOIN sale s "
                    + "ON s.id = n.id WHERE (" + other + ") AND " + PAID);
        }
        long to = one(c, "SELECT COALESCE(MAX(rowid), 0) FROM sale_day_change");
        if (to == from) return;
        String change = " FROM sale_day_change WHERE rowid BETWEEN " + (from + 1) + " AND " + to;
        long t1 = System.nanoTime();
        Map<String, String> triggers = setAside(c, "sale_day", JOURNAL_UPSERT_TRIGGERS);
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT OR FAIL INTO sale_day(" + DAY_COLUMNS + ") SELECT " + DAY_COLUMNS + change + " ORDER BY rowid" + DAY_UPSERT);
        }
        SetAside.restore(c, triggers.values());
        long t2 = System.nanoTime();
        if (sign < 0) {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM sale_day WHERE sale_date IN (SELECT DISTINCT sale_date" + change + ") AND rows = 0");
            }
        }
        long t3 = System.nanoTime();
        List<String> months = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT DISTINCT substr(sale_date, 1, 7)" + change)) {
            while (rs.next()) months.add(rs.getString(1));
        }
        moveOrdersInBulk(c, lines, "(" + held + ") OR (" + other + ")", sign, months);
        LOG.debug("rollup in bulk, sign {}: {} lines{}; into the journal {} ms, sale_day upsert {} ms, emptied cells {} ms, orders {} ms", sign,
                to - from, wholeIndex ? " (every held line)" : "", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000,
                (System.nanoTime() - t3) / 1_000_000);
    }

    /**
     * Whether summing sale_day again from the counted lines is quicker than taking the lines that were not held out of it
     * one by one. Those come in line order, not in sale_day's: on the 10M-line workspace 5.3M of them took 33-44 s (the
     * journal, the upsert in random order, the emptied cells), where grouping the 4.7M lines still counted took 20 s. The
     * one-by-one cost per line is about that of two cells summed again.
     */
    private static boolean quickerToSumAgain(Connection c, String lines, String other) throws SQLException {
        long leaving = one(c, "SELECT COUNT(*) FROM " + lines + " n WHERE " + other);
        return leaving > 0 && leaving * 2 >= one(c, "SELECT COUNT(*) FROM sale_day");
    }

    /**
     * sale_day summed again from the counted lines, in its own key order, with its journal's triggers set aside: the
     * change is then no set of deltas, so the cube is told to build its rollups again (an empty cube_state, as a
     * migration that changes what they count leaves it).
     */
    private static void sumDayAgain(Connection c) throws SQLException {
        long t0 = System.nanoTime();
        Map<String, String> triggers = setAside(c, "sale_day", null);
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM sale_day");
            s.executeUpdate("INSERT OR FAIL INTO sale_day(" + DAY_COLUMNS + ") SELECT " + GROUP + ", COUNT(*), SUM(qty), SUM(amount_e4), "
                    + "SUM(COALESCE(margin_e4, 0)) FROM sale WHERE " + COUNTED + " GROUP BY " + GROUP);
            s.executeUpdate("DELETE FROM cube_state");
        }
        SetAside.restore(c, triggers.values());
        LOG.debug("sale_day summed again from the counted lines in {} ms; the cube is to build its rollups again", (System.nanoTime() - t0) / 1_000_000);
    }

    /** Every month with orders counted. */
    private static List<String> orderMonths(Connection c) throws SQLException {
        List<String> months = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT DISTINCT month FROM order_month")) {
            while (rs.next()) months.add(rs.getString(1));
        }
        return months;
    }

    private static long one(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Sets aside the triggers of {@code table} named in {@code names} (all when null); returns them for {@link SetAside#restore}. */
    private static Map<String, String> setAside(Connection c, String table, List<String> names) throws SQLException {
        Map<String, String> triggers = SetAside.of(c, "trigger", table);
        if (names != null) triggers.keySet().retainAll(names);
        return SetAside.drop(c, "trigger", triggers);
    }

    /**
     * Adds (sign 1) or removes (sign -1) the counted lines matching {@code where} from the orders rollup only: an
     * import sums its sale_day change as it stores the lines, and adds its orders with this once they are stored.
     */
    public static void applyOrders(Connection c, String where, Object[] args, int sign) throws SQLException {
        String sql = "INSERT INTO sale_order_month(month, channel_id, order_key, lines) SELECT substr(sale_date, 1, 7) AS m, channel_id, "
                + ORDER_KEY + " AS k, " + sign + " * COUNT(*) FROM sale WHERE " + COUNTED + " AND (" + where + ") GROUP BY m, channel_id, k "
                + "ON CONFLICT(month, channel_id, order_key) DO UPDATE SET lines = lines + excluded.lines";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
            ps.executeUpdate();
        }
    }

    /**
     * The orders' part of {@link #moveInBulk}: the paid lines of {@code lines} (alias n) that {@code which} selects, with
     * the triggers of sale_order_month set aside, in the caller's transaction, and order_month counted again for
     * {@code months}, the months of the lines; the triggers come back from their own definitions. Without the triggers the
     * lines need no grouping: each adds its own 1 or -1 to its order's row, in the lines' order, which is close to the
     * orders' own on an import.
     */
    private static void moveOrdersInBulk(Connection c, String lines, String which, int sign, List<String> months) throws SQLException {
        if (months.isEmpty()) return;
        Map<String, String> triggers = setAside(c, "sale_order_month", null);
        long t0 = System.nanoTime();
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT OR FAIL INTO sale_order_month(month, channel_id, order_key, lines) SELECT substr(s.sale_date, 1, 7), s.channel_id, "
                    + orderKey("s.") + ", " + sign + " FROM " + lines + " n CROSS JOIN sale s ON s.id = n.id WHERE (" + which
                    + ") AND " + PAID + " ON CONFLICT(month, channel_id, order_key) DO UPDATE SET lines = lines + excluded.lines");
        }
        long t1 = System.nanoTime();
        try (PreparedStatement clear = c.prepareStatement("DELETE FROM order_month WHERE month = ?");
             PreparedStatement count = c.prepareStatement("INSERT INTO order_month(month, channel_id, orders) SELECT month, channel_id, "
                     + "SUM(lines <> 0) FROM sale_order_month WHERE month = ? GROUP BY month, channel_id")) {
            for (String m : months) {
                clear.setString(1, m);
                clear.executeUpdate();
                count.setString(1, m);
                count.executeUpdate();
            }
        }
        SetAside.restore(c, triggers.values());
        LOG.debug("orders in bulk: lines per order {} ms, orders of {} months counted again {} ms", (t1 - t0) / 1_000_000, months.size(),
                (System.nanoTime() - t1) / 1_000_000);
    }

    /** Rebuilds the whole rollup from the fact table (repair, or after a bulk change). */
    public static void rebuild(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM sale_day");
            s.executeUpdate("DELETE FROM sale_order_month");
            s.executeUpdate("DELETE FROM order_month");
        }
        apply(c, "1 = 1", new Object[0], 1);
    }
}
