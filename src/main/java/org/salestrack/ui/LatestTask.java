package org.salestrack.ui;

import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.salestrack.task.BackgroundTask;
import org.salestrack.task.TaskExecutor;

/**
 * A screen's one background load at a time: a new one cancels the one it supersedes (which stops its work where
 * the task checks its cancellation; {@link LatestRequest} also stops the statements it runs), whose result or
 * failure is then dropped; {@link #busyProperty()} and {@link #errorProperty()} follow the load that counts. FX thread only.
 */
public final class LatestTask {
    private final TaskExecutor tasks;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Throwable> error = new ReadOnlyObjectWrapper<>();
    private BackgroundTask<?> running;

    public LatestTask(TaskExecutor tasks) { this.tasks = tasks; }

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Throwable> errorProperty() { return error.getReadOnlyProperty(); }

    /** Shows a failure of work run outside this (a save, a lookup) where the screen shows its errors. */
    public void fail(Throwable e) { error.set(e); }

    public <T> void run(BackgroundTask<T> task, Consumer<T> done) {
        cancel();
        running = task;
        busy.set(true);
        error.set(null);
        tasks.execute(task, r -> {
            if (running != task) return;
            running = null;
            busy.set(false);
            done.accept(r);
        }, e -> {
            if (running != task) return;
            running = null;
            busy.set(false);
            if (!(e instanceof CancellationException)) error.set(e);
        });
    }

    public void cancel() {
        if (running != null) running.cancel();
    }
}
