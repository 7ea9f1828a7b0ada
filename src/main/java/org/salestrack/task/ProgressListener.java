package org.salestrack.task;

/** Receives progress from long work; implementations must be cheap and thread-safe. */
public interface ProgressListener {
    ProgressListener NONE = (done, total, message) -> {};

    /** @param total negative when unknown */
    void progress(long done, long total, String message);
}
