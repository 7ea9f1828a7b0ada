package org.salestrack.task;

import java.util.function.Consumer;

/** Runs background tasks; the UI uses a thread pool, tests a same-thread executor. */
public interface TaskExecutor {
    <T> void execute(BackgroundTask<T> task, Consumer<T> onSuccess, Consumer<Throwable> onError);

    /** Runs every task on the calling thread: deterministic for tests. */
    TaskExecutor SAME_THREAD = new TaskExecutor() {
        @Override
        public <T> void execute(BackgroundTask<T> task, Consumer<T> onSuccess, Consumer<Throwable> onError) {
            T result;
            try {
                result = task.call();
            } catch (Exception e) {
                onError.accept(e);
                return;
            }
            onSuccess.accept(result);
        }
    };
}
