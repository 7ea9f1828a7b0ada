package org.salestrack.task;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A cancel flag that long loops check; checking throws so the caller's transaction rolls back. Work run
 * {@link #within} a cancellation finds it as {@link #current()}, so the store can stop the statements that work runs
 * (a progress handler on SQLite, a cancel request to PostgreSQL) without every query taking a parameter.
 */
public final class Cancellation {
    private static final ThreadLocal<Cancellation> CURRENT = new ThreadLocal<>();

    public static Cancellation none() { return new Cancellation(); }

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final CopyOnWriteArrayList<Runnable> listeners = new CopyOnWriteArrayList<>();

    public void cancel() {
        if (!cancelled.compareAndSet(false, true)) return;
        for (Runnable r : listeners) {
            try {
                r.run();
            } catch (RuntimeException e) {
                // one listener failing (a cancel request that cannot reach the server) does not stop the others
            }
        }
    }

    public boolean isCancelled() { return cancelled.get(); }

    public void check() {
        if (cancelled.get()) throw new CancellationException("cancelled by the user");
    }

    /**
     * Runs {@code onCancel} when this is cancelled (at once when it already is) until the returned handle is closed;
     * for work that a flag cannot stop, e.g. a statement waiting on a server.
     */
    public AutoCloseable onCancel(Runnable onCancel) {
        listeners.add(onCancel);
        if (cancelled.get()) onCancel.run();
        return () -> listeners.remove(onCancel);
    }

    /** The cancellation of the work running on this thread, or null outside {@link #within}. */
    public static Cancellation current() { return CURRENT.get(); }

    /**
     * Runs {@code work} on this thread with {@code cancel} as {@link #current()}; when it fails after a cancel, the
     * failure is the cancel (a statement interrupted by it fails with the driver's error, which is no error to show).
     */
    public static <T> T within(Cancellation cancel, Callable<T> work) throws Exception {
        Cancellation outer = CURRENT.get();
        CURRENT.set(cancel);
        try {
            return work.call();
        } catch (Exception e) {
            if (cancel != null && cancel.isCancelled() && !(e instanceof CancellationException)) {
                CancellationException c = new CancellationException("cancelled by the user");
                c.initCause(e);
                throw c;
            }
            throw e;
        } finally {
            if (outer == null) CURRENT.remove(); else CURRENT.set(outer);
        }
    }

    /** {@code executor}, handing the submitter's {@link #current()} cancellation to the work it runs (a fan-out of queries). */
    public static Executor propagating(Executor executor) {
        return r -> {
            Cancellation cancel = CURRENT.get();
            if (cancel == null) {
                executor.execute(r);
                return;
            }
            // the work runs even when cancelled meanwhile: a future's runnable that never ran would never complete
            executor.execute(() -> {
                try {
                    within(cancel, () -> {
                        r.run();
                        return null;
                    });
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        };
    }
}
