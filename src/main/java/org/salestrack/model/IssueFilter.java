package org.salestrack.model;

/**
 * Which issues to list; a null field does not filter. {@code limit} caps the page (0 = no cap) and
 * {@code offset} skips that many, so a screen can page through a large run.
 */
public record IssueFilter(String rule, Severity severity, IssueStatus status, Long batchId, int limit, int offset) {

    public static IssueFilter all() { return new IssueFilter(null, null, null, null, 0, 0); }

    public IssueFilter withRule(String r) { return new IssueFilter(r, severity, status, batchId, limit, offset); }

    public IssueFilter withSeverity(Severity s) { return new IssueFilter(rule, s, status, batchId, limit, offset); }

    public IssueFilter withStatus(IssueStatus s) { return new IssueFilter(rule, severity, s, batchId, limit, offset); }

    public IssueFilter withBatch(Long b) { return new IssueFilter(rule, severity, status, b, limit, offset); }

    public IssueFilter page(int newLimit, int newOffset) { return new IssueFilter(rule, severity, status, batchId, newLimit, newOffset); }
}
