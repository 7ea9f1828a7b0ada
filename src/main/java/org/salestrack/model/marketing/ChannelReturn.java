package org.salestrack.model.marketing;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * What one channel's marketing returned in one month: its spend, the campaigns' incremental revenue and
 * margin that landed there, ROI = incremental margin / spend and incremental revenue / spend (null without
 * spend), the customers whose first purchase was there and then, and CAC = spend / those customers (null
 * without any).
 */
public record ChannelReturn(String channel, YearMonth month, BigDecimal spend, double incrementalRevenue,
                            double incrementalMargin, Double roi, Double incrementalRevenuePerSpend, int newCustomers,
                            Double cac) {}
