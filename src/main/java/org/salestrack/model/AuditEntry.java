package org.salestrack.model;

/**
 * One line of the audit log: who did what, when, with which version of the app; {@code prevHash} is the
 * SHA-256 of the entry before it and {@code hash} this entry's own, so an edited, removed or inserted entry
 * breaks the chain. {@code version} is null for entries written before versions were recorded.
 */
public record AuditEntry(long id, String at, String who, String version, String action, String subject, String detail,
                         String prevHash, String hash) {}
