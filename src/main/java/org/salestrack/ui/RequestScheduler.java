package org.salestrack.ui;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.salestrack.task.Cancellation;
import org.salestrack.task.TaskExecutor;

/**
 * The screens' latest-request scheduling, owned by the workbench and closed with it: the debounce timer their
 * {@link LatestRequest}s wait on, and the threads a request's independent cube queries fan out on (the dashboard's
 * six, the explorer's two), so the figures appear after the slowest query rather than after all of them in turn.
 * Closing cancels every request still running (their statements stop) and ends both sets of threads.
 */
public final class RequestScheduler implements AutoCloseable {
    private static final AtomicInteger SCHEDULERS = new AtomicInteger();

    private final int id = SCHEDULERS.incrementAndGet();
    private final ScheduledExecutorService timer;
    private final ExecutorService fanOut;
    private final Executor queries;
    private final Set<LatestRequest<?>> requests = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    public RequestScheduler() {
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, debounceThread()));
        AtomicInteger n = new AtomicInteger();
        this.fanOut = Executors.newFixedThreadPool(Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors())),
                r -> daemon(r, "cube-query-" + id + "-" + n.incrementAndGet()));
        // a fanned-out query runs under its request's cancellation, so superseding the request stops it too
        this.queries = Cancellation.propagating(fanOut);
    }

    /** A request for one screen's recompute, run by {@code executor} after {@code debounceMillis} of quiet (0: at once). */
    public <T> LatestRequest<T> latest(TaskExecutor executor, long debounceMillis) {
        LatestRequest<T> r = new LatestRequest<>(this, executor, debounceMillis);
        requests.add(r);
        return r;
    }

    /** Where a request's work fans its independent queries out (blocking work only, never the FX thread). */
    public Executor queries() { return queries; }

    /** The name of this scheduler's timer thread (alive from the first debounced request until {@link #close}). */
    public String debounceThread() { return "debounce-" + id; }

    public boolean closed() { return closed; }

    /** Runs {@code start} after {@code millis}; null once closed. */
    ScheduledFuture<?> schedule(Runnable start, long millis) {
        if (closed) return null;
        try {
            return timer.schedule(start, millis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            return null; // closed meanwhile
        }
    }

    @Override
    public void close() {
        closed = true;
        for (LatestRequest<?> r : requests) r.cancel();
        timer.shutdownNow();
        fanOut.shutdownNow();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
