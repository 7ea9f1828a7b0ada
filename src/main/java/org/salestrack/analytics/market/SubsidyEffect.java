package org.salestrack.analytics.market;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.salestrack.model.market.CompetitorEvent;
import org.salestrack.model.market.EventWindows;
import org.salestrack.model.market.Interval;
import org.salestrack.model.market.PanelRow;
import org.salestrack.model.market.PolicyEffect;
import org.salestrack.model.market.PolicyMeasure;
import org.salestrack.model.market.PriceBand;

/**
 * A subsidy's effect on the models it made eligible (the panel's price bands wholly under its price limit)
 * against the ones it did not (bands wholly at or above it), in the same provinces and months: per province,
 * log(eligible during / before) minus log(ineligible during / before), averaged with the provinces' units
 * before as weights, with a t interval over provinces; reported as a relative change. The comparison
 * months are the same months a year earlier (so the season cancels), else the months just before.
 * Provinces where a competitor moved during the windows are left out.
 */
public final class SubsidyEffect {
    public static final String NO_BANDS = "no_price_bands";
    public static final String TOO_FEW = "too_few_provinces";

    private SubsidyEffect() {}

    public static List<PolicyEffect> estimate(List<PanelRow> panel, String ownBrand, List<PolicyMeasure> policies,
                                              List<CompetitorEvent> events, double level) {
        List<PolicyEffect> out = new ArrayList<>();
        for (PolicyMeasure p : policies) out.add(estimate(panel, ownBrand, p, events, level));
        return out;
    }

    static PolicyEffect estimate(List<PanelRow> panel, String ownBrand, PolicyMeasure policy, List<CompetitorEvent> events, double level) {
        YearMonth first = panel.stream().map(r -> YearMonth.parse(r.period())).min(YearMonth::compareTo).orElse(YearMonth.from(policy.starts()));
        EventWindows w = EventWindows.ofPolicy(policy.starts(), policy.ends(), first);
        Set<String> eligible = new LinkedHashSet<>();
        Set<String> ineligible = new LinkedHashSet<>();
        for (PanelRow r : panel) {
            if (policy.category() != null && !policy.category().equals(r.category())) continue;
            PriceBand b = PriceBand.parse(r.priceBand());
            if (b == null || policy.maxPriceE4() == null) continue;
            if (b.entirelyBelow(policy.maxPriceE4())) eligible.add(r.priceBand());
            else if (b.entirelyAtOrAbove(policy.maxPriceE4())) ineligible.add(r.priceBand());
        }
        Set<String> busy = new TreeSet<>();
        if (!w.after().isEmpty()) {
            LocalDate from = w.first().atDay(1);
            LocalDate to = w.last().atEndOfMonth();
            for (CompetitorEvent e : events) {
                if (!e.nationwide() && !e.date().isBefore(from) && !e.date().isAfter(to)) busy.addAll(e.provinces());
            }
        }
        if (eligible.isEmpty() || ineligible.isEmpty() || w.after().isEmpty()) {
            return new PolicyEffect(policy, w, List.copyOf(eligible), List.copyOf(ineligible), null, null, List.of(), NO_BANDS);
        }
        // province -> [own?][eligible?][during?] units
        Map<String, long[][][]> sums = new HashMap<>();
        for (PanelRow r : panel) {
            if (policy.category() != null && !policy.category().equals(r.category())) continue;
            if (!policy.nationwide() && !policy.provinces().contains(r.province())) continue;
            if (busy.contains(r.province())) continue;
            YearMonth m = YearMonth.parse(r.period());
            int when = w.after().contains(m) ? 1 : w.before().contains(m) ? 0 : -1;
            int band = eligible.contains(r.priceBand()) ? 1 : ineligible.contains(r.priceBand()) ? 0 : -1;
            if (when < 0 || band < 0) continue;
            int own = r.brand() != null && r.brand().equals(ownBrand) ? 1 : 0;
            sums.computeIfAbsent(r.province(), k -> new long[2][2][2])[own][band][when] += r.units();
        }
        List<DiffInDiff.Unit> others = new ArrayList<>();
        List<DiffInDiff.Unit> ours = new ArrayList<>();
        List<String> provinces = new ArrayList<>(new TreeSet<>(sums.keySet()));
        for (String p : provinces) {
            long[][][] s = sums.get(p);
            unit(p, s[0]).ifPresent(others::add);
            unit(p, s[1]).ifPresent(ours::add);
        }
        Interval o = relative(DiffInDiff.mean(others, level));
        Interval a = relative(DiffInDiff.mean(ours, level));
        return new PolicyEffect(policy, w, List.copyOf(eligible), List.copyOf(ineligible), o, a,
                others.stream().map(DiffInDiff.Unit::id).toList(), o == null ? TOO_FEW : null);
    }

    /** A province's log change of eligible units minus that of ineligible ones, as a unit whose "before" is 0. */
    private static java.util.Optional<DiffInDiff.Unit> unit(String province, long[][] s) {
        long ib = s[0][0];
        long id = s[0][1];
        long eb = s[1][0];
        long ed = s[1][1];
        if (ib == 0 || id == 0 || eb == 0 || ed == 0) return java.util.Optional.empty();
        double d = Math.log((double) ed / eb) - Math.log((double) id / ib);
        return java.util.Optional.of(new DiffInDiff.Unit(province, 0, d, eb + ib));
    }

    private static Interval relative(Interval log) {
        if (log == null) return null;
        return new Interval(Math.expm1(log.estimate()), Math.expm1(log.low()), Math.expm1(log.high()), log.treated(), log.controls());
    }
}
