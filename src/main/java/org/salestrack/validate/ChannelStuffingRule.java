package org.salestrack.validate;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.salestrack.model.Message;
import org.salestrack.model.RuleHit;
import org.salestrack.model.SaleFact;
import org.salestrack.model.SellInFact;
import org.salestrack.model.Severity;
import org.salestrack.model.StockSnapshot;

/**
 * A dealer taking in far more than it sells out or keeps: each month, sell-in should roughly equal sell-out
 * plus the change in the dealer's own warehouse stock on hand, where sell-out is the dealer's
 * sell-through plus the sales of its stores. Units that are neither sold nor in stock were pushed into the
 * channel to meet a target or earn a rebate. One hit per dealer and month, on its largest sell-in line; it
 * holds nothing, since the shipment itself is real. A dealer that has never reported stock is not judged:
 * a missing stock file is no evidence of stuffing, and every growing dealer would look like one.
 */
public final class ChannelStuffingRule implements Rule {
    public static final String ID = "channel-stuffing";
    static final String SHARE = "maxUnexplainedShare";
    static final String MIN_SELL_IN = "minSellInUnits";

    @Override public String id() { return ID; }

    @Override public Severity defaultSeverity() { return Severity.ERROR; }

    @Override public String description() {
        return "A dealer's monthly sell-in exceeds its sell-out plus stock change by more than a set share.";
    }

    @Override public List<RuleParameter> parameters() {
        return List.of(
                RuleParameter.decimal(SHARE, 0.5, 0, 100, "sell-in above sell-out plus stock change by more than this share of it is stuffing"),
                RuleParameter.integer(MIN_SELL_IN, 20, 1, 1_000_000_000, "fewest units of sell-in in a month that can be stuffing"));
    }

    private record DealerMonth(String dealer, YearMonth month) {}

    @Override
    public LineScan scan(ScanContext context, RuleParameters params, Severity severity, Consumer<RuleHit> out) {
        double share = params.decimal(SHARE);
        long minSellIn = params.integer(MIN_SELL_IN);
        Map<DealerMonth, Long> sellOut = new HashMap<>();
        return new LineScan() {
            @Override public void line(int i, SaleFact f) {
                if (f.dealerCode() == null || !DailySeries.counted(context, i, f)) return;
                sellOut.merge(new DealerMonth(f.dealerCode(), YearMonth.from(f.soldAt())), f.qty(), Long::sum);
            }

            @Override public void end() {
                judge(context, share, minSellIn, severity, sellOut).forEach(out);
            }
        };
    }

    private static List<RuleHit> judge(ScanContext input, double share, long minSellIn, Severity severity, Map<DealerMonth, Long> sellOut) {
        Map<DealerMonth, Long> sellIn = new HashMap<>();
        Map<DealerMonth, SellInFact> largest = new HashMap<>();
        for (SellInFact s : input.sellIns()) {
            DealerMonth key = new DealerMonth(s.dealerCode(), YearMonth.from(s.shippedAt()));
            sellIn.merge(key, s.qty(), Long::sum);
            largest.merge(key, s, (a, b) -> b.qty() > a.qty() ? b : a);
        }
        Map<DealerMonth, long[]> stockChange = stockChanges(input.stocks(), sellIn);
        List<DealerMonth> order = new ArrayList<>(sellIn.keySet());
        order.sort(Comparator.comparing(DealerMonth::dealer).thenComparing(DealerMonth::month));
        List<RuleHit> hits = new ArrayList<>();
        Set<String> reportingStock = new HashSet<>();
        for (StockSnapshot s : input.stocks()) {
            if (s.dealerCode() != null) reportingStock.add(s.dealerCode());
        }
        for (DealerMonth key : order) {
            long in = sellIn.get(key);
            if (in < minSellIn || !reportingStock.contains(key.dealer())) continue;
            long out = sellOut.getOrDefault(key, 0L);
            long[] levels = stockChange.getOrDefault(key, new long[2]);
            long change = levels[1] - levels[0];
            long explained = out + change;
            long unexplained = in - explained;
            if (explained > 0 && unexplained <= share * explained) continue;
            Message what = explained > 0
                    ? Message.of("rule.channel_stuffing.unexplained", Hits.count(unexplained),
                        Hits.percent((double) unexplained / explained), Hits.count(explained))
                    : Message.of("rule.channel_stuffing.none");
            hits.add(Hits.sellIn(ID, severity, largest.get(key), Message.of("rule.channel_stuffing", key.dealer(),
                    Hits.count(in), key.month(), Hits.count(out), Hits.count(levels[0]), Hits.count(levels[1]), what,
                    Hits.percent(share))));
        }
        return hits;
    }

    /**
     * For each dealer-month with sell-in: the dealer's stock at the end of the previous month and of this one.
     * A month's level is the sum over locations and SKUs of the latest snapshot dated in that month; a
     * location-SKU without one that month holds nothing (dealers report month-end stock, and a sold-out SKU
     * is simply not listed). Stock in transit is left out: it is not yet in the warehouse, and dealers' ledgers
     * (and the sample set's) balance on stock on hand.
     */
    private static Map<DealerMonth, long[]> stockChanges(List<StockSnapshot> stocks, Map<DealerMonth, Long> sellIn) {
        Map<DealerMonth, Map<String, StockSnapshot>> latest = new HashMap<>();
        for (StockSnapshot s : stocks) {
            if (s.dealerCode() == null) continue;
            latest.computeIfAbsent(new DealerMonth(s.dealerCode(), YearMonth.from(s.asOf())), k -> new HashMap<>())
                    .merge(s.locationCode() + '\u001f' + s.sku(), s, (a, b) -> b.asOf().isBefore(a.asOf()) ? a : b);
        }
        Map<DealerMonth, Long> level = new HashMap<>();
        latest.forEach((key, snaps) -> level.put(key, snaps.values().stream().mapToLong(StockSnapshot::onHand).sum()));
        Map<DealerMonth, long[]> result = new HashMap<>();
        for (DealerMonth key : sellIn.keySet()) {
            long before = level.getOrDefault(new DealerMonth(key.dealer(), key.month().minusMonths(1)), 0L);
            result.put(key, new long[] {before, level.getOrDefault(key, 0L)});
        }
        return result;
    }
}
