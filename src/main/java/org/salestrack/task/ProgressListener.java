package org.salestrack.task;

import org.salestrack.model.Message;

/** Receives progress from long work; implementations must be cheap and thread-safe. */
public interface ProgressListener {
    ProgressListener NONE = (done, total, message) -> {};

    /** @param total negative when unknown */
    void progress(long done, long total, String message);

    /**
     * The same with a message a screen shows in its own language ({@link BackgroundTask} keeps it); a listener that only
     * reads text gets its English.
     */
    default void progress(long done, long total, Message message) {
        progress(done, total, message.english());
    }

    /** A listener whose reports show here at ({@code done}, {@code total}), with their message as it came, text or words. */
    default ProgressListener at(long done, long total) {
        ProgressListener to = this;
        return new ProgressListener() {
            @Override
            public void progress(long d, long t, String message) { to.progress(done, total, message); }

            @Override
            public void progress(long d, long t, Message message) { to.progress(done, total, message); }
        };
    }
}
