package org.salestrack.model;

import java.time.LocalDate;

/** Which audit entries to show: each part null for "any"; dates inclusive; text is found in subject or detail. */
public record AuditFilter(String action, String who, LocalDate from, LocalDate to, String text) {
    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);
}
