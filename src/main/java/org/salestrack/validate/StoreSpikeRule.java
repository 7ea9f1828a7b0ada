package org.salestrack.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.salestrack.model.Campaign;
import org.salestrack.model.Message;
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
    public LineScan scan(ScanContext context, RuleParameters params, Severity severity, Consumer<RuleHit> out) {
        double ratio = params.decimal(RATIO);
        int window = params.integerAsInt(WINDOW);
        long minUnits = params.integer(MIN_UNITS);
        int minHistory = params.integerAsInt(MIN_HISTORY);
        Map<String, Message[]> spikes = new HashMap<>();
        // per spike day: the lines no campaign covers, and per covering campaign the lines it covers
        Map<Message, List<SaleFact>> uncovered = new LinkedHashMap<>();
        Map<Message, Map<Campaign, List<SaleFact>>> covered = new LinkedHashMap<>();
        return new LineScan() {
            @Override public Wanted wanted() {
                Map<String, Set<LocalDate>> days = new HashMap<>();
                for (DailySeries s : context.storeDays().values()) {
                    if (s.store == null) continue;
                    Message[] why = spikeDays(s, ratio, window, minUnits, minHistory);
                    if (why == null) continue;
                    spikes.put(s.store, why);
                    Set<LocalDate> dates = days.computeIfAbsent(s.store, k -> new HashSet<>());
                    for (int d = 0; d < why.length; d++) if (why[d] != null) dates.add(s.date(d));
                }
                return new Wanted(Set.of(), days);
            }

            @Override public void again(int i, SaleFact f) {
                Message[] why = f.storeCode() == null ? null : spikes.get(f.storeCode());
                if (why == null || !DailySeries.counted(context, i, f)) return;
                int d = context.storeDays().get(f.storeCode()).dayOf(f);
                // a check of new batches counts a store's days around them only: a line beyond those days is not judged
                if (d < 0 || d >= why.length) return;
                Message day = why[d];
                if (day == null) return;
                Optional<Campaign> campaign = context.campaigns().stream()
                        .filter(c -> c.covers(f.saleDate(), f.channel(), f.channelType(), f.province(), f.storeCode()))
                        .findFirst();
                if (campaign.isPresent()) {
                    covered.computeIfAbsent(day, k -> new LinkedHashMap<>())
                            .computeIfAbsent(campaign.get(), k -> new ArrayList<>()).add(f);
                } else {
                    uncovered.computeIfAbsent(day, k -> new ArrayList<>()).add(f);
                }
            }

            @Override public void end() {
                List<RuleHit> hits = new ArrayList<>();
                uncovered.forEach((day, lines) -> hits.add(Hits.saleGroup(ID, severity, lines, Message.of(lines.size() == 1
                        ? "rule.store_spike.uncovered_one" : "rule.store_spike.uncovered_many", day, lines.size()))));
                covered.forEach((day, byCampaign) -> byCampaign.forEach((c, lines) -> hits.add(Hits.saleGroup(ID, Severity.INFO,
                        lines, Hits.blank(c.tag()) ? Message.of("rule.store_spike.campaign", day, c.code())
                                : Message.of("rule.store_spike.campaign_tag", day, c.code(), c.tag())))));
                hits.sort(Comparator.comparingLong(RuleHit::rowId));
                hits.forEach(out);
            }
        };
    }

    /** The explanation for each spike day of {@code s}, null for other days; null when there is none. */
    static Message[] spikeDays(DailySeries s, double ratio, int window, long minUnits, int minHistory) {
        long[] prefix = new long[s.days() + 1];
        for (int d = 0; d < s.days(); d++) prefix[d + 1] = prefix[d] + s.units[d];
        Message[] why = null;
        for (int d = 0; d < s.days(); d++) {
            long units = s.units[d];
            if (units < minUnits) continue;
            int from = Math.max(0, d - window);
            int n = d - from;
            if (n < minHistory) continue;
            long sum = prefix[d] - prefix[from];
            // units / (sum / n) > ratio, kept in multiplication so a zero mean is a spike, not a division error
            if (units * (double) n <= ratio * sum) continue;
            if (why == null) why = new Message[s.days()];
            double mean = (double) sum / n;
            Message against = sum == 0 ? Message.of("rule.store_spike.against_none")
                    : Message.of("rule.store_spike.against_mean", Hits.percent(units / mean), Hits.number(mean, 1));
            why[d] = Message.of("rule.store_spike.day", s.key, Hits.count(units), s.date(d), against, n,
                    Hits.percent(ratio), minUnits);
        }
        return why;
    }
}
