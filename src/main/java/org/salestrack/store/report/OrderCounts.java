package org.salestrack.store.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;

/**
 * Orders of counted sales per month and channel: an order is counted once however many lines it has, keyed
 * by channel and order id, as {@link CountedSales#ORDERS} does. Read from the orders rollup (order_month,
 * V211) in a workspace file, or counted by {@link LinePass} from the lines of the national store.
 */
public final class OrderCounts {
    private final Map<YearMonth, Map<Long, Long>> byMonth;

    OrderCounts(Map<YearMonth, Map<Long, Long>> byMonth) { this.byMonth = byMonth; }

    /**
     * The orders of the months from the rollup: an order belongs to one channel, so a month's channels add up to
     * its orders exactly (an order with lines in two months counts in each, as a COUNT(DISTINCT) per month does).
     */
    public static OrderCounts read(Workspace workspace, List<YearMonth> months) {
        Map<YearMonth, Map<Long, Long>> byMonth = new HashMap<>();
        if (months.isEmpty()) return new OrderCounts(byMonth);
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT month, channel_id, orders FROM order_month WHERE month >= ? AND month <= ? AND orders <> 0")) {
            MonthSpan.bindMonths(ps, months);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) byMonth.computeIfAbsent(YearMonth.parse(rs.getString(1)), k -> new HashMap<>()).put(rs.getLong(2), rs.getLong(3));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the orders by month", e);
        }
        return new OrderCounts(byMonth);
    }

    public static OrderCounts none() { return new OrderCounts(Map.of()); }

    public long month(YearMonth m) {
        long n = 0;
        for (long v : byMonth.getOrDefault(m, Map.of()).values()) n += v;
        return n;
    }

    /** The orders of the months together: each month's, added (see {@link #read}). */
    public long months(List<YearMonth> months) {
        long n = 0;
        for (YearMonth m : months) n += month(m);
        return n;
    }

    public long channel(YearMonth m, long channelId) { return byMonth.getOrDefault(m, Map.of()).getOrDefault(channelId, 0L); }
}
