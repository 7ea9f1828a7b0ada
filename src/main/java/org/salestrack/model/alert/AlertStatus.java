package org.salestrack.model.alert;

import java.util.Arrays;
import java.util.Locale;

/** Where an alert stands; "open" (the CLI's filter) is every status but resolved. */
public enum AlertStatus {
    NEW, ACKNOWLEDGED, IN_PROGRESS, RESOLVED;

    /** new, acknowledged, in_progress, resolved: as stored and printed. */
    public String id() { return name().toLowerCase(Locale.ROOT); }

    public boolean open() { return this != RESOLVED; }

    /** Also reads "open", what alerts were stored with before there was an alert centre. */
    public static AlertStatus of(String id) {
        if ("open".equals(id)) return NEW;
        return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("a status is new, acknowledged, in_progress or resolved, not " + id));
    }
}
