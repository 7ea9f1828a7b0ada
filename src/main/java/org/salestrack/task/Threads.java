package org.salestrack.task;

import java.util.concurrent.TimeUnit;

/** Waiting for the helper threads a piece of work started. */
public final class Threads {
    private Threads() {}

    /**
     * Waits for {@code thread} to end, up to {@code timeout}, even when this thread is interrupted (a cancelled task is),
     * and keeps the interrupt for the caller: what the helper still does may touch what the caller closes next.
     */
    public static void join(Thread thread, long timeout, TimeUnit unit) {
        boolean interrupted = Thread.interrupted();
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        for (long left = deadline - System.nanoTime(); thread.isAlive() && left > 0; left = deadline - System.nanoTime()) {
            try {
                thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }
}
