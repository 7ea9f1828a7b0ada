package org.salestrack.model;

import java.util.Optional;

/**
 * What checking the audit chain found: how many entries were checked, the first broken link if any, and the
 * hash of the last entry (note it somewhere else: a chain rewritten from an edit onwards no longer ends in it).
 */
public record AuditVerdict(long checked, Optional<AuditBreak> broken, String head) {
    public boolean ok() { return broken.isEmpty(); }
}
