package org.salestrack.validate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.salestrack.model.RuleHit;
import org.salestrack.model.SaleFact;
import org.salestrack.model.SellInFact;
import org.salestrack.model.Severity;
import org.salestrack.model.StockSnapshot;

/**
 * A dealer taking in far more than it sells out or keeps: each month, sell-in should roughly equal sell-out
 * plus the change in the dealer's stock (its own and its stores', on hand and in transit). Units that are
 * neither sold nor in stock were pushed into the channel to meet a target or earn a rebate. The stock level
 * at a month's end is the latest snapshot of each location and SKU on or before that day (zero before the
 * first snapshot, which errs towards explaining sell-in, not flagging it). One hit per dealer and month, on
 * its largest sell-in line; it holds nothing, since the shipment itself is real.
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
    public List<RuleHit> check(ValidationInput input, RuleParameters params, Severity severity) {
        double share = params.decimal(SHARE);
        long minSellIn = params.integer(MIN_SELL_IN);
        Map<DealerMonth, Long> sellIn = new HashMap<>();
        Map<DealerMonth, SellInFact> largest = new HashMap<>();
        for (SellInFact s : input.sellIns()) {
            DealerMonth key = new DealerMonth(s.dealerCode(), YearMonth.from(s.shippedAt()));
            sellIn.merge(key, s.qty(), Long::sum);
            largest.merge(key, s, (a, b) -> b.qty() > a.qty() ? b : a);
        }
        Map<DealerMonth, Long> sellOut = new HashMap<>();
        List<SaleFact> sales = input.sales();
        for (int i = 0; i < sales.size(); i++) {
            SaleFact f = sales.get(i);
            if (f.dealerCode() == null || !DailySeries.counted(input, i)) continue;
            sellOut.merge(new DealerMonth(f.dealerCode(), YearMonth.from(f.soldAt())), f.qty(), Long::sum);
        }
        Map<DealerMonth, long[]> stockChange = stockChanges(input.stocks(), sellIn);
        List<DealerMonth> order = new ArrayList<>(sellIn.keySet());
        order.sort(Comparator.comparing(DealerMonth::dealer).thenComparing(DealerMonth::month));
        List<RuleHit> hits = new ArrayList<>();
        for (DealerMonth key : order) {
            long in = sellIn.get(key);
            if (in < minSellIn) continue;
            long out = sellOut.getOrDefault(key, 0L);
            long[] levels = stockChange.getOrDefault(key, new long[2]);
            long change = levels[1] - levels[0];
            long explained = out + change;
            long unexplained = in - explained;
            if (explained > 0 && unexplained <= share * explained) continue;
            String what = explained > 0
                    ? Hits.count(unexplained) + " units (" + Hits.percent((double) unexplained / explained)
                        + " of the " + Hits.count(explained) + " accounted for) are unexplained"
                    : "none of it is accounted for";
            hits.add(Hits.sellIn(ID, severity, largest.get(key), "Dealer " + key.dealer() + " took in "
                    + Hits.count(in) + " units in " + key.month() + " but sold " + Hits.count(out)
                    + " and its stock went from " + Hits.count(levels[0]) + " to " + Hits.count(levels[1]) + ": "
                    + what + " (limit " + Hits.percent(share) + ")."));
        }
        return hits;
    }

    /** For each dealer-month with sell-in: the dealer's stock at the end of the previous month and of this one. */
    private static Map<DealerMonth, long[]> stockChanges(List<StockSnapshot> stocks, Map<DealerMonth, Long> sellIn) {
        Map<String, List<StockSnapshot>> byDealer = new HashMap<>();
        for (StockSnapshot s : stocks) {
            if (s.dealerCode() != null) byDealer.computeIfAbsent(s.dealerCode(), k -> new ArrayList<>()).add(s);
        }
        Map<String, TreeSet<YearMonth>> months = new HashMap<>();
        for (DealerMonth key : sellIn.keySet()) months.computeIfAbsent(key.dealer(), k -> new TreeSet<>()).add(key.month());
        Map<DealerMonth, long[]> result = new HashMap<>();
        months.forEach((dealer, wanted) -> {
            List<StockSnapshot> snaps = new ArrayList<>(byDealer.getOrDefault(dealer, List.of()));
            snaps.sort(Comparator.comparing(StockSnapshot::asOf));
            TreeMap<YearMonth, Long> level = levelsAtMonthEnds(snaps, wanted);
            for (YearMonth m : wanted) {
                result.put(new DealerMonth(dealer, m), new long[] {level.get(m.minusMonths(1)), level.get(m)});
            }
        });
        return result;
    }

    /** Total units held at the end of each wanted month and of the month before it, walking the snapshots once. */
    private static TreeMap<YearMonth, Long> levelsAtMonthEnds(List<StockSnapshot> sortedSnaps, TreeSet<YearMonth> wanted) {
        TreeSet<YearMonth> ends = new TreeSet<>();
        for (YearMonth m : wanted) {
            ends.add(m.minusMonths(1));
            ends.add(m);
        }
        Map<String, Long> latest = new HashMap<>();
        long total = 0;
        int next = 0;
        TreeMap<YearMonth, Long> level = new TreeMap<>();
        for (YearMonth m : ends) {
            LocalDate end = m.atEndOfMonth();
            while (next < sortedSnaps.size() && !sortedSnaps.get(next).asOf().isAfter(end)) {
                StockSnapshot s = sortedSnaps.get(next++);
                Long before = latest.put(s.locationCode() + '\u001f' + s.sku(), s.units());
                total += s.units() - (before == null ? 0 : before);
            }
            level.put(m, total);
        }
        return level;
    }
}
