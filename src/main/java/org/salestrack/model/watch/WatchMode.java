package org.salestrack.model.watch;

import java.util.Locale;

/** How a folder is watched: file-system events plus scans, or scans only (network drives, where events never come). */
public enum WatchMode {
    AUTO,
    POLL;

    public String id() { return name().toLowerCase(Locale.ROOT); }

    public static WatchMode of(String id) {
        for (WatchMode m : values()) if (m.id().equals(id)) return m;
        throw new IllegalArgumentException("unknown watch mode '" + id + "' (auto or poll)");
    }
}
