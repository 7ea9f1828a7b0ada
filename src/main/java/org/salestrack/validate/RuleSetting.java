package org.salestrack.validate;

import java.util.Map;
import org.salestrack.model.Severity;

/**
 * What a user changed about one rule: whether it runs, its severity (null keeps the rule's default) and
 * parameter values (absent names keep their defaults).
 */
public record RuleSetting(boolean enabled, Severity severity, Map<String, Object> params) {

    public RuleSetting {
        params = Map.copyOf(params);
    }

    public static RuleSetting defaults() { return new RuleSetting(true, null, Map.of()); }
}
