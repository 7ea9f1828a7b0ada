package org.salestrack.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.salestrack.model.RuleHit;

/** Counts the lines each rule would hold, and takes the holds of the rules refused at the guard's question away from a report. */
final class MassHolds {
    private MassHolds() {}

    /** Counts the lines {@code h} would hold into {@code heldByRule}. */
    static void held(Map<String, Long> heldByRule, RuleHit h) {
        if (h.hold()) heldByRule.merge(h.rule(), (long) (h.rowId() == null ? 0 : 1) + h.relatedRowIds().size(), Long::sum);
    }

    /** The report with the findings of {@code refused} rules kept but holding nothing. */
    static ValidationReport withoutHolds(ValidationReport report, List<MassHold> refused) {
        Set<String> rules = refused.stream().map(MassHold::rule).collect(Collectors.toSet());
        List<RuleHit> hits = new ArrayList<>(report.hits().size());
        for (RuleHit h : report.hits()) {
            hits.add(h.hold() && rules.contains(h.rule()) ? h.withHold(false) : h);
        }
        return new ValidationReport(report.ruleOrder(), hits, report.millisByRule(), report.counts());
    }
}
