package org.salestrack.store.cube;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.salestrack.model.Message;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds what changed in sale_day (sale_day_change, written by its triggers: V65) to every cube rollup: the
 * changes are summed per sale_day cell with the cell's province, category and series, then each rollup
 * takes them as one grouped upsert, and the cells a change emptied are removed. The work is proportional
 * to the batch, import or undo or review, not to the months it touched (issue 18: freshness).
 */
final class CubeDeltas {
    private static final String MEASURES = "rows, qty, amount_e4, margin_e4";

    /** Each rollup and its key columns, which temp.cube_change holds under the same names. */
    private record Target(String table, String columns) {}

    private static final Target[] TARGETS = {
        new Target("cube_day", "sale_date, province, channel_id, product_id"),
        new Target("cube_month", "month, province, channel_id, product_id"),
        new Target("cube_week", "week, province, channel_id, product_id"),
        new Target("cube_store_day", "sale_date, region_id, channel_id, store_id, dealer_id"),
        new Target("cube_store_month", "month, region_id, channel_id, store_id, dealer_id"),
        new Target("cube_store_week", "week, region_id, channel_id, store_id, dealer_id"),
        new Target("cube_pc_day", "sale_date, province, channel_id"),
        new Target("cube_pc_month", "month, province, channel_id"),
        new Target("cube_pc_week", "week, province, channel_id"),
        new Target("cube_cp_day", "sale_date, channel_id, product_id"),
        new Target("cube_cp_month", "month, channel_id, product_id"),
        new Target("cube_cp_week", "week, channel_id, product_id"),
        new Target("cube_pp_day", "sale_date, province, product_id"),
        new Target("cube_pp_month", "month, province, product_id"),
        new Target("cube_pp_week", "week, province, product_id"),
        new Target("cube_sp_month", "product_id, month, region_id, channel_id, store_id, dealer_id"),
        new Target("cube_ss_month", "category, month, series, region_id, channel_id, store_id, dealer_id"),
        new Target("cube_ss_week", "category, week, series, region_id, channel_id, store_id, dealer_id"),
    };

    private static final Logger LOG = LoggerFactory.getLogger(CubeDeltas.class);

    private CubeDeltas() {}

    /** Whether sale_day changed since the last refresh. */
    static boolean pending(Connection c) throws SQLException {
        return one(c, "SELECT EXISTS (SELECT 1 FROM sale_day_change)") == 1;
    }

    /**
     * Below this many pending changes the rollups always take them as deltas, whatever sale_day holds (tests lower it to
     * take the whole rebuild on a small workspace).
     */
    static volatile long wholeFrom = 200_000;
    /** How many sale_day cells a whole rebuild reads in the time one pending change takes (see {@link #quickerWhole}). */
    private static final long CHANGE_PER_CELL = 3;

    /**
     * Whether building every rollup again from sale_day is quicker than adding the pending changes. Each change cost
     * about four cells of a rebuild: after a whole rule rejected on the 10M-line workspace, adding its 5.3M changes took
     * 226 s (the 18 rollups each sort the 4.7M changed cells), building every rollup again from the 3.9M cells left 41-51 s
     * (sale_day read once, month by month, in its own order). Three is taken, so a close case keeps the deltas.
     */
    static boolean quickerWhole(Connection c) throws SQLException {
        long changes = one(c, "SELECT COUNT(*) FROM sale_day_change");
        if (changes < wholeFrom) return false;
        long cells = one(c, "SELECT COUNT(*) FROM sale_day");
        boolean whole = changes * CHANGE_PER_CELL >= cells;
        LOG.debug("{} pending changes against {} sale_day cells: {}", changes, cells, whole ? "every rollup built again" : "added as deltas");
        return whole;
    }

    private static long one(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Forgets the changes: a whole rebuild has read sale_day as it is now. */
    static void clear(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM sale_day_change");
        }
    }

