package org.salestrack.validate;

import org.salestrack.model.Severity;

/** How many hits one rule produced at one severity. */
public record RuleCount(String rule, Severity severity, long count) {}
