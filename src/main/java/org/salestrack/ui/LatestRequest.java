package org.salestrack.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.salestrack.task.BackgroundTask;
import org.salestrack.task.Cancellation;
import org.salestrack.task.TaskExecutor;

/**
 * Latest request wins: a recompute is debounced, runs on the executor with inputs the caller captured, and a newer
 * request cancels it: its task is cancelled and the statements it runs stop (the work runs
 * {@link Cancellation#within} the task's cancellation, which the store's connections obey), its result and failure
 * are dropped. Filters change in bursts (a click, then another); without this a superseded query would keep a core
 * busy, and stale charts would overwrite fresh ones. Made by the workbench's {@link RequestScheduler}.
 */
public final class LatestRequest<T> {
    private final RequestScheduler scheduler;
    private final TaskExecutor executor;
    private final long debounceMillis;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicReference<BackgroundTask<T>> running = new AtomicReference<>();
    private final AtomicReference<ScheduledFuture<?>> waiting = new AtomicReference<>();

    LatestRequest(RequestScheduler scheduler, TaskExecutor executor, long debounceMillis) {
        this.scheduler = scheduler;
        this.executor = executor;
        this.debounceMillis = debounceMillis;
    }

    /**
     * @param onResult called with the result (on the executor's callback thread) unless superseded
     * @param onError called with the failure unless superseded; a cancelled request's failure never reaches it
     */
    public void submit(Callable<T> work, Consumer<T> onResult, Consumer<Throwable> onError) {
        submit("", work, onResult, onError, () -> { });
    }

    /**
     * As {@link #submit(Callable, Consumer, Consumer)}, the task named {@code title} where the executor shows it (the
     * status bar reads the bundle key {@code task.<title>}); {@code onCancelled} runs when the task is cancelled from
     * outside (the status bar's Cancel) rather than superseded.
     */
    public void submit(String title, Callable<T> work, Consumer<T> onResult, Consumer<Throwable> onError, Runnable onCancelled) {
        long mine = generation.incrementAndGet();
        stop();
        if (scheduler.closed()) return;
        Runnable start = () -> {
            if (generation.get() != mine || scheduler.closed()) return;
            BackgroundTask<T> task = new BackgroundTask<T>(title) {
                @Override
                public T call() throws Exception {
                    cancellation().check();
                    return Cancellation.within(cancellation(), work);
                }
            };
            BackgroundTask<T> before = running.getAndSet(task);
            if (before != null) before.cancel();
            // superseded between the check above and now: the newer submit may not have seen this task
            if (generation.get() != mine) task.cancel();
            executor.execute(task, r -> {
                running.compareAndSet(task, null);
                if (generation.get() == mine) onResult.accept(r);
            }, e -> {
                running.compareAndSet(task, null);
                if (generation.get() != mine) return;
                if (e instanceof CancellationException) onCancelled.run(); else onError.accept(e);
            });
        };
        if (debounceMillis <= 0) start.run();
        else waiting.set(scheduler.schedule(start, debounceMillis));
    }

    /** Cancels whatever is pending or running, e.g. when the view closes. */
    public void cancel() {
        generation.incrementAndGet();
        stop();
    }

    private void stop() {
        ScheduledFuture<?> w = waiting.getAndSet(null);
        if (w != null) w.cancel(false);
        BackgroundTask<T> r = running.getAndSet(null);
        if (r != null) r.cancel();
    }
}
