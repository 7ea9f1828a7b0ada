package org.salestrack.analytics.marketing;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.salestrack.model.Campaign;
import org.salestrack.model.Money;
import org.salestrack.model.marketing.CampaignCustomers;
import org.salestrack.model.marketing.CampaignImpact;
import org.salestrack.model.marketing.ChannelReturn;
import org.salestrack.model.marketing.ChannelRoi;
import org.salestrack.model.marketing.ChannelSpend;
import org.salestrack.model.marketing.DaySales;
import org.salestrack.model.marketing.FirstPurchase;

/**
 * Channel ROI by month and the customers campaigns brought.
 *
 * A campaign's increment is measured over its whole scope, not per channel; it is handed to the channels
 * and months in proportion to the campaign's actual revenue there during its window: the increment lands
 * where the campaign's sales landed. Overlapping campaigns each hand out their own increment.
 *
 * A customer counts as brought by a campaign when the first purchase lies in its window and scope, or the
 * line carries its code; a purchase under two overlapping campaigns counts for both, so the campaigns'
 * customers can add up to more than the new customers. Repeat = at least one further counted order.
 */
public final class ChannelReturns {
    private ChannelReturns() {}

    private record Key(String channel, YearMonth month) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = channel.compareTo(o.channel);
            return c != 0 ? c : month.compareTo(o.month);
        }
    }

    public static ChannelRoi compute(List<Campaign> campaigns, List<CampaignImpact> impacts, Iterable<DaySales> sales,
                                     List<ChannelSpend> spend, List<FirstPurchase> customers) {
        Map<String, Campaign> byCode = new HashMap<>();
        for (Campaign c : campaigns) byCode.put(c.code(), c);
        TreeMap<Key, double[]> incr = new TreeMap<>(); // incremental revenue, incremental margin
        Map<String, Map<Key, Double>> revenueInWindow = new HashMap<>();
        for (CampaignImpact i : impacts) {
            Campaign c = byCode.get(i.code());
            if (c != null) revenueInWindow.put(i.code(), new HashMap<>());
        }
        for (DaySales s : sales) {
            for (CampaignImpact i : impacts) {
                Map<Key, Double> shares = revenueInWindow.get(i.code());
                if (shares == null || s.day().isBefore(i.starts()) || s.day().isAfter(i.ends())) continue;
                if (!byCode.get(i.code()).covers(s.day(), s.channel(), s.channelType(), s.province(), null)) continue;
                shares.merge(new Key(s.channel(), YearMonth.from(s.day())), Money.yuan(s.revenueE4()), Double::sum);
            }
        }
        for (CampaignImpact i : impacts) {
            Map<Key, Double> shares = revenueInWindow.get(i.code());
            if (shares == null) continue;
            double total = shares.values().stream().mapToDouble(Double::doubleValue).sum();
            if (total <= 0) continue;
            for (Map.Entry<Key, Double> e : shares.entrySet()) {
                double w = e.getValue() / total;
                double[] v = incr.computeIfAbsent(e.getKey(), k -> new double[2]);
                v[0] += w * i.revenue().incremental();
                v[1] += w * i.margin().incremental();
            }
        }
        TreeMap<Key, Long> spent = new TreeMap<>();
        for (ChannelSpend s : spend) spent.merge(new Key(s.channel(), s.month()), s.spendE4(), Long::sum);
        Map<Key, Integer> fresh = new HashMap<>();
        for (FirstPurchase p : customers) fresh.merge(new Key(p.channel(), YearMonth.from(p.day())), 1, Integer::sum);

        TreeMap<Key, Boolean> keys = new TreeMap<>();
        spent.forEach((k, v) -> { if (v != 0) keys.put(k, true); });
        incr.keySet().forEach(k -> keys.put(k, true));
        List<ChannelReturn> months = new ArrayList<>();
        for (Key k : keys.keySet()) {
            long e4 = spent.getOrDefault(k, 0L);
            double[] v = incr.getOrDefault(k, new double[2]);
            int n = fresh.getOrDefault(k, 0);
            double yuan = Money.yuan(e4);
            months.add(new ChannelReturn(k.channel(), k.month(), Money.ofE4(e4), v[0], v[1],
                    e4 > 0 ? v[1] / yuan : null, e4 > 0 ? v[0] / yuan : null, n, n > 0 && e4 > 0 ? yuan / n : null));
        }
        return new ChannelRoi(months, brought(campaigns, impacts, customers));
    }

    private static List<CampaignCustomers> brought(List<Campaign> campaigns, List<CampaignImpact> impacts,
                                                   List<FirstPurchase> customers) {
        List<CampaignCustomers> out = new ArrayList<>();
        for (CampaignImpact i : impacts) {
            Campaign c = campaigns.stream().filter(x -> x.code().equals(i.code())).findFirst().orElse(null);
            if (c == null) continue;
            int n = 0, again = 0;
            for (FirstPurchase p : customers) {
                boolean tagged = i.code().equals(p.campaignCode());
                if (tagged || c.covers(p.day(), p.channel(), p.channelType(), p.province(), null)) {
                    n++;
                    if (p.repeated()) again++;
                }
            }
            BigDecimal spend = i.spend();
            out.add(new CampaignCustomers(i.code(), i.name(), spend, n, again, n > 0 ? (double) again / n : null,
                    n > 0 && spend.signum() > 0 ? spend.doubleValue() / n : null));
        }
        return out;
    }
}
