package org.salestrack.store.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;

/**
 * Orders of counted sales per month and channel: an order is counted once however many lines it has, so
 * no rollup can sum it, and this is the one figure of the workbook's tables that reads the sale lines.
 * Read once for the trend's months and shared by the trend and the channel mix. Orders are keyed by
 * channel and order id (a line without an order id is its own order), as {@link CountedSales#ORDERS} does.
 */
public final class OrderCounts {
    private static final String SQL = "SELECT m, channel_id, COUNT(*) FROM (SELECT DISTINCT substr(sale_date, 1, 7) AS m, channel_id, "
            + "COALESCE(order_id, '#' || id) FROM sale WHERE hold = 0 AND status = 'paid' AND sale_date >= ? AND sale_date <= ?) "
            + "GROUP BY m, channel_id";

    private final Map<YearMonth, Map<Long, Long>> byMonth;

    private OrderCounts(Map<YearMonth, Map<Long, Long>> byMonth) { this.byMonth = byMonth; }

    public static OrderCounts none() { return new OrderCounts(Map.of()); }

    public static OrderCounts read(Workspace workspace, List<YearMonth> months, Cancellation cancel) {
        Map<YearMonth, Map<Long, Long>> out = new HashMap<>();
        if (months.isEmpty()) return new OrderCounts(out);
        try (Connection c = workspace.connect()) {
            try (Statement s = c.createStatement()) {
                // the distinct keys of a year of orders sort in memory rather than in a temp file
                s.execute("PRAGMA temp_store = MEMORY");
            }
            Interrupt.on(c, cancel);
            try (PreparedStatement ps = c.prepareStatement(SQL)) {
                Periods.bind(ps, months);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(YearMonth.parse(rs.getString(1)), k -> new HashMap<>()).put(rs.getLong(2), rs.getLong(3));
                    }
                }
            }
        } catch (SQLException e) {
            throw Interrupt.failure(e, cancel, "cannot count orders");
        }
        cancel.check();
        return new OrderCounts(out);
    }

    public long month(YearMonth m) {
        long n = 0;
        for (long v : byMonth.getOrDefault(m, Map.of()).values()) n += v;
        return n;
    }

    public long channel(YearMonth m, long channelId) { return byMonth.getOrDefault(m, Map.of()).getOrDefault(channelId, 0L); }
}
