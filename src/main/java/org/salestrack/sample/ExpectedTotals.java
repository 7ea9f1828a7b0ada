package org.salestrack.sample;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.salestrack.model.SaleStatus;

/**
 * The sales totals the generator wrote, each order line counted once (the second Tmall export's
 * overlap is not counted twice): by province (GB/T 2260 code) and month, by channel and by year.
 * "Paid" totals leave out refunded and cancelled lines; "all" totals include them. The import of
 * samples/ must reproduce these exactly.
 */
public final class ExpectedTotals {
    /** Lines, units and amount (in e4) of a group. */
    public record Sum(long lines, long units, long amountE4) {
        Sum plus(SaleRecord r) { return new Sum(lines + 1, units + r.qty(), amountE4 + r.amountE4()); }
    }

    /** A province and a month. */
    public record Key(String provinceCode, YearMonth month) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = provinceCode.compareTo(o.provinceCode);
            return c != 0 ? c : month.compareTo(o.month);
        }
    }

    private final Map<Key, Sum> paid = new TreeMap<>();
    private final Map<Key, Sum> all = new TreeMap<>();
    private final Map<String, Sum> paidByChannel = new TreeMap<>();
    private final Map<Integer, Sum> paidByYear = new TreeMap<>();

    private ExpectedTotals() {}

    public static ExpectedTotals of(Collection<SaleRecord> lines) {
        ExpectedTotals t = new ExpectedTotals();
        Sum zero = new Sum(0, 0, 0);
        for (SaleRecord r : lines) {
            Key k = new Key(r.provinceCode(), r.month());
            t.all.merge(k, zero.plus(r), ExpectedTotals::add);
            if (r.status() != SaleStatus.PAID) continue;
            t.paid.merge(k, zero.plus(r), ExpectedTotals::add);
            t.paidByChannel.merge(r.channel().id(), zero.plus(r), ExpectedTotals::add);
            t.paidByYear.merge(r.soldAt().getYear(), zero.plus(r), ExpectedTotals::add);
        }
        return t;
    }

    private static Sum add(Sum a, Sum b) {
        return new Sum(a.lines + b.lines, a.units + b.units, a.amountE4 + b.amountE4);
    }

    /** Paid lines by province and month. */
    public Map<Key, Sum> byProvinceMonth() { return Collections.unmodifiableMap(paid); }

    /** Every line, whatever its status, by province and month. */
    public Map<Key, Sum> byProvinceMonthAllStatuses() { return Collections.unmodifiableMap(all); }

    /** Paid lines by channel name (天猫, 京东, 官方商城, 抖音, 直营店, 授权店, 运营商厅, 经销商分销). */
    public Map<String, Sum> byChannel() { return Collections.unmodifiableMap(paidByChannel); }

    /** Paid lines by calendar year. */
    public Map<Integer, Sum> byYear() { return Collections.unmodifiableMap(paidByYear); }

    public Sum total() { return paid.values().stream().reduce(new Sum(0, 0, 0), ExpectedTotals::add); }

    public Sum totalAllStatuses() { return all.values().stream().reduce(new Sum(0, 0, 0), ExpectedTotals::add); }
}
