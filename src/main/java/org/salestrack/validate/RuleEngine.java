package org.salestrack.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.salestrack.model.RuleHit;
import org.salestrack.model.Severity;

/**
 * Runs a set of rules over one input with the user's settings. Settings are checked before any rule runs,
 * so a typo in a rules file fails fast with the rule and parameter named, not after a long run.
 */
public final class RuleEngine {
    private final List<Rule> rules;

    public RuleEngine(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        if (rules.stream().map(Rule::id).distinct().count() != rules.size()) {
            throw new IllegalArgumentException("two rules share an id");
        }
    }

    /** Every rule of issue 4, in the order counts are listed. */
    public static RuleEngine standard() {
        return new RuleEngine(List.of(
                new RequiredRule(), new DuplicateLineRule(), new StoreSpikeRule(), new NightBurstRule(),
                new DiversionRule(), new StoreProvinceRule(), new ImeiInvalidRule(), new ImeiDuplicateRule(), new ImeiWaybillRule(),
                new ChannelStuffingRule(), new PriceOutlierRule(), new ImpossibleRule(),
                new IsolationForestRule(), new StlAnomalyRule()));
    }

    public List<Rule> rules() { return rules; }

    public Optional<Rule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The parameters a rule runs with under {@code setting}: defaults overlaid with the setting's values. */
    public RuleParameters parameters(Rule rule, RuleSetting setting) {
        try {
            return RuleParameters.of(rule.parameters(), setting.params());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("rule '" + rule.id() + "': " + e.getMessage(), e);
        }
    }

    /** An enabled rule with the parameters and severity it runs with. */
    record Configured(Rule rule, RuleParameters params, Severity severity) {}

    /**
     * The enabled rules, in order, with their settings checked; a rule absent from {@code settings} runs with its
     * defaults. An unknown rule or a bad value fails here, before any line is read.
     */
    List<Configured> configured(Map<String, RuleSetting> settings) {
        for (String id : settings.keySet()) {
            if (rule(id).isEmpty()) {
                throw new IllegalArgumentException("unknown rule '" + id + "'; the rules are "
                        + rules.stream().map(Rule::id).toList());
            }
        }
        List<Configured> out = new ArrayList<>();
        for (Rule rule : rules) {
            RuleSetting setting = settings.getOrDefault(rule.id(), RuleSetting.defaults());
            if (!setting.enabled()) continue;
            out.add(new Configured(rule, parameters(rule, setting),
                    setting.severity() != null ? setting.severity() : rule.defaultSeverity()));
        }
        return out;
    }

    /** Runs every enabled rule over lines held in memory; a rule absent from {@code settings} runs with its defaults. */
    public ValidationReport run(ValidationInput input, Map<String, RuleSetting> settings) {
        List<Configured> enabled = configured(settings);
        // rules share nothing but the immutable input, so they run side by side; results are joined in rule order
        List<TimedHits> results = enabled.parallelStream()
                .map(c -> timed(c.rule(), input, c.params(), c.severity()))
                .toList();
        List<String> order = new ArrayList<>();
        List<RuleHit> hits = new ArrayList<>();
        Map<String, Long> millis = new LinkedHashMap<>();
        for (int i = 0; i < enabled.size(); i++) {
            order.add(enabled.get(i).rule().id());
            hits.addAll(results.get(i).hits());
            millis.put(enabled.get(i).rule().id(), results.get(i).millis());
        }
        return new ValidationReport(order, hits, millis);
    }

    private record TimedHits(List<RuleHit> hits, long millis) {}

    private static TimedHits timed(Rule rule, ValidationInput input, RuleParameters params, Severity severity) {
        long start = System.nanoTime();
        List<RuleHit> hits = rule.check(input, params, severity);
        return new TimedHits(hits, (System.nanoTime() - start) / 1_000_000);
    }
}
