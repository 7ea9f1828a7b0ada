package org.salestrack.sample;

import org.salestrack.model.Money;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Each dealer's month-end warehouse stock and its sell-in, derived so that for every dealer, SKU and
 * month sell-in = sell-out + stock change exactly, where sell-out is the dealer's own sell-through plus
 * the POS sales of the stores it supplies. Only the planted stuffing dealer breaks that identity.
 */
final class DealerLedger {
    private final List<StockRecord> stock = new ArrayList<>();
    private final List<SellInRecord> sellIn = new ArrayList<>();

    List<StockRecord> stock() { return stock; }

    List<SellInRecord> sellIn() { return sellIn; }

    static DealerLedger build(Network network, Catalogue catalogue, List<SaleRecord> sellOut, long seed) {
        Map<String, Map<String, TreeMap<YearMonth, Integer>>> units = new LinkedHashMap<>();
        for (SaleRecord r : sellOut) {
            if (r.dealerCode() == null) continue;
            units.computeIfAbsent(r.dealerCode(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.product().sku(), k -> new TreeMap<>())
                    .merge(r.month(), r.qty(), Integer::sum);
        }
        DealerLedger ledger = new DealerLedger();
        for (Dealer d : network.dealers()) {
            Map<String, TreeMap<YearMonth, Integer>> bySku = units.getOrDefault(d.code(), Map.of());
            for (Product p : catalogue.products()) {
                TreeMap<YearMonth, Integer> months = bySku.get(p.sku());
                // each dealer and SKU draws from a stream of its own: one dealer's sales leave every other's stock as it was
                if (months != null) ledger.roll(d, p, months, new SplittableRandom(seed * 1_000_003L + (d.code() + '|' + p.sku()).hashCode()));
            }
        }
        ledger.stock.sort(java.util.Comparator.comparing(StockRecord::asOf));
        ledger.sellIn.sort(java.util.Comparator.comparing(SellInRecord::shippedAt));
        return ledger;
    }

    /**
     * Keeps roughly a month of cover; sell-in tops the stock up and is never negative (old stock just sells
     * off). A snapshot is written whenever stock was or is held, so a drop to zero is on record.
     */
    private void roll(Dealer d, Product p, TreeMap<YearMonth, Integer> sold, SplittableRandom rng) {
        int previous = 0;
        // runs to the last month: stock left after a model stops selling stays on record as dead stock
        for (YearMonth m = sold.firstKey(); !m.isAfter(DealerSellThrough.LAST_MONTH); m = m.plusMonths(1)) {
            int out = sold.getOrDefault(m, 0);
            int next = sold.getOrDefault(m.plusMonths(1), 0);
            int target = (int) Math.round(next * (0.7 + 0.6 * rng.nextDouble()));
            int in = Math.max(0, out + target - previous);
            int onHand = previous + in - out;
            if (in > 0) {
                long unit = Money.e4OfWholeYuan(Math.round(Money.yuan(p.listPriceE4()) * 0.82));
                sellIn.add(new SellInRecord(m.atEndOfMonth(), d, p, in, unit * in));
            }
            if (onHand > 0 || in > 0 || previous > 0) {
                stock.add(new StockRecord(m.atEndOfMonth(), d.code(), "dealer", p, onHand,
                        in > 0 ? rng.nextInt(1 + in / 4) : 0));
            }
            previous = onHand;
        }
    }
}
