package org.salestrack.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.salestrack.model.RuleHit;

/** Finds the rules of a report that would hold more lines than a guard allows, and takes their holds away if refused. */
final class MassHolds {
    private MassHolds() {}

    /** Counts the lines {@code h} would hold into {@code heldByRule}. */
    static void held(Map<String, Long> heldByRule, RuleHit h) {
        if (h.hold()) heldByRule.merge(h.rule(), (long) (h.rowId() == null ? 0 : 1) + h.relatedRowIds().size(), Long::sum);
    }

    /** The rules over the guard's share that the guard did not confirm, in the order of {@code heldByRule}. */
    static List<MassHold> refused(Map<String, Long> heldByRule, long lines, HoldGuard guard) {
        if (lines == 0 || Double.isInfinite(guard.maxShare())) return List.of();
        List<MassHold> out = new ArrayList<>();
        heldByRule.forEach((rule, n) -> {
            MassHold m = new MassHold(rule, n, lines);
            if (m.share() > guard.maxShare() && !guard.confirm().test(m)) out.add(m);
        });
        return out;
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
