package org.salestrack.model.watch;

import java.util.Locale;

/** What the watcher did with one file or poll (table watch_file, column outcome). */
public enum WatchOutcome {
    /** a new batch; the file went to processed/ */
    STORED,
    /** the same content is stored already; nothing added, the file went to processed/ */
    DUPLICATE,
    /** refused, nothing stored; the file went to failed/ with its reason */
    FAILED;

    public String id() { return name().toLowerCase(Locale.ROOT); }

    public static WatchOutcome of(String id) {
        for (WatchOutcome o : values()) if (o.id().equals(id)) return o;
        throw new IllegalArgumentException("unknown watch outcome '" + id + "'");
    }
}
