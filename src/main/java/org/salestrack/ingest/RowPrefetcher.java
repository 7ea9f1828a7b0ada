package org.salestrack.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.salestrack.ingest.map.MappedRow;
import org.salestrack.ingest.map.RowStream;

/**
 * Reads and maps rows on a second thread while the caller stores the previous chunk, so parsing and
 * SQLite overlap on two cores. Chunks are bounded, so memory stays flat however large the file.
 */
final class RowPrefetcher implements AutoCloseable {
    private static final int CHUNK = 2_000;
    private static final List<MappedRow> END = List.of();

    private final BlockingQueue<List<MappedRow>> queue = new ArrayBlockingQueue<>(4);
    private final Thread thread;
    private volatile Throwable failure;
    private volatile boolean stopped;

    RowPrefetcher(RowStream rows, String name) {
        thread = new Thread(() -> produce(rows), "import-reader-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    private void produce(RowStream rows) {
        try {
            List<MappedRow> chunk = new ArrayList<>(CHUNK);
            for (MappedRow r = rows.next(); r != null && !stopped; r = rows.next()) {
                chunk.add(r);
                if (chunk.size() == CHUNK) {
                    put(chunk);
                    chunk = new ArrayList<>(CHUNK);
                }
            }
            if (!chunk.isEmpty()) put(chunk);
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

    private void put(List<MappedRow> chunk) throws InterruptedException {
        while (!stopped && !queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
            // the consumer is busy storing; wait for room
        }
    }

    /** The next chunk of rows, or null at the end; rethrows what stopped the reader. */
    List<MappedRow> next() throws IOException {
        List<MappedRow> chunk;
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
        return chunk;
    }

    @Override
    public void close() {
        stopped = true;
        queue.clear();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
