package org.salestrack.model.alert;

import org.salestrack.model.Message;

/**
 * What a rule found, before it is stored as an alert. One alert per rule, subject and period: finding it
 * again raises nothing.
 *
 * @param subject what it is about, stable across runs ("province:44")
 * @param label the subject as a person reads it ("province 广东")
 * @param value the figure observed, {@code reference} what it is compared with, {@code change} the rule's
 *              ratio (value / reference - 1 for the changes); any may be null when the rule has no such figure
 */
public record AlertFinding(AlertRule rule, String severity, String subject, String label, String period, Double value, Double reference,
                           Double change, Message why, AlertLink link) {}
