package org.salestrack.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.salestrack.task.BackgroundTask;
import org.salestrack.task.TaskExecutor;

/**
 * Latest request wins: a recompute is debounced, runs on the executor with inputs the caller captured,
 * and its result is published only if no newer request came meanwhile. Filters change in bursts (a
 * click, then another); without this, stale charts would overwrite fresh ones.
 */
public final class LatestRequest<T> {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "debounce");
        t.setDaemon(true);
        return t;
    });

    private final TaskExecutor executor;
    private final long debounceMillis;
    private final AtomicLong generation = new AtomicLong();

    public LatestRequest(TaskExecutor executor, long debounceMillis) {
        this.executor = executor;
        this.debounceMillis = debounceMillis;
    }

    /** @param onResult called with the result (on the executor's callback thread) unless superseded */
    public void submit(Callable<T> work, Consumer<T> onResult, Consumer<Throwable> onError) {
        long mine = generation.incrementAndGet();
        Runnable start = () -> {
            if (generation.get() != mine) return;
            executor.execute(new BackgroundTask<T>("") {
                @Override
                public T call() throws Exception {
                    return generation.get() == mine ? work.call() : null;
                }
            }, r -> {
                if (generation.get() == mine) onResult.accept(r);
            }, e -> {
                if (generation.get() == mine) onError.accept(e);
            });
        };
        if (debounceMillis <= 0) start.run(); else TIMER.schedule(start, debounceMillis, TimeUnit.MILLISECONDS);
    }

    /** Drops whatever is pending, e.g. when the view closes. */
    public void cancel() { generation.incrementAndGet(); }
}
