package org.salestrack.model;

import java.util.Locale;

/** Where a data-quality issue stands: not yet reviewed, accepted (the lines count), or rejected (they never will). */
public enum IssueStatus {
    OPEN, ACCEPTED, REJECTED;

    public String id() { return name().toLowerCase(Locale.ROOT); }

    public static IssueStatus parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (IssueStatus s : values()) {
            if (s.id().equals(t)) return s;
        }
        throw new IllegalArgumentException("issue status must be open, accepted or rejected, not '" + text + "'");
    }
}
