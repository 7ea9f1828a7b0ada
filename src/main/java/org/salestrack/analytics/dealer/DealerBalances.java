package org.salestrack.analytics.dealer;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.salestrack.model.dealer.BalanceFlag;
import org.salestrack.model.dealer.BalanceLine;

/**
 * The balance sell-in = sell-out + stock change, per dealer, SKU and month, and the dealer's months with
 * their flag. Stuffing is judged as the {@code channel-stuffing} rule judges it, with the rule's default
 * parameters (unexplained units above half of the explained ones, at least 20 units of sell-in). Pure.
 */
public final class DealerBalances {
    public static final double MAX_UNEXPLAINED_SHARE = 0.5;
    public static final long MIN_SELL_IN = 20;
    /** stock falling by more than this share of the month's sell-out is destocking */
    public static final double DESTOCK_SHARE = 0.5;

    private DealerBalances() {}

    /** The dealer's months (sku null), summed over its SKU lines, oldest first. */
    public static List<BalanceLine> months(List<BalanceLine> skuLines) {
        Map<YearMonth, long[]> sum = new TreeMap<>();
        String dealer = null;
        for (BalanceLine l : skuLines) {
            dealer = l.dealer();
            long[] a = sum.computeIfAbsent(l.month(), k -> new long[4]);
            a[0] += l.sellIn();
            a[1] += l.sellOut();
            a[2] += l.stockBefore();
            a[3] += l.stockAfter();
        }
        List<BalanceLine> out = new ArrayList<>();
        for (Map.Entry<YearMonth, long[]> e : sum.entrySet()) {
            long[] a = e.getValue();
            out.add(new BalanceLine(dealer, null, e.getKey(), a[0], a[1], a[2], a[3]));
        }
        return out;
    }

    public static BalanceFlag flag(BalanceLine m) {
        long explained = m.explained();
        if (m.sellIn() >= MIN_SELL_IN && (explained <= 0 || m.gap() > MAX_UNEXPLAINED_SHARE * explained)) return BalanceFlag.STUFFING;
        if (m.gap() < 0) return BalanceFlag.DEFICIT;
        if (m.stockChange() < 0 && -m.stockChange() > DESTOCK_SHARE * Math.max(1, m.sellOut())) return BalanceFlag.DESTOCKING;
        return BalanceFlag.BALANCED;
    }
}
