package org.salestrack.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies a workspace file's write-ahead log into the file off the writers' path. SQLite's automatic checkpoint runs
 * inside the commit that takes the log past 1,000 pages: on the 10M-line workspace a 50,000-line import waited
 * 0.5-1.1 s in its commit for it, and the check of the new batch as long again, before the dashboard could show the
 * figures (issue 18's five seconds). Connections are opened without it ({@code wal_autocheckpoint = 0},
 * {@link SqliteFile}); when one is handed back with the log past that size and written since the last look, a passive
 * checkpoint (it waits for no reader or writer) runs on a daemon thread a moment later, one at a time per workspace.
 * SQLite still checkpoints when the last connection to the file closes, on the closing thread: the workbench keeps one
 * open for its session ({@link Workspace#keepOpen}) so that this is the workspace's close, not a review's.
 */
final class WalCheckpoints {
    /** the size SQLite's automatic checkpoint waits for: 1,000 pages of 4 KiB */
    static final long LOG_BYTES = 1_000L * 4_096;
    private static final long DELAY_MILLIS = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(WalCheckpoints.class);
    private static final ScheduledExecutorService THREAD = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "workspace-checkpoint");
        t.setDaemon(true);
        return t;
    });

    interface Opener {
        Connection open() throws SQLException;
    }

    private final Path file;
    private final Path log;
    private final Opener opener;
    private final AtomicBoolean queued = new AtomicBoolean();
    /** the log's modification time when the last checkpoint started: a log not written since needs none */
    private volatile FileTime copied;
    private volatile boolean closed;

    WalCheckpoints(Path file, Opener opener) {
        this.file = file;
        this.log = file.resolveSibling(file.getFileName() + "-wal");
        this.opener = opener;
    }

    /** A connection was handed back: queues a checkpoint when the log is past {@link #LOG_BYTES} and was written since the last. */
    void connectionReturned() {
        if (closed || queued.get() || !due()) return;
        if (queued.compareAndSet(false, true)) THREAD.schedule(this::run, DELAY_MILLIS, TimeUnit.MILLISECONDS);
    }

    private boolean due() {
        try {
            return Files.size(log) > LOG_BYTES && !Files.getLastModifiedTime(log).equals(copied);
        } catch (IOException e) {
            return false;
        }
    }

    private void run() {
        queued.set(false);
        // a workspace closed, or its folder removed, is left alone: opening it again would create an empty file
        if (closed || !Files.exists(file) || !due()) return;
        try {
            copied = Files.getLastModifiedTime(log);
            try (Connection c = opener.open(); Statement s = c.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(PASSIVE)");
            }
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.debug("checkpoint of {} skipped: {}", file, e.toString());
        }
    }

    /** No checkpoint is queued from now on (the last connection's close does the final one). */
    void close() { closed = true; }
}
