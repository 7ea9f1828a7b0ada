package org.salestrack.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.salestrack.task.BackgroundTask;
import org.salestrack.task.TaskExecutor;

/**
 * One query thread, as busy as the workbench's when a query hogs it, with the callbacks on that thread: a later
 * request runs only once the one it superseded has stopped, which is what the tests of superseded loads time.
 */
public final class OneQueryThread implements TaskExecutor, AutoCloseable {
    /** About a billion steps of SQLite's virtual machine: minutes if nothing stops it. */
    public static final String SLOW_SQL = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000) SELECT SUM(i) FROM n";

    private final ExecutorService worker;

    public OneQueryThread(String name) {
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** The thread itself, e.g. to see that it is free again. */
    public ExecutorService worker() { return worker; }

    @Override
    public <T> void execute(BackgroundTask<T> task, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        worker.execute(() -> {
            T r;
            try {
                r = task.call();
            } catch (Throwable e) {
                onError.accept(e);
                return;
            }
            onSuccess.accept(r);
        });
    }

    @Override
    public void close() { worker.shutdownNow(); }
}
