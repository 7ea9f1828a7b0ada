package org.salestrack.ui.quality;

import org.salestrack.model.IssueStatus;
import org.salestrack.model.Severity;

/** Bundle keys of severities and statuses, spelled out so the bundle test sees every key used. */
final class Labels {
    private Labels() {}

    static String severity(Severity s) {
        if (s == null) return "quality.all";
        return switch (s) {
            case ERROR -> "quality.severity.error";
            case WARNING -> "quality.severity.warning";
            case INFO -> "quality.severity.info";
        };
    }

    static String status(IssueStatus s) {
        if (s == null) return "quality.all";
        return switch (s) {
            case OPEN -> "quality.status.open";
            case ACCEPTED -> "quality.status.accepted";
            case REJECTED -> "quality.status.rejected";
        };
    }
}
