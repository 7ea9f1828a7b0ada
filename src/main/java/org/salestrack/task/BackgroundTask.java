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

    protected BackgroundTask(String title) { this.title = title; }

    public String title() { return title; }

    public Cancellation cancellation() { return cancellation; }

    public void cancel() { cancellation.cancel(); }

    public long done() { return done; }

    public long total() { return total; }

    public String message() { return message; }

    /** Progress as 0..1, or -1 when the total is unknown. */
    public double fraction() {
        long t = total;
        return t <= 0 ? -1 : Math.min(1.0, (double) done / t);
    }

    protected final ProgressListener progress() {
        return (d, t, m) -> {
            done = d;
            total = t;
            if (m != null) message = m;
        };
    }

    /** Runs the work on the calling thread. */
    public abstract T call() throws Exception;
}
