package org.salestrack.model.report;

import java.time.LocalDateTime;

/**
 * Where a report's numbers come from and when it was made; {@code heldLines} and {@code heldE4} are the
 * paid lines of the window that open findings hold out of every figure pending review (issue 23: a workbook
 * that left out half the lines did not say so).
 */
public record Provenance(String workspace, LocalDateTime generatedAt, String appVersion, String from, String to,
                         String filter, long heldLines, long heldE4) {
    /** Nothing held out. */
    public Provenance(String workspace, LocalDateTime generatedAt, String appVersion, String from, String to, String filter) {
        this(workspace, generatedAt, appVersion, from, to, filter, 0, 0);
    }
}
