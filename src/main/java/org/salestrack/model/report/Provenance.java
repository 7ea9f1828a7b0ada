package org.salestrack.model.report;

import java.time.LocalDateTime;

/** Where a report's numbers come from and when it was made. */
public record Provenance(String workspace, LocalDateTime generatedAt, String appVersion, String from, String to,
                         String filter) {}
