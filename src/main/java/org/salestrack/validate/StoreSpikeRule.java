package org.salestrack.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.salestrack.model.Campaign;
import org.salestrack.model.RuleHit;
import org.salestrack.model.SaleFact;
import org.salestrack.model.Severity;

/**
 * A store's daily units far above its own recent normal: the trailing mean over the window before the day
 * (days before the store's first sale are not counted, days without sales count as zero). One hit per spike
 * day, which freezes all of that day's lines until reviewed. Lines that a running campaign covers (store,
 * channel and day) get their own hit at info instead: promotions are supposed to spike.
 */
public final class StoreSpikeRule implements Rule {
    public static final String ID = "store-spike";
    static final String RATIO = "maxRatio";
    static final String WINDOW = "windowDays";
    static final String MIN_UNITS = "minUnits";
    static final String MIN_HISTORY = "minHistoryDays";

    @Override public String id() { return ID; }

    @Override public Severity defaultSeverity() { return Severity.ERROR; }

    @Override public String description() {
        return "A store's daily units exceed a multiple of its trailing mean; information only when a campaign covers the day.";
    }

    @Override public List<RuleParameter> parameters() {
        return List.of(
                RuleParameter.decimal(RATIO, 3.0, 1, 1000, "daily units above this multiple of the trailing mean are a spike (3.0 = 300%)"),
                RuleParameter.integer(WINDOW, 28, 1, 366, "days in the trailing window"),
                RuleParameter.integer(MIN_UNITS, 30, 1, 1_000_000, "fewest units in a day that can be a spike, so tiny stores do not trip it"),
                RuleParameter.integer(MIN_HISTORY, 14, 1, 366, "fewest days of history in the window before a day can be judged"));
    }

    @Override
    public List<RuleHit> check(ValidationInput input, RuleParameters params, Severity severity) {
        double ratio = params.decimal(RATIO);
        int window = params.integerAsInt(WINDOW);
        long minUnits = params.integer(MIN_UNITS);
        int minHistory = params.integerAsInt(MIN_HISTORY);
        Map<String, DailySeries> series = input.storeDays();
        Map<String, String[]> spikes = new HashMap<>();
        for (DailySeries s : series.values()) {
            if (s.store == null) continue;
            String[] why = spikeDays(s, ratio, window, minUnits, minHistory);
            if (why != null) spikes.put(s.store, why);
        }
        List<RuleHit> hits = new ArrayList<>();
        if (spikes.isEmpty()) return hits;
        // per spike day: the lines no campaign covers, and per covering campaign the lines it covers
        Map<String, List<SaleFact>> uncovered = new LinkedHashMap<>();
        Map<String, Map<Campaign, List<SaleFact>>> covered = new LinkedHashMap<>();
        List<SaleFact> sales = input.sales();
        for (int i = 0; i < sales.size(); i++) {
            SaleFact f = sales.get(i);
            String[] why = f.storeCode() == null ? null : spikes.get(f.storeCode());
            if (why == null || !DailySeries.counted(input, i)) continue;
            String day = why[series.get(f.storeCode()).dayOf(f)];
            if (day == null) continue;
            Optional<Campaign> campaign = input.campaigns().stream()
                    .filter(c -> c.covers(f.saleDate(), f.channel(), f.channelType(), f.province(), f.storeCode()))
                    .findFirst();
            if (campaign.isPresent()) {
                covered.computeIfAbsent(day, k -> new LinkedHashMap<>())
                        .computeIfAbsent(campaign.get(), k -> new ArrayList<>()).add(f);
            } else {
                uncovered.computeIfAbsent(day, k -> new ArrayList<>()).add(f);
            }
        }
        uncovered.forEach((day, lines) -> hits.add(Hits.saleGroup(ID, severity, lines, day + " No campaign covers "
                + "this store, channel and day; the day's " + lines.size() + (lines.size() == 1 ? " line is" : " lines are")
                + " frozen until reviewed.")));
        covered.forEach((day, byCampaign) -> byCampaign.forEach((c, lines) -> hits.add(Hits.saleGroup(ID, Severity.INFO,
                lines, day + " Campaign " + c.code() + (Hits.blank(c.tag()) ? "" : " (" + c.tag() + ")")
                        + " covers this store, channel and day, so this is information only."))));
        hits.sort(Comparator.comparingLong(RuleHit::rowId));
        return hits;
    }

    /** The explanation for each spike day of {@code s}, null for other days; null when there is none. */
    static String[] spikeDays(DailySeries s, double ratio, int window, long minUnits, int minHistory) {
        long[] prefix = new long[s.days() + 1];
        for (int d = 0; d < s.days(); d++) prefix[d + 1] = prefix[d] + s.units[d];
        String[] why = null;
        for (int d = 0; d < s.days(); d++) {
            long units = s.units[d];
            if (units < minUnits) continue;
            int from = Math.max(0, d - window);
            int n = d - from;
            if (n < minHistory) continue;
            long sum = prefix[d] - prefix[from];
            // units / (sum / n) > ratio, kept in multiplication so a zero mean is a spike, not a division error
            if (units * (double) n <= ratio * sum) continue;
            if (why == null) why = new String[s.days()];
            double mean = (double) sum / n;
            why[d] = "Store " + s.key + " sold " + Hits.count(units) + " units on " + s.date(d) + ", "
                    + (sum == 0 ? "against none" : Hits.percent(units / mean) + " of its trailing mean of "
                    + Hits.number(mean, 1) + " units a day") + " over the previous " + n + " days (limit "
                    + Hits.percent(ratio) + ", at least " + minUnits + " units).";
        }
        return why;
    }
}
