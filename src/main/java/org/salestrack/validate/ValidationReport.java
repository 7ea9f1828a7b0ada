package org.salestrack.validate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.salestrack.model.RuleHit;
import org.salestrack.model.Severity;

/**
 * The findings of one run, in rule order and within a rule in input order, with the time each rule took.
 * {@code ruleOrder} lists every rule that ran, so counts can show a rule that found nothing. {@code counts} are
 * always complete; {@code hits} are empty when the run kept only the counts (its findings are in the store), as a
 * run over a whole workspace does unless asked (see {@link ValidationService#keepingHits()}).
 */
public record ValidationReport(List<String> ruleOrder, List<RuleHit> hits, Map<String, Long> millisByRule, List<RuleCount> counts) {

    public ValidationReport {
        ruleOrder = List.copyOf(ruleOrder);
        hits = List.copyOf(hits);
        millisByRule = Collections.unmodifiableMap(new LinkedHashMap<>(millisByRule));
        counts = List.copyOf(counts);
    }

    /** A report of hits held in memory, counted here. */
    public ValidationReport(List<String> ruleOrder, List<RuleHit> hits, Map<String, Long> millisByRule) {
        this(ruleOrder, hits, millisByRule, countsOf(ruleOrder, hits));
    }

    /** Hits per rule and severity, in rule order then error, warning, info; only non-zero counts. */
    static List<RuleCount> countsOf(List<String> ruleOrder, List<RuleHit> hits) {
        Map<String, long[]> byRule = new LinkedHashMap<>();
        for (String rule : ruleOrder) byRule.put(rule, new long[Severity.values().length]);
        for (RuleHit h : hits) byRule.computeIfAbsent(h.rule(), r -> new long[Severity.values().length])[h.severity().ordinal()]++;
        return countsOf(byRule);
    }

    static List<RuleCount> countsOf(Map<String, long[]> byRule) {
        List<RuleCount> counts = new ArrayList<>();
        byRule.forEach((rule, n) -> {
            for (Severity s : Severity.values()) {
                if (n[s.ordinal()] > 0) counts.add(new RuleCount(rule, s, n[s.ordinal()]));
            }
        });
        return counts;
    }

    public long count(String rule, Severity severity) {
        return counts.stream().filter(c -> c.rule().equals(rule) && c.severity() == severity).mapToLong(RuleCount::count).sum();
    }

    /** Every finding of the run, kept or not. */
    public long total() {
        return counts.stream().mapToLong(RuleCount::count).sum();
    }

    public List<RuleHit> hits(String rule) {
        return hits.stream().filter(h -> h.rule().equals(rule)).toList();
    }
}
