package org.salestrack.store.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.salestrack.store.Interrupt;
import org.salestrack.model.SaleStatus;
import org.salestrack.store.CountedSale;
import org.salestrack.store.LongSet;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;

/**
 * The one read of every sale line a workbook makes besides its detail, on the national store (a workspace file
 * reads its orders from the rollup, {@link OrderCounts#read}, and its held lines alone from their index).
 * Orders (an order counts once however many lines it has) per month and channel, and per batch the lines
 * kept out of the totals. A SQL COUNT(DISTINCT) sorted millions of order keys in a temporary B-tree; here
 * each month keeps a set of 64-bit keys of (channel, order id), a line without an order id being its own
 * order. Two order ids share a key with odds of about one in 10^12 for a month of a million orders.
 */
public final class LinePass {
    private static final int CHECK_EVERY = 1 << 16;

    private final Map<YearMonth, Map<Long, Long>> orders = new HashMap<>();
    private final Map<Long, long[]> held = new HashMap<>();

    private LinePass() {}

    /**
     * @param months the months whose orders are counted (empty for none)
     * @param keptOut whether to total the held lines by batch
     */
    public static LinePass read(Workspace workspace, List<YearMonth> months, boolean keptOut, Cancellation cancel) {
        LinePass pass = new LinePass();
        if (months.isEmpty() && !keptOut) return pass;
        if (months.isEmpty()) return heldOnly(workspace, pass, cancel);
        String counted = months.isEmpty() ? "1 = 0" : "(" + CountedSale.where("") + " AND sale_date >= ? AND sale_date <= ?)";
        String sql = "SELECT sale_date, channel_id, order_id, id, hold, status, batch_id, amount_e4 FROM sale WHERE " + counted
                + (keptOut ? " OR hold <> 0" : "");
        Map<YearMonth, LongSet> seen = new HashMap<>();
        try (Connection c = workspace.connect()) {
            Interrupt.on(c, cancel);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (!months.isEmpty()) MonthSpan.bind(ps, months);
                ps.setFetchSize(10_000);
                try (ResultSet rs = ps.executeQuery()) {
                    long n = 0;
                    while (rs.next()) {
                        if ((++n & (CHECK_EVERY - 1)) == 0) cancel.check();
                        int hold = rs.getInt(5);
                        if (hold != 0) {
                            long[] h = pass.held.computeIfAbsent(rs.getLong(7), k -> new long[3]);
                            if (hold == 1) h[2]++;
                            else if (hold == 2 || hold == 3) {
                                h[0]++;
                                h[1] += rs.getLong(8);
                            }
                            continue;
                        }
                        if (months.isEmpty() || !SaleStatus.PAID.id().equals(rs.getString(6))) continue;
                        String date = rs.getString(1);
                        YearMonth m = YearMonth.of(Integer.parseInt(date.substring(0, 4)), Integer.parseInt(date.substring(5, 7)));
                        long channel = rs.getLong(2);
                        String order = rs.getString(3);
                        long key = order == null ? mix(rs.getLong(4) * 0x9E3779B97F4A7C15L + 0x5bd1e995L) : key(order);
                        if (seen.computeIfAbsent(m, k -> new LongSet()).add(mix(key ^ channel * 0xC2B2AE3D27D4EB4FL))) {
                            pass.orders.computeIfAbsent(m, k -> new HashMap<>()).merge(channel, 1L, Long::sum);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw Interrupt.failure(e, cancel, "cannot read the sale lines");
        }
        cancel.check();
        return pass;
    }

    /** The held lines alone, by batch, from the index of held lines (ix_sale_kept_out, V212) rather than every line. */
    private static LinePass heldOnly(Workspace workspace, LinePass pass, Cancellation cancel) {
        try (Connection c = workspace.connect()) {
            Interrupt.on(c, cancel);
            try (PreparedStatement ps = c.prepareStatement("SELECT batch_id, hold, COUNT(*), SUM(amount_e4) FROM sale WHERE hold <> 0 "
                    + "GROUP BY batch_id, hold"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long[] h = pass.held.computeIfAbsent(rs.getLong(1), k -> new long[3]);
                    int hold = rs.getInt(2);
                    if (hold == 1) h[2] += rs.getLong(3);
                    else if (hold == 2 || hold == 3) {
                        h[0] += rs.getLong(3);
                        h[1] += rs.getLong(4);
                    }
                }
            }
        } catch (SQLException e) {
            throw Interrupt.failure(e, cancel, "cannot read the held lines");
        }
        cancel.check();
        return pass;
    }

    /** 64 bits from two independent 32-bit hashes of the order id (String's own and FNV-1a). */
    private static long key(String s) {
        int fnv = 0x811C9DC5;
        for (int i = 0; i < s.length(); i++) fnv = (fnv ^ s.charAt(i)) * 0x01000193;
        return ((long) s.hashCode() << 32) ^ (fnv & 0xFFFFFFFFL);
    }

    /** A full 64-bit mix (SplitMix64's finaliser), so the set's probe spreads keys evenly. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public OrderCounts orders() { return new OrderCounts(orders); }

    /** Per batch id: lines held by a rule or rejected on review, their amount in e4, and duplicate lines. */
    public Map<Long, long[]> heldByBatch() { return held; }
}