    /**
     * Applies the pending changes to every rollup and forgets them; returns how many sale_day cells changed. Tells
     * {@code progress} of each rollup taken, in words: after a review that moved 5.3M lines on the 10M-line workspace
     * this ran for minutes.
     */
    static long apply(Connection c, Cancellation cancel, ProgressListener progress) throws SQLException {
        long t0 = System.nanoTime();
        long cells;
        int steps = TARGETS.length + 1;
        progress.progress(0, steps, Message.of("progress.rollups.changes"));
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DROP TABLE IF EXISTS temp.cube_change");
            s.executeUpdate("CREATE TEMP TABLE cube_change AS SELECT d.sale_date, substr(d.sale_date, 1, 7) AS month, "
                    + "date(d.sale_date, 'weekday 0', '-6 days') AS week, r.province, d.channel_id, d.store_id, d.dealer_id, d.region_id, "
                    + "d.product_id, COALESCE(p.category, '') AS category, COALESCE(p.series, '') AS series, "
                    + "SUM(d.rows) AS rows, SUM(d.qty) AS qty, SUM(d.amount_e4) AS amount_e4, SUM(d.margin_e4) AS margin_e4 "
                    + "FROM sale_day_change d JOIN region r ON r.id = d.region_id LEFT JOIN product p ON p.id = d.product_id "
                    + "GROUP BY d.sale_date, d.channel_id, d.store_id, d.dealer_id, d.region_id, d.product_id "
                    + "HAVING SUM(d.rows) <> 0 OR SUM(d.qty) <> 0 OR SUM(d.amount_e4) <> 0 OR SUM(d.margin_e4) <> 0");
        }
        cells = one(c, "SELECT COUNT(*) FROM temp.cube_change");
        String grouped = Message.grouped(cells);
        for (int i = 0; i < TARGETS.length; i++) {
            cancel.check();
            progress.progress(i + 1, steps, Message.of("progress.rollups.cells", grouped));
            upsert(c, TARGETS[i]);
        }
        clear(c);
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DROP TABLE temp.cube_change");
        }
        LOG.debug("{} changed sale_day cells added to the rollups in {} ms", cells, (System.nanoTime() - t0) / 1_000_000);
        return cells;
    }

    private static void upsert(Connection c, Target t) throws SQLException {
        String pk = t.columns();
        StringBuilder set = new StringBuilder();
        for (String m : MEASURES.split(", ")) set.append(set.length() == 0 ? "" : ", ").append(m).append(" = ").append(m).append(" + excluded.").append(m);
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO " + t.table() + "(" + pk + ", " + MEASURES + ") SELECT " + t.columns()
                    + ", SUM(rows), SUM(qty), SUM(amount_e4), SUM(margin_e4) FROM temp.cube_change GROUP BY " + t.columns()
                    + " ON CONFLICT(" + pk + ") DO UPDATE SET " + set);
        }
        removeEmptied(c, t);
    }

    /**
     * Removes the cells of {@code t} a change emptied. Only a cell some change took lines from can have been
     * emptied. In the rollups keyed by period first, the periods such a change touched are read; in those
     * keyed by product or category first (which would mean reading every month of a product) the emptied
     * cells are found by their whole key from the changes and deleted one by one by it (a row-value IN over
     * the table used only its first key column).
     */
    private static void removeEmptied(Connection c, Target t) throws SQLException {
        String[] cols = t.columns().split(", ");
        if (List.of("sale_date", "week", "month").contains(cols[0])) {
            // keyed by period first: each period a change took lines from is one seek and a short read
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM " + t.table() + " WHERE " + cols[0] + " IN (SELECT DISTINCT " + cols[0]
                        + " FROM temp.cube_change WHERE rows < 0) AND rows = 0");
            }
            return;
        }
        StringBuilder on = new StringBuilder();
        StringBuilder where = new StringBuilder();
        for (String col : cols) {
            on.append(on.length() == 0 ? "" : " AND ").append("t.").append(col).append(" = c.").append(col);
            where.append(col).append(" = ? AND ");
        }
        String find = "SELECT DISTINCT c." + t.columns().replace(", ", ", c.") + " FROM temp.cube_change c JOIN " + t.table() + " t ON " + on
                + " WHERE c.rows < 0 AND t.rows = 0";
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(find);
             PreparedStatement del = c.prepareStatement("DELETE FROM " + t.table() + " WHERE " + where + "rows = 0")) {
            int n = 0;
            while (rs.next()) {
                for (int i = 1; i <= cols.length; i++) del.setObject(i, rs.getObject(i));
                del.addBatch();
                if (++n % 5_000 == 0) del.executeBatch();
            }
            del.executeBatch();
        }
    }

}
