package org.salestrack.analytics.customer;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.salestrack.model.Province;
import org.salestrack.model.Provinces;
import org.salestrack.model.customer.CustomerProfile;
import org.salestrack.model.customer.CustomerRules;
import org.salestrack.model.customer.RfmSegment;

/** RFM, churn, high value and ecosystem buyers over profiles: a pure function of its inputs. */
public final class CustomerAnalysis {
    private CustomerAnalysis() {}

    /** @param cuts the user's RFM cut points, or null for quintiles of these customers */
    public static CustomerBase analyse(List<CustomerProfile> customers, LocalDate asOf, CustomerRules rules, Rfm.Cuts cuts) {
        Rfm.Result rfm = Rfm.score(customers, asOf, cuts != null ? cuts : Rfm.quintiles(customers, asOf));
        int n = customers.size();
        boolean[] churned = new boolean[n];
        boolean[] high = new boolean[n];
        LocalDate churnLine = asOf.minusMonths(rules.churnMonths());
        EnumMap<RfmSegment, long[]> segments = new EnumMap<>(RfmSegment.class);
        long[] eco = new long[4];
        for (int i = 0; i < n; i++) {
            CustomerProfile c = customers.get(i);
            churned[i] = c.last().isBefore(churnLine);
            high[i] = isHighValue(c, rules);
            long[] s = segments.computeIfAbsent(rfm.segment(i), k -> new long[2]);
            s[0]++;
            s[1] += c.spendE4();
            int e = c.categories().size() >= rules.ecosystemCategories() ? 0 : 2;
            eco[e]++;
            eco[e + 1] += c.spendE4();
        }
        List<CustomerBase.SegmentRow> segmentRows = new ArrayList<>();
        segments.forEach((k, v) -> segmentRows.add(new CustomerBase.SegmentRow(k, v[0], v[1])));
        return new CustomerBase(asOf, rules, customers, rfm, churned, high, segmentRows,
                churnBy(churned, i -> YearMonth.from(customers.get(i).first()).toString()),
                churnBy(churned, i -> customers.get(i).mainChannel()),
                churnBy(churned, i -> salesRegion(customers.get(i).mainProvince())),
                churnBy(churned, i -> rfm.segment(i).name()),
                new CustomerBase.Ecosystem(eco[0], eco[1], eco[2], eco[3]));
    }

    public static boolean isHighValue(CustomerProfile c, CustomerRules rules) {
        return c.phonePurchasesInWindow() >= rules.highValuePhonePurchases() || c.largestPurchaseE4() >= rules.highValuePurchaseE4();
    }

    /** Churned customers, most valuable first: the list the CRM gets. */
    public static List<CustomerProfile> winBack(CustomerBase base) {
        List<CustomerProfile> out = new ArrayList<>();
        for (int i = 0; i < base.customers().size(); i++) if (base.churned()[i]) out.add(base.customers().get(i));
        out.sort(Comparator.comparingLong(CustomerProfile::spendE4).reversed().thenComparing(CustomerProfile::customer));
        return out;
    }

    /** Migration between two dates: customers by segment then and segment now (customers who existed then). */
    public static Map<RfmSegment, Map<RfmSegment, Long>> migration(CustomerBase then, CustomerBase now) {
        Map<String, RfmSegment> before = new java.util.HashMap<>();
        for (int i = 0; i < then.customers().size(); i++) before.put(then.customers().get(i).customer(), then.rfm().segment(i));
        Map<RfmSegment, Map<RfmSegment, Long>> out = new EnumMap<>(RfmSegment.class);
        for (int i = 0; i < now.customers().size(); i++) {
            RfmSegment from = before.get(now.customers().get(i).customer());
            if (from == null) continue;
            out.computeIfAbsent(from, k -> new EnumMap<>(RfmSegment.class)).merge(now.rfm().segment(i), 1L, Long::sum);
        }
        return out;
    }

    private static List<CustomerBase.ChurnRow> churnBy(boolean[] churned, IntFunction<String> key) {
        TreeMap<String, long[]> groups = new TreeMap<>();
        for (int i = 0; i < churned.length; i++) {
            String k = key.apply(i);
            long[] g = groups.computeIfAbsent(k == null ? "" : k, x -> new long[2]);
            g[0]++;
            if (churned[i]) g[1]++;
        }
        List<CustomerBase.ChurnRow> out = new ArrayList<>();
        groups.forEach((k, v) -> out.add(new CustomerBase.ChurnRow(k, v[0], v[1])));
        return out;
    }

    /** The sales region of a province code; other values (a foreign region, no province) stay as they are. */
    static String salesRegion(String province) {
        if (province == null) return "";
        return Provinces.get().byCode(province).map(Province::salesRegion).orElse(province);
    }
}
