package org.salestrack.store.report;

import java.time.YearMonth;
import java.util.Map;

/**
 * Orders of counted sales per month and channel, as {@link LinePass} counted them: an order is counted
 * once however many lines it has, keyed by channel and order id, as {@link CountedSales#ORDERS} does.
 */
public final class OrderCounts {
    private final Map<YearMonth, Map<Long, Long>> byMonth;

    OrderCounts(Map<YearMonth, Map<Long, Long>> byMonth) { this.byMonth = byMonth; }

    public static OrderCounts none() { return new OrderCounts(Map.of()); }

    public long month(YearMonth m) {
        long n = 0;
        for (long v : byMonth.getOrDefault(m, Map.of()).values()) n += v;
        return n;
    }

    public long channel(YearMonth m, long channelId) { return byMonth.getOrDefault(m, Map.of()).getOrDefault(channelId, 0L); }
}
