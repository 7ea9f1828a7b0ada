package org.salestrack.validate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.salestrack.model.RuleHit;
import org.salestrack.model.SaleFact;

/** Runs one rule with its default severity and the given parameter overrides. */
final class RuleRunner {
    static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

    private RuleRunner() {}

    static List<RuleHit> run(Rule rule, ValidationInput input, Map<String, ?> params) {
        return rule.check(input, RuleParameters.of(rule.parameters(), params), rule.defaultSeverity());
    }

    static List<RuleHit> run(Rule rule, List<SaleFact> sales) {
        return run(rule, ValidationInput.ofSales(sales, TODAY), Map.of());
    }

    static List<RuleHit> run(Rule rule, List<SaleFact> sales, Map<String, ?> params) {
        return run(rule, ValidationInput.ofSales(sales, TODAY), params);
    }
}
