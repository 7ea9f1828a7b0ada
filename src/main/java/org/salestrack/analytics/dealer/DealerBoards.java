package org.salestrack.analytics.dealer;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.salestrack.model.Counties;
import org.salestrack.model.County;
import org.salestrack.model.dealer.Coverage;
import org.salestrack.model.dealer.DealerBoard;
import org.salestrack.model.dealer.DealerFacts;
import org.salestrack.model.dealer.DealerPeriod;
import org.salestrack.model.dealer.DealerProfile;
import org.salestrack.model.dealer.DealerRow;
import org.salestrack.model.dealer.Grade;
import org.salestrack.model.dealer.GradeRules;
import org.salestrack.model.dealer.GradeVerdict;
import org.salestrack.model.dealer.Scorecard;

/** Scores, grades and pays every dealer of the register for a period; grades by quarter for the history. Pure. */
public final class DealerBoards {
    private DealerBoards() {}

    public static DealerBoard board(DealerFacts f, DealerPeriod period, GradeRules rules) {
        return board(f, period, rules, q -> rank(f, q, rules));
    }

    /**
     * @param quarterRanks the ranking of a quarter under these facts and rules: a caller that keeps them between
     *                     boards (they do not depend on the period asked) pays for the grade history once
     */
    public static DealerBoard board(DealerFacts f, DealerPeriod period, GradeRules rules,
                                    Function<DealerPeriod, List<DealerRow>> quarterRanks) {
        List<DealerRow> rows = new ArrayList<>(rank(f, period, rules));
        DealerPeriod last = DealerPeriod.quarterOf(period.lastMonth());
        DealerPeriod before = last.previous();
        List<String> quarters = quarters(f, last);
        Map<String, Map<String, Grade>> history = new LinkedHashMap<>();
        for (DealerProfile d : f.dealers()) history.put(d.code(), new LinkedHashMap<>());
        for (String q : quarters) {
            DealerPeriod qp = DealerPeriod.parse(q);
            for (DealerRow r : quarterRanks.apply(qp)) history.get(r.code()).put(q, r.grade());
        }
        Map<String, Grade> from = new HashMap<>();
        Map<String, Grade> to = new HashMap<>();
        history.forEach((dealer, byQuarter) -> {
            if (byQuarter.containsKey(before.key())) from.put(dealer, byQuarter.get(before.key()));
            if (byQuarter.containsKey(last.key())) to.put(dealer, byQuarter.get(last.key()));
        });
        return new DealerBoard(period, rules, rows, quarters, history, before.key(), last.key(), GradeMigration.matrix(from, to));
    }

    /** Every dealer of the register, by sales (high first), then code. */
    public static List<DealerRow> rank(DealerFacts f, DealerPeriod period, GradeRules rules) {
        List<DealerRow> rows = new ArrayList<>();
        for (DealerProfile d : f.dealers()) {
            Scorecard s = Scorecards.score(d, period, f.months().getOrDefault(d.code(), List.of()), coverage(f, d, period),
                    f.tickets().getOrDefault(d.code(), Map.of()));
            rows.add(row(s, rules));
        }
        rows.sort(Comparator.comparingLong((DealerRow r) -> -r.card().salesE4()).thenComparing(DealerRow::code));
        return rows;
    }

    public static DealerRow row(Scorecard s, GradeRules rules) {
        GradeVerdict v = Grading.grade(s, rules);
        return new DealerRow(s, v, Rebates.of(s, v.grade(), rules));
    }

    public static DealerRow whatIf(DealerRow row, WhatIf w, GradeRules rules) { return row(w.apply(row.card()), rules); }

    /**
     * In counties when any line of the dealer names one: the counties of its registered province, and those it or its
     * stores sold in during the period. Otherwise in cities: the cities of its province the workspace knows, and those
     * it sold in during the period.
     */
    public static Coverage coverage(DealerFacts f, DealerProfile d, DealerPeriod period) {
        Map<YearMonth, Set<String>> counties = f.countiesSold().get(d.code());
        if (counties != null && !counties.isEmpty()) {
            List<String> territory = Counties.get().ofProvince(d.province()).stream().map(County::code).toList();
            Set<String> covered = new TreeSet<>();
            for (YearMonth m : period.months()) covered.addAll(counties.getOrDefault(m, Set.of()));
            covered.retainAll(Set.copyOf(territory));
            return new Coverage(new ArrayList<>(covered), territory, true);
        }
        List<String> territory = f.provinceCities().getOrDefault(d.province(), List.of());
        Map<YearMonth, Set<String>> sold = f.citiesSold().getOrDefault(d.code(), Map.of());
        Set<String> covered = new TreeSet<>();
        for (YearMonth m : period.months()) covered.addAll(sold.getOrDefault(m, Set.of()));
        covered.retainAll(territory);
        return new Coverage(new ArrayList<>(covered), territory);
    }

    /** The quarters from the first with dealer figures up to {@code last}. */
    static List<String> quarters(DealerFacts f, DealerPeriod last) {
        List<String> out = new ArrayList<>();
        YearMonth first = f.firstMonth();
        if (first == null) return out;
        for (DealerPeriod q = DealerPeriod.quarterOf(first); !q.first().isAfter(last.first()); q = DealerPeriod.quarterOf(q.lastMonth().plusMonths(1))) {
            out.add(q.key());
        }
        return out;
    }
}
