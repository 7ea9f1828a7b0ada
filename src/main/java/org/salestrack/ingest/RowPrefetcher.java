package org.salestrack.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.salestrack.ingest.map.MappedRow;
import org.salestrack.ingest.map.RowStream;
import org.salestrack.task.Threads;

/**
 * Reads and maps rows on a second thread, and passes each chunk through a stage of ingest's own there too
 * (sorting its rows), while the caller hands the chunk before to the store: parsing overlaps the store's
 * work (which prepares what it is handed on a thread of its own); nothing here reaches into the store.
 * Chunks are bounded, so memory stays flat however large the file.
 *
 * @param <T> what the stage makes of a chunk
 */
final class RowPrefetcher<T> implements AutoCloseable {
    private static final int CHUNK = 2_000;
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(4);
    private final Thread thread;
    private volatile Throwable failure;
    private volatile boolean stopped;

    /** @param stage runs on the reading thread, once per chunk, in file order */
    RowPrefetcher(RowStream rows, String name, Function<List<MappedRow>, T> stage) {
        thread = new Thread(() -> produce(rows, stage), "import-reader-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    private void produce(RowStream rows, Function<List<MappedRow>, T> stage) {
        try {
            List<MappedRow> chunk = new ArrayList<>(CHUNK);
            for (MappedRow r = rows.next(); r != null && !stopped; r = rows.next()) {
                chunk.add(r);
                if (chunk.size() == CHUNK) {
                    put(stage.apply(chunk));
                    chunk = new ArrayList<>(CHUNK);
                }
            }
            if (!chunk.isEmpty() && !stopped) put(stage.apply(chunk));
        } catch (Throwable t) {
            failure = t;
        } finally {
            try {
                put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void put(Object chunk) throws InterruptedException {
        while (!stopped && !queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
            // the consumer is busy storing; wait for room
        }
    }

    /** The stage's result for the next chunk, or null at the end; rethrows what stopped the reader. */
    @SuppressWarnings("unchecked")
    T next() throws IOException {
        Object chunk;
        try {
            chunk = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading", e);
        }
        if (chunk == END) {
            Throwable t = failure;
            if (t instanceof IOException io) throw io;
            if (t instanceof RuntimeException re) throw re;
            if (t instanceof Error er) throw er;
            if (t != null) throw new IOException(t);
            queue.offer(END);
            return null;
        }
        return (T) chunk;
    }

    /** Stops the reader and waits for it, up to 5 s, even when this thread is interrupted (a cancelled task is). */
    @Override
    public void close() {
        stopped = true;
        queue.clear();
        Threads.join(thread, 5, TimeUnit.SECONDS);
    }
}
