package org.salestrack.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.store.Workspace;
import org.salestrack.task.BackgroundTask;
import org.salestrack.task.TaskExecutor;

/** Issue 12 #4: a superseded request stops its statement and frees its thread; only the latest result is delivered. */
class LatestRequestTest {
    private static final String SLOW = OneQueryThread.SLOW_SQL;

    @TempDir
    Path dir;

    private final RequestScheduler scheduler = new RequestScheduler();
    private final OneQueryThread oneThread = new OneQueryThread("test-query");
    private final ExecutorService worker = oneThread.worker();

    @AfterEach
    void stop() {
        scheduler.close();
        oneThread.close();
    }

    private static long slowSum(Workspace ws, CountDownLatch started, List<Throwable> slowFailures) throws SQLException {
        try (Connection c = ws.connect(); Statement s = c.createStatement()) {
            started.countDown();
            try (ResultSet rs = s.executeQuery(SLOW)) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            slowFailures.add(e);
            throw e;
        }
    }

    @Test
    void aSupersededQueryStopsItsStatementAndFreesItsThread() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("ws.db"));
        LatestRequest<Long> request = scheduler.latest(oneThread, 0);
        CountDownLatch started = new CountDownLatch(1);
        List<Throwable> slowFailures = new CopyOnWriteArrayList<>();
        List<Object> delivered = new CopyOnWriteArrayList<>();
        List<Throwable> shown = new CopyOnWriteArrayList<>();
        request.submit(() -> slowSum(ws, started, slowFailures), delivered::add, shown::add);
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(200); // well inside the statement

        long supersededAt = System.nanoTime();
        LinkedBlockingQueue<Long> latest = new LinkedBlockingQueue<>();
        request.submit(() -> {
            try (Connection c = ws.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 6 * 7")) {
                rs.next();
                return rs.getLong(1);
            }
        }, latest::add, shown::add);
        // the one query thread runs the new request only once the superseded statement has stopped
        Long answer = latest.poll(10, TimeUnit.SECONDS);
        long tookMillis = (System.nanoTime() - supersededAt) / 1_000_000;
        assertThat(answer).isEqualTo(42L);
        assertThat(tookMillis).isLessThan(2000);
        assertThat(slowFailures).hasSize(1);
        assertThat(slowFailures.get(0).getMessage()).contains("SQLITE_INTERRUPT");
        // the cancelled query's failure is nobody's error, and it delivered nothing
        assertThat(shown).isEmpty();
        assertThat(delivered).isEmpty();
    }

    /** The dashboard's six queries fan out on the scheduler's threads: superseding the request stops them too. */
    @Test
    void queriesFannedOutByASupersededRequestStopToo() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("ws.db"));
        LatestRequest<Long> request = scheduler.latest(oneThread, 0);
        CountDownLatch started = new CountDownLatch(2);
        List<Throwable> slowFailures = new CopyOnWriteArrayList<>();
        List<Throwable> shown = new CopyOnWriteArrayList<>();
        request.submit(() -> {
            var a = CompletableFuture.supplyAsync(() -> sneaky(() -> slowSum(ws, started, slowFailures)), scheduler.queries());
            var b = CompletableFuture.supplyAsync(() -> sneaky(() -> slowSum(ws, started, slowFailures)), scheduler.queries());
            return a.join() + b.join();
        }, r -> shown.add(new AssertionError("a superseded result was delivered")), shown::add);
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(200);
        long supersededAt = System.nanoTime();
        LinkedBlockingQueue<Long> latest = new LinkedBlockingQueue<>();
        request.submit(() -> 7L, latest::add, shown::add);
        assertThat(latest.poll(10, TimeUnit.SECONDS)).isEqualTo(7L);
        // the request ends at its first fanned-out failure; the other query's interrupt lands a moment later
        while (slowFailures.size() < 2 && (System.nanoTime() - supersededAt) / 1_000_000 < 2000) Thread.sleep(10);
        assertThat(slowFailures).hasSize(2);
        assertThat((System.nanoTime() - supersededAt) / 1_000_000).isLessThan(2000);
        assertThat(shown).isEmpty();
    }

    /** Three requests in a row whose work all gets to run: only the third's result reaches the screen. */
    @Test
    void onlyTheLatestResultIsDelivered() {
        ArrayDeque<Runnable> queued = new ArrayDeque<>();
        List<BackgroundTask<?>> tasks = new java.util.ArrayList<>();
        TaskExecutor later = new TaskExecutor() {
            @Override
            public <T> void execute(BackgroundTask<T> task, Consumer<T> onSuccess, Consumer<Throwable> onError) {
                tasks.add(task);
                queued.add(() -> {
                    try {
                        onSuccess.accept(task.call());
                    } catch (Exception e) {
                        onError.accept(e);
                    }
                });
            }
        };
        LatestRequest<String> request = scheduler.latest(later, 0);
        List<String> delivered = new java.util.ArrayList<>();
        List<Throwable> shown = new java.util.ArrayList<>();
        AtomicInteger ran = new AtomicInteger();
        for (String s : List.of("first", "second", "third")) request.submit(() -> {
            ran.incrementAndGet();
            return s;
        }, delivered::add, shown::add);
        while (!queued.isEmpty()) queued.poll().run();
        assertThat(delivered).containsExactly("third");
        assertThat(shown).isEmpty();
        // the superseded two were cancelled before they ran: their work never started
        assertThat(tasks).hasSize(3);
        assertThat(tasks.get(0).cancellation().isCancelled()).isTrue();
        assertThat(tasks.get(1).cancellation().isCancelled()).isTrue();
        assertThat(tasks.get(2).cancellation().isCancelled()).isFalse();
        assertThat(ran.get()).isEqualTo(1);
    }

    /** A burst of filter clicks inside the debounce runs one query, the last one. */
    @Test
    void aBurstInsideTheDebounceRunsOnlyTheLast() throws Exception {
        LatestRequest<String> request = scheduler.latest(TaskExecutor.SAME_THREAD, 100);
        LinkedBlockingQueue<String> delivered = new LinkedBlockingQueue<>();
        AtomicInteger ran = new AtomicInteger();
        for (String s : List.of("a", "b", "c")) request.submit(() -> {
            ran.incrementAndGet();
            return s;
        }, delivered::add, e -> delivered.add("error " + e));
        assertThat(delivered.poll(5, TimeUnit.SECONDS)).isEqualTo("c");
        Thread.sleep(300);
        assertThat(delivered).isEmpty();
        assertThat(ran.get()).isEqualTo(1);
    }

    /** Closing the scheduler (the workbench closing) stops a running query and ends the debounce thread. */
    @Test
    void closingStopsTheRunningQueryAndEndsTheTimer() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("ws.db"));
        LatestRequest<Long> request = scheduler.latest(oneThread, 20);
        CountDownLatch started = new CountDownLatch(1);
        List<Throwable> slowFailures = new CopyOnWriteArrayList<>();
        List<Object> reached = new CopyOnWriteArrayList<>();
        request.submit(() -> slowSum(ws, started, slowFailures), reached::add, reached::add);
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(alive(scheduler.debounceThread())).isTrue();
        long closedAt = System.nanoTime();
        scheduler.close();
        CompletableFuture<Void> free = CompletableFuture.runAsync(() -> { }, worker);
        free.get(2, TimeUnit.SECONDS);
        assertThat((System.nanoTime() - closedAt) / 1_000_000).isLessThan(2000);
        assertThat(slowFailures).hasSize(1);
        assertThat(reached).isEmpty();
        FxWaitless.until(2, () -> !alive(scheduler.debounceThread()));
        // a request after closing is dropped, not run on a dead timer
        request.submit(() -> 1L, reached::add, reached::add);
        Thread.sleep(100);
        assertThat(reached).isEmpty();
    }

    static boolean alive(String threadName) {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(threadName) && t.isAlive());
    }

    /** Polls off the FX thread. */
    static final class FxWaitless {
        static void until(int seconds, java.util.function.BooleanSupplier condition) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (!condition.getAsBoolean()) {
                if (System.nanoTime() > end) throw new AssertionError("not within " + seconds + " s");
                Thread.sleep(20);
            }
        }
    }

    interface SqlWork<T> {
        T get() throws SQLException;
    }

    private static <T> T sneaky(SqlWork<T> work) {
        try {
            return work.get();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
