package org.salestrack.task;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

/** A cancel flag that long loops check; checking throws so the caller's transaction rolls back. */
public final class Cancellation {
    public static Cancellation none() { return new Cancellation(); }

    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() { cancelled.set(true); }

    public boolean isCancelled() { return cancelled.get(); }

    public void check() {
        if (cancelled.get()) throw new CancellationException("cancelled by the user");
    }
}
