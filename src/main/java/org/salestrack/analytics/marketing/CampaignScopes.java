package org.salestrack.analytics.marketing;

import org.salestrack.model.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.salestrack.model.Campaign;
import org.salestrack.model.marketing.CampaignDays;
import org.salestrack.model.marketing.DaySales;

/**
 * Cuts a campaign's daily series out of the sales by day x channel x province: the days from
 * {@link #HISTORY_DAYS} before it to {@link #AFTER_DAYS} after, counting the sales its channels and
 * region cover, and marking the days another campaign ran on any of those sales.
 */
public final class CampaignScopes {
    public static final int HISTORY_DAYS = 84;
    public static final int AFTER_DAYS = 14;

    private final LocalDate first;
    private final List<List<DaySales>> byDay;

    /** @param first the first day of {@code sales}; @param last the last one */
    public CampaignScopes(LocalDate first, LocalDate last, Iterable<DaySales> sales) {
        this.first = first;
        int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
        byDay = new ArrayList<>(days);
        for (int i = 0; i < days; i++) byDay.add(new ArrayList<>());
        for (DaySales s : sales) byDay.get((int) ChronoUnit.DAYS.between(first, s.day())).add(s);
    }

    /** The campaign's days, or null when it has no dates or lies wholly outside the sales. */
    public CampaignDays days(Campaign c, List<Campaign> all, Map<String, Long> spendE4) {
        if (c.starts() == null || c.ends() == null || c.ends().isBefore(c.starts())) return null;
        LocalDate last = first.plusDays(byDay.size() - 1L);
        if (c.starts().isAfter(last) || c.ends().isBefore(first)) return null;
        LocalDate from = c.starts().minusDays(HISTORY_DAYS).isBefore(first) ? first : c.starts().minusDays(HISTORY_DAYS);
        LocalDate to = c.ends().plusDays(AFTER_DAYS).isAfter(last) ? last : c.ends().plusDays(AFTER_DAYS);
        int n = (int) ChronoUnit.DAYS.between(from, to) + 1;
        double[] units = new double[n], revenue = new double[n], margin = new double[n];
        boolean[] other = new boolean[n];
        List<Campaign> near = all.stream().filter(o -> o != c && o.starts() != null && o.ends() != null
                && !o.ends().isBefore(from) && !o.starts().isAfter(to)).toList();
        for (int i = 0; i < n; i++) {
            LocalDate day = from.plusDays(i);
            for (DaySales s : byDay.get((int) ChronoUnit.DAYS.between(first, day))) {
                if (!c.covers(c.starts(), s.channel(), s.channelType(), s.province(), null)) continue;
                units[i] += s.units();
                revenue[i] += Money.yuan(s.revenueE4());
                margin[i] += Money.yuan(s.marginE4());
                if (!other[i]) {
                    for (Campaign o : near) {
                        if (o.covers(day, s.channel(), s.channelType(), s.province(), null)) {
                            other[i] = true;
                            break;
                        }
                    }
                }
            }
        }
        Long e4 = spendE4.get(c.code());
        BigDecimal spend = e4 == null ? BigDecimal.ZERO : Money.ofE4(e4);
        return new CampaignDays(c.code(), c.name(), c.tag(), c.starts(), c.ends(), spend, from, units, revenue, margin, other);
    }
}
