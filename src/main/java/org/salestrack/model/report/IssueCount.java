package org.salestrack.model.report;

/** Validation issues of one rule and severity, by review status. */
public record IssueCount(String rule, String severity, long open, long accepted, long rejected) {}
