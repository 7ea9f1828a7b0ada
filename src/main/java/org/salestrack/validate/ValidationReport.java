package org.salestrack.validate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.salestrack.model.RuleHit;
import org.salestrack.model.Severity;

/**
 * The hits of one run, in rule order and within a rule in input order, with the time each rule took.
 * {@code ruleOrder} lists every rule that ran, so counts can show a rule that found nothing.
 */
public record ValidationReport(List<String> ruleOrder, List<RuleHit> hits, Map<String, Long> millisByRule) {

    public ValidationReport {
        ruleOrder = List.copyOf(ruleOrder);
        hits = List.copyOf(hits);
        millisByRule = Collections.unmodifiableMap(new LinkedHashMap<>(millisByRule));
    }

    /** Hits per rule and severity, in rule order then error, warning, info; only non-zero counts. */
    public List<RuleCount> counts() {
        Map<String, long[]> byRule = new LinkedHashMap<>();
        for (String rule : ruleOrder) byRule.put(rule, new long[Severity.values().length]);
        for (RuleHit h : hits) byRule.computeIfAbsent(h.rule(), r -> new long[Severity.values().length])[h.severity().ordinal()]++;
        List<RuleCount> counts = new ArrayList<>();
        byRule.forEach((rule, n) -> {
            for (Severity s : Severity.values()) {
                if (n[s.ordinal()] > 0) counts.add(new RuleCount(rule, s, n[s.ordinal()]));
            }
        });
        return counts;
    }

    public long count(String rule, Severity severity) {
        return hits.stream().filter(h -> h.rule().equals(rule) && h.severity() == severity).count();
    }

    public List<RuleHit> hits(String rule) {
        return hits.stream().filter(h -> h.rule().equals(rule)).toList();
    }
}
