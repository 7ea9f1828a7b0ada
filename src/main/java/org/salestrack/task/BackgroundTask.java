package org.salestrack.task;

/**
 * A unit of long work (import, validate, forecast, export) with progress, a message and cancel.
 * The work itself never touches the UI; a {@link TaskExecutor} decides where it runs.
 */
public abstract class BackgroundTask<T> {
    private final String title;
    private final Cancellation cancellation = new Cancellation();
    private volatile long done;
    private volatile long total = -1;
    private volatile String message = "";
    /** the message as words a screen words in its language, when the work gave them; else null */
    private volatile org.salestrack.model.Message worded;

    protected BackgroundTask(String title) { this.title = title; }

    public String title() { return title; }

    public Cancellation cancellation() { return cancellation; }

    public void cancel() { cancellation.cancel(); }

    public long done() { return done; }

    public long total() { return total; }

    public String message() { return message; }

    /** The last message as words a screen shows in its own language, or null when the work gave plain text. */
    public org.salestrack.model.Message wordedMessage() { return worded; }

    /** Progress as 0..1, or -1 when the total is unknown. */
    public double fraction() {
        long t = total;
        return t <= 0 ? -1 : Math.min(1.0, (double) done / t);
    }

    protected final ProgressListener progress() {
        return new ProgressListener() {
            @Override
            public void progress(long d, long t, String m) {
                done = d;
                total = t;
                if (m != null) {
                    message = m;
                    worded = null;
                }
            }

            @Override
            public void progress(long d, long t, org.salestrack.model.Message m) {
                done = d;
                total = t;
                worded = m;
                message = m.english();
            }
        };
    }

    /** Runs the work on the calling thread. */
    public abstract T call() throws Exception;
}
