package org.salestrack.ingest.watch;

import org.salestrack.ingest.ImportResult;
import org.salestrack.model.Message;

/** What the watcher says it did with a file, by key: the reason file has it in English, the workbench in its language. */
public final class WatchReasons {
    private WatchReasons() {}

    public static Message stored(ImportResult r) {
        return Message.of("watch.reason.stored", r.batchId(), r.read(), r.stored(), r.quarantined(), r.duplicates(), r.profile());
    }

    public static Message duplicate(ImportResult r) { return Message.of("watch.reason.duplicate", r.batchId()); }

    public static Message noSuchProfile(String name) { return Message.of("watch.reason.no_profile", name); }

    public static Message storeFailed(String detail) { return Message.of("watch.reason.store_failed", detail); }

    public static Message pollFailed(String detail) { return Message.of("watch.reason.poll_failed", detail); }
}
