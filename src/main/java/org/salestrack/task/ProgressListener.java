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

    /**
     * A listener whose own 0..total shows here as {@code from}..{@code to} of {@code scale} (at {@code from} while its
     * total is unknown), with its message as it came, text or words: one bar over the stages of a longer work. With
     * {@code from} equal to {@code to}, every report shows at that one step.
     */
    default ProgressListener part(long from, long to, long scale) {
        ProgressListener whole = this;
        return new ProgressListener() {
            private long step(long d, long t) { return t <= 0 ? from : from + Math.min(t, Math.max(0, d)) * (to - from) / t; }

            @Override
            public void progress(long d, long t, String message) { whole.progress(step(d, t), scale, message); }

            @Override
            public void progress(long d, long t, Message message) { whole.progress(step(d, t), scale, message); }
        };
    }
}
