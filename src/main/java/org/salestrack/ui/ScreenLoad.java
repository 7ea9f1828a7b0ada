package org.salestrack.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.salestrack.task.TaskExecutor;

/**
 * A screen's one background load at a time, on the workbench's {@link RequestScheduler}: a new load supersedes the
 * running one, whose task is cancelled and whose statements stop ({@link LatestRequest}), and whose result or failure
 * is dropped; {@link #busyProperty()} and {@link #errorProperty()} follow the load that counts. Loads of different
 * results share it (a screen's first lookup, its analysis, a fit on demand), so the newest always wins. Work finds its
 * cancellation as {@link org.salestrack.task.Cancellation#current()}. FX thread only.
 */
public final class ScreenLoad {
    private final LatestRequest<Object> request;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Throwable> error = new ReadOnlyObjectWrapper<>();

    public ScreenLoad(RequestScheduler requests, TaskExecutor executor) {
        this.request = requests.latest(executor, 0);
    }

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Throwable> errorProperty() { return error.getReadOnlyProperty(); }

    /** Shows a failure of work run outside this (a save, a lookup) where the screen shows its errors. */
    public void fail(Throwable e) { error.set(e); }

    /** Runs {@code work} as the task {@code title} (the status bar's {@code task.<title>}); {@code done} gets its result unless superseded. */
    @SuppressWarnings("unchecked")
    public <T> void run(String title, Callable<T> work, Consumer<T> done) {
        busy.set(true);
        error.set(null);
        request.submit(title, work::call, r -> {
            busy.set(false);
            done.accept((T) r);
        }, e -> {
            busy.set(false);
            error.set(e);
        }, () -> busy.set(false));
    }

    public void cancel() {
        request.cancel();
        busy.set(false);
    }
}
