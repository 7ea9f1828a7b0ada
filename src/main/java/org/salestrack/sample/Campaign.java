package org.salestrack.sample;

import java.time.LocalDate;
import java.util.Set;

/**
 * A marketing campaign. {@code uplift} multiplies demand in its channels (and region) while it runs,
 * {@code discount} is the extra price cut it funds; both are what the ROI analysis should rediscover.
 *
 * @param region a sales region (华南 ...) or 全国 for the whole country
 */
public record Campaign(String code, String name, String tag, LocalDate starts, LocalDate ends, Set<Channel> channels,
                       String region, String promoType, long budgetE4, double uplift, double discount) {

    public static final String NATIONWIDE = "全国";

    public boolean covers(Channel channel, LocalDate day, String salesRegion) {
        return channels.contains(channel) && !day.isBefore(starts) && !day.isAfter(ends)
                && (region.equals(NATIONWIDE) || region.equals(salesRegion));
    }

    public long days() { return ends.toEpochDay() - starts.toEpochDay() + 1; }
}
