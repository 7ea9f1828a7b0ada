package org.salestrack.model.alert;

/**
 * A rule's parameters as kept in the workspace.
 *
 * @param threshold what counts as beyond normal (see {@link AlertRule})
 * @param minVolume the least volume (units) a subject needs before its change means anything
 * @param owner who new alerts of the rule go to; null: nobody until assigned
 */
public record AlertRuleSetting(AlertRule rule, boolean enabled, double threshold, double minVolume, String severity, String owner) {
    public AlertRuleSetting {
        if (!severity.equals("error") && !severity.equals("warning") && !severity.equals("info")) {
            throw new IllegalArgumentException("a severity is error, warning or info, not " + severity);
        }
        if (threshold < 0 || minVolume < 0) throw org.salestrack.model.InvalidInput.of("input.alert.negative");
        if (owner != null && owner.isBlank()) owner = null;
    }
}
