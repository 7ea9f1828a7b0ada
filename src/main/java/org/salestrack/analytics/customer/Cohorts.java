package org.salestrack.analytics.customer;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.salestrack.model.customer.CustomerDay;

/**
 * Retention by cohort: customers grouped by the month of their first purchase; for each month since,
 * how many of them bought and what they spent. Filled one customer at a time by {@link CustomerHistories}.
 */
public final class Cohorts {
    private final TreeMap<YearMonth, long[][]> rows = new TreeMap<>();   // cohort -> [0]: active customers by k, [1]: spend by k
    private final TreeMap<YearMonth, Integer> sizes = new TreeMap<>();

    /** One cohort: its size, and per month since the first purchase (0 = the first month) the buyers and spend. */
    public record Cohort(YearMonth month, int customers, long[] active, long[] spendE4) {
        public double retention(int monthsSince) {
            return monthsSince < active.length && customers > 0 ? active[monthsSince] / (double) customers : 0;
        }
    }

    void add(List<CustomerDay> days) {
        YearMonth start = YearMonth.from(days.get(0).day());
        YearMonth last = YearMonth.from(days.get(days.size() - 1).day());
        int span = (int) ChronoUnit.MONTHS.between(start, last) + 1;
        long[][] row = rows.computeIfAbsent(start, k -> new long[2][0]);
        if (row[0].length < span) {
            row[0] = java.util.Arrays.copyOf(row[0], span);
            row[1] = java.util.Arrays.copyOf(row[1], span);
        }
        sizes.merge(start, 1, Integer::sum);
        int lastCounted = -1;
        for (CustomerDay d : days) {
            int k = (int) ChronoUnit.MONTHS.between(start, YearMonth.from(d.day()));
            if (k != lastCounted) {
                row[0][k]++;
                lastCounted = k;
            }
            row[1][k] += d.amountE4();
        }
    }

    public List<Cohort> table() {
        List<Cohort> out = new ArrayList<>();
        rows.forEach((m, r) -> out.add(new Cohort(m, sizes.get(m), r[0].clone(), r[1].clone())));
        return out;
    }
}
