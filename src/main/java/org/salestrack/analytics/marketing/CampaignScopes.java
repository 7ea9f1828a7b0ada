package org.salestrack.analytics.marketing;

import org.salestrack.model.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.salestrack.model.Province;
import org.salestrack.model.Provinces;
import org.salestrack.model.marketing.CampaignDonors;
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
        Map<String, Integer> active = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (DaySales s : sales) {
            int at = (int) ChronoUnit.DAYS.between(first, s.day());
            byDay.get(at).add(s);
            if (s.units() != 0 && seen.add(at + "|" + s.channel())) active.merge(s.channel(), 1, Integer::sum);
        }
        sparse = new HashSet<>();
        active.forEach((channel, n) -> {
            if (n < days * DAILY_SHARE) sparse.add(channel);
        });
    }

    /**
     * A channel selling on fewer than this share of the days (the dealers' month-end sell-in) has no daily pattern: it is
     * neither a donor of a synthetic control nor part of a halo.
     */
    public static final double DAILY_SHARE = 0.5;
    private final Set<String> sparse;

    /** The campaign's days, or null when it has no dates or lies wholly outside the sales. */
    public CampaignDays days(Campaign c, List<Campaign> all, Map<String, Long> spendE4) {
        return cut(c, all, spendE4, s -> c.covers(c.starts(), s.channel(), s.channelType(), s.province(), null));
    }

    /**
     * The halo's days: the campaign's region on the channels it did not touch, the cells no other campaign covered during
     * the window, cut as a campaign's days (window, weeks before, days after); null when the campaign runs on every
     * channel or nothing is left.
     */
    public CampaignDays haloDays(Campaign c, List<Campaign> all, Map<String, Long> spendE4) {
        if (c.channels().isEmpty() || c.starts() == null || c.ends() == null) return null;
        Campaign region = new Campaign(c.code(), c.name(), c.tag(), c.starts(), c.ends(), Set.of(), c.provinces(), Set.of());
        List<Campaign> others = others(c, all, c.starts(), c.ends());
        CampaignDays d = cut(c, all, spendE4, s -> region.covers(c.starts(), s.channel(), s.channelType(), s.province(), null)
                && !c.covers(c.starts(), s.channel(), s.channelType(), s.province(), null) && !sparse.contains(s.channel())
                && !touched(others, c, s));
        if (d == null) return null;
        double total = 0;
        for (double u : d.units()) total += u;
        return total > 0 ? d : null;
    }

    /**
     * The untouched units of a campaign on the days of {@code d}: each channel it does not run on (all provinces), and
     * each sales region's provinces outside its region on its own channels (regions, not provinces: 31 donors fitted on a
     * few weeks follow the noise); a unit that another campaign reached during the window is
     * left out. Null when the campaign covers every channel and province.
     */
    public CampaignDonors donors(Campaign c, List<Campaign> all, CampaignDays d) {
        if (c.channels().isEmpty() && c.provinces().isEmpty()) return null;
        Campaign channels = new Campaign(c.code(), c.name(), c.tag(), c.starts(), c.ends(), c.channels(), Set.of(), Set.of());
        int n = d.units().length;
        List<Campaign> others = others(c, all, d.firstDay(), d.firstDay().plusDays(n - 1L));
        List<Campaign> inWindow = others(c, all, c.starts(), c.ends());
        Map<String, double[]> series = new TreeMap<>();
        Map<String, boolean[]> touchedDays = new HashMap<>();
        Set<String> reached = new HashSet<>();
        for (int i = 0; i < n; i++) {
            LocalDate day = d.firstDay().plusDays(i);
            int at = (int) ChronoUnit.DAYS.between(first, day);
            if (at < 0 || at >= byDay.size()) continue;
            for (DaySales s : byDay.get(at)) {
                if (c.covers(c.starts(), s.channel(), s.channelType(), s.province(), null) || sparse.contains(s.channel())) continue;
                String key = channels.covers(c.starts(), s.channel(), s.channelType(), s.province(), null)
                        ? REGION + Provinces.get().byCode(s.province()).map(Province::salesRegion).orElse(String.valueOf(s.province()))
                        : CHANNEL + s.channel();
                series.computeIfAbsent(key, k -> new double[n])[i] += s.units();
                boolean[] t = touchedDays.computeIfAbsent(key, k -> new boolean[n]);
                if (!t[i]) {
                    for (Campaign o : others) {
                        if (o.covers(day, s.channel(), s.channelType(), s.province(), null)) {
                            t[i] = true;
                            break;
                        }
                    }
                }
                if (!reached.contains(key) && touched(inWindow, c, s)) reached.add(key);
            }
        }
        List<String> names = new ArrayList<>();
        List<double[]> units = new ArrayList<>();
        boolean[] touched = new boolean[n];
        for (Map.Entry<String, double[]> e : series.entrySet()) {
            if (reached.contains(e.getKey())) continue;
            names.add(e.getKey().substring(e.getKey().indexOf(':') + 1));
            units.add(e.getValue());
            boolean[] t = touchedDays.get(e.getKey());
            for (int i = 0; i < n; i++) touched[i] |= t[i];
        }
        return names.isEmpty() ? null : new CampaignDonors(names, units.toArray(double[][]::new), touched);
    }

    private static final String CHANNEL = "c:";
    private static final String REGION = "r:";

    /** The campaigns other than {@code c} running some day between the two days. */
    private static List<Campaign> others(Campaign c, List<Campaign> all, LocalDate from, LocalDate to) {
        return all.stream().filter(o -> o != c && o.starts() != null && o.ends() != null && !o.ends().isBefore(from)
                && !o.starts().isAfter(to)).toList();
    }

    /** Whether one of {@code others} (running during c's window) covers the sale's channel and province then. */
    private static boolean touched(List<Campaign> others, Campaign c, DaySales s) {
        for (Campaign o : others) {
            LocalDate day = o.starts().isAfter(c.starts()) ? o.starts() : c.starts();
            if (o.covers(day, s.channel(), s.channelType(), s.province(), null)) return true;
        }
        return false;
    }

    private CampaignDays cut(Campaign c, List<Campaign> all, Map<String, Long> spendE4, java.util.function.Predicate<DaySales> scope) {
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
                if (!scope.test(s)) continue;
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
