package org.salestrack.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The import's duplicate check: which lines of a new batch repeat a line stored before (DESIGN.md: counted once). */
final class SaleDuplicates {
    private static final String ROLLUP_COLUMNS = "sale_date, channel_id, store_id, dealer_id, region_id, product_id, qty, "
            + "amount_e4, margin_e4, status";

    private SaleDuplicates() {}

    /**
     * Holds every line of this batch whose key an earlier line has (in this file or any batch before),
     * pointing at the first line with that key, which is the one counted. Lines held in memory as repeats
     * within the file are checked field by field, so a hash collision is released again. The lines whose
     * hold changes here come back through RETURNING and correct the rollup change before it is written.
     */
    static long mark(Connection c, long batchId, boolean repeatsInFile, SaleDayDelta rollup) throws SQLException {
        // the earlier lines with the same key, found through sale_key; the fields decide, so a hash collision is no duplicate
        String earlier = " FROM sale_key k JOIN sale o ON o.id = k.sale_id WHERE k.line_key = sale.line_key AND k.sale_id < sale.id "
                + "AND o.channel_id = sale.channel_id AND o.order_id = sale.order_id AND o.product_id = sale.product_id "
                + "AND o.line_no = sale.line_no";
        String changed = " RETURNING " + ROLLUP_COLUMNS;
        long held = 0;
        if (repeatsInFile) {
            try (PreparedStatement link = c.prepareStatement("UPDATE sale SET dup_of = (SELECT MIN(o.id)" + earlier
                    + ") WHERE batch_id = ? AND hold = 1");
                 PreparedStatement release = c.prepareStatement("UPDATE sale SET hold = 0 WHERE batch_id = ? AND hold = 1 "
                         + "AND dup_of IS NULL" + changed)) {
                link.setLong(1, batchId);
                held = link.executeUpdate();
                release.setLong(1, batchId);
                held -= returned(release, rollup, 1);
            }
        }
        if (!otherSalesBatchesExist(c, batchId)) return held;
        // one join finds each new line's first earlier twin; a correlated EXISTS and MIN walked the keys twice
        try (PreparedStatement ps = c.prepareStatement("UPDATE sale SET hold = 1, dup_of = d.first FROM (SELECT n.id AS id, "
                + "MIN(o.id) AS first FROM sale n JOIN sale_key k ON k.line_key = n.line_key AND k.sale_id < n.id "
                + "JOIN sale o ON o.id = k.sale_id AND o.channel_id = n.channel_id AND o.order_id = n.order_id "
                + "AND o.product_id = n.product_id AND o.line_no = n.line_no "
                + "WHERE n.batch_id = ? AND n.hold = 0 AND n.line_key IS NOT NULL GROUP BY n.id) d WHERE sale.id = d.id" + changed)) {
            ps.setLong(1, batchId);
            return held + returned(ps, rollup, -1);
        }
    }

    /** Runs an UPDATE ... RETURNING, moving the lines it changed into or out of the rollup; returns how many. */
    private static long returned(PreparedStatement update, SaleDayDelta rollup, int sign) throws SQLException {
        try (ResultSet rs = update.executeQuery()) {
            return rollup.addReturned(rs, sign);
        }
    }

    /** Whether another stored batch holds sales lines at all: on a first import no line can repeat one. */
    private static boolean otherSalesBatchesExist(Connection c, long batchId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM import_batch WHERE id <> ? "
                + "AND kind = 'sales' AND status = 'stored')")) {
            ps.setLong(1, batchId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }
}
