package org.salestrack.model;

/** How many stored issues share a rule, severity and status. */
public record IssueCount(String rule, Severity severity, IssueStatus status, long count) {}
