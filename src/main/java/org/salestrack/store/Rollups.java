package org.salestrack.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

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
    private static final String ORDER_KEY = "COALESCE(order_id, '#' || id)";

    private Rollups() {}

    /** Adds (sign 1) or removes (sign -1) the counted lines matching {@code where} from the rollup. */
    public static void apply(Connection c, String where, Object[] args, int sign) throws SQLException {
        apply(c, where, args, sign, false);
    }

    /**
     * {@link #apply}; {@code bulk} for millions of lines (a review of a whole rule): the orders per month and channel are
     * then counted again for the months touched instead of moved order by order by V211's triggers, which ran two
     * statements for every order crossing zero (4-6 s of a 5M-line hold change's 34-50 s of rollup deltas).
     */
    public static void apply(Connection c, String where, Object[] args, int sign, boolean bulk) throws SQLException {
        if (bulk) applyOrdersInBulk(c, where, args, sign); else applyOrders(c, where, args, sign);
        String sql = "INSERT INTO sale_day(sale_date, channel_id, store_id, dealer_id, region_id, product_id, rows, qty, amount_e4, margin_e4) "
                + "SELECT " + GROUP + ", " + sign + " * COUNT(*), " + sign + " * SUM(qty), " + sign + " * SUM(amount_e4), "
                + sign + " * SUM(COALESCE(margin_e4, 0)) FROM sale WHERE " + COUNTED + " AND (" + where + ") GROUP BY " + GROUP
                + " ON CONFLICT(sale_date, channel_id, store_id, dealer_id, region_id, product_id) DO UPDATE SET "
                + "rows = rows + excluded.rows, qty = qty + excluded.qty, amount_e4 = amount_e4 + excluded.amount_e4, "
                + "margin_e4 = margin_e4 + excluded.margin_e4";
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
     * {@link #applyOrders} with the triggers of sale_order_month set aside, in the caller's transaction, and order_month
     * counted again for the months of the lines; the triggers come back from their own definitions.
     */
    private static void applyOrdersInBulk(Connection c, String where, Object[] args, int sign) throws SQLException {
        java.util.List<String> months = new java.util.ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT substr(sale_date, 1, 7) FROM sale WHERE " + COUNTED + " AND (" + where + ")")) {
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) months.add(rs.getString(1));
            }
        }
        if (months.isEmpty()) return;
        java.util.Map<String, String> triggers = new java.util.LinkedHashMap<>();
        try (Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'sale_order_month' ORDER BY name")) {
            while (rs.next()) triggers.put(rs.getString(1), rs.getString(2));
        }
        try (Statement s = c.createStatement()) {
            for (String name : triggers.keySet()) s.execute("DROP TRIGGER \"" + name + "\"");
        }
        applyOrders(c, where, args, sign);
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
        try (Statement s = c.createStatement()) {
            for (String sql : triggers.values()) s.execute(sql);
        }
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
