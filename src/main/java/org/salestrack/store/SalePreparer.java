package org.salestrack.store;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.salestrack.model.SaleLine;
import org.salestrack.task.Threads;

/**
 * An import's preparation of sale lines ({@link SaleRows}: dimension ids, ids, keys, rollup sums) on a thread of the
 * store's own, so that it overlaps the storing of the chunk before on the thread that hands the lines over. Lines
 * are prepared and stored in the order they are handed over; both queues are bounded (two chunks each), so memory
 * stays flat however large the file. Only the thread that hands lines over stores; it is also the one that closes.
 */
final class SalePreparer implements AutoCloseable {
    private static final Object END = new Object();
    private static final Object FAILED = new Object();

    private record Lines(List<SaleLine> lines, List<Long> keys) {}

    private final BlockingQueue<Object> in = new ArrayBlockingQueue<>(2);
    private final BlockingQueue<Object> out = new ArrayBlockingQueue<>(2);
    private final SaleRows rows;
    private final Consumer<SaleRows.Chunk> storing;
    private final Thread thread;
    private volatile Throwable failure;
    private volatile boolean stopped;

    /** @param storing stores a prepared chunk, on the thread that hands lines over */
    SalePreparer(SaleRows rows, Consumer<SaleRows.Chunk> storing, String name) {
        this.rows = rows;
        this.storing = storing;
        thread = new Thread(this::prepare, "import-prepare-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    private void prepare() {
        try {
            for (Object item = take(); item != null; item = take()) {
                if (item == END) {
                    put(END);
                    return;
                }
                Lines l = (Lines) item;
                try {
                    put(rows.prepare(l.lines(), l.keys()));
                } catch (SQLException e) {
                    throw new StoreException("cannot prepare rows from " + (l.lines().isEmpty() ? "?" : l.lines().get(0).sourceRow()), e);
                }
            }
        } catch (Throwable t) {
            failure = t;
            put(FAILED);
        }
    }

    /** The next lines handed over, or null once stopped. */
    private Object take() {
        try {
            Object item = null;
            while (!stopped && item == null) item = in.poll(100, TimeUnit.MILLISECONDS);
            return stopped ? null : item;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void put(Object chunk) {
        try {
            while (!stopped && !out.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                // the handing-over thread is busy storing; wait for room
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Hands lines over (in file order; {@code keys} holds each line's {@link SaleLine#lineKey()}) and stores the chunks
     * prepared meanwhile; waits, storing, while the preparing thread is two chunks behind. Rethrows its failure.
     */
    void submit(List<SaleLine> lines, List<Long> keys) {
        storeReady();
        hand(new Lines(lines, keys));
    }

    /** Stores everything handed over and ends the preparing thread; rethrows its failure. */
    void finish() {
        hand(END);
        for (Object chunk = takePrepared(); chunk != END; chunk = takePrepared()) store(chunk);
        join();
    }

    private void hand(Object item) {
        while (!in.offer(item)) store(takePrepared());
    }

    private void storeReady() {
        for (Object chunk = out.poll(); chunk != null; chunk = out.poll()) store(chunk);
    }

    private Object takePrepared() {
        try {
            return out.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while storing lines", e);
        }
    }

    private void store(Object chunk) {
        if (chunk == FAILED) {
            Throwable t = failure;
            if (t instanceof RuntimeException re) throw re;
            if (t instanceof Error er) throw er;
            throw new StoreException("cannot prepare rows", t);
        }
        storing.accept((SaleRows.Chunk) chunk);
    }

    /**
     * Stops the preparing thread and waits for it, up to 5 s, even when this thread is interrupted (a cancelled task is):
     * it writes dimension members through the import's connection, which the session rolls back next.
     */
    @Override
    public void close() {
        stopped = true;
        in.clear();
        out.clear();
        join();
    }

    private void join() {
        Threads.join(thread, 5, TimeUnit.SECONDS);
    }
}
