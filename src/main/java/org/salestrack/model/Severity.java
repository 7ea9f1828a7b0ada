package org.salestrack.model;

import java.util.Locale;

/**
 * How serious a data-quality finding is. Only {@link #ERROR} holds a line out of totals until a person
 * reviews it; warnings and infos are shown but never change a number.
 */
public enum Severity {
    ERROR, WARNING, INFO;

    public String id() { return name().toLowerCase(Locale.ROOT); }

    public static Severity parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Severity s : values()) {
            if (s.id().equals(t)) return s;
        }
        throw new IllegalArgumentException("severity must be error, warning or info, not '" + text + "'");
    }
}
