package org.salestrack.model.lines;

import java.util.Locale;

/** Why a stored line is or is not counted: the workspace's {@code sale.hold} codes 0-3. */
public enum LineHold {
    COUNTED, DUPLICATE, HELD_BY_RULE, REJECTED;

    public static LineHold of(int code) {
        return code >= 0 && code < values().length ? values()[code] : HELD_BY_RULE;
    }

    public String id() { return name().toLowerCase(Locale.ROOT); }
}
