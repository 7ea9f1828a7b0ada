package org.salestrack.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.salestrack.task.BackgroundTask;
import org.salestrack.task.TaskExecutor;

/**
 * Runs background tasks on worker threads and hands results back on the FX thread. Tasks run by a
 * "visible" executor are listed in {@link #running()} so the status bar can show progress and Cancel;
 * chart queries use a quiet one, since a progress bar flickering per recompute helps nobody.
 */
public final class UiTaskExecutor implements TaskExecutor {
    private final ExecutorService pool;
    private final boolean visible;
    private final ObservableList<BackgroundTask<?>> running = FXCollections.observableArrayList();

    public UiTaskExecutor(String name, int threads, boolean visible) {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.visible = visible;
    }

    /** Visible tasks now running; changed on the FX thread only. */
    public ObservableList<BackgroundTask<?>> running() { return running; }

    @Override
    public <T> void execute(BackgroundTask<T> task, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        if (visible) running.add(task);
        pool.execute(() -> {
            try {
                T result = task.call();
                Platform.runLater(() -> {
                    running.remove(task);
                    onSuccess.accept(result);
                });
            } catch (Throwable e) {
                Platform.runLater(() -> {
                    running.remove(task);
                    onError.accept(e);
                });
            }
        });
    }

    public void shutdown() { pool.shutdownNow(); }
}
