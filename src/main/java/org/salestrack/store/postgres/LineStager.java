package org.salestrack.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.LongConsumer;
import org.postgresql.PGConnection;
import org.salestrack.store.Interrupt;
import org.salestrack.task.Cancellation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stages a big batch's lines beside its publish (national V15): a second connection COPYs them into publish_beside
 * a chunk at a time, each chunk committed, while the publishing transaction moves the chunks staged so far into
 * sale ({@code national_publish_lines}). The workspace read and the server's insert of the lines then overlap
 * instead of following one another (issue 21's benchmark: the read and COPY took 2.7 s of 11.5 s before the server
 * began). Staged rows change nothing national: only the publishing transaction moves them, so a failure anywhere
 * still leaves the store as before; what it staged is emptied after the publish, whatever its end.
 */
final class LineStager implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LineStager.class);
    /** The stager has staged every line: how many. */
    private record Done(long lines) {}
    /** The stager has committed the lines up to national id {@code through}, {@code staged} in all; {@code months}: those since its last Chunk. */
    private record Chunk(long through, Set<String> months, long staged) {}
    /** Held by the stager while it works out the staged lines' sums (national V15). */
    static final long SUMS_LOCK = 21_022;

    private final NationalStore store;
    private final int chunkLines;
    private final BlockingQueue<Object> staged = new LinkedBlockingQueue<>();
    private volatile boolean stopping;
    private Thread stager;

    private final Cancellation cancel;

    private final LongConsumer read;

    /** @param read told the lines staged so far, chunk by chunk (the publish's progress) */
    LineStager(NationalStore store, int chunkLines, Cancellation cancel, LongConsumer read) {
        this.store = store;
        this.chunkLines = chunkLines;
        this.cancel = cancel;
        this.read = read;
    }

    /**
     * What the publishing transaction has of the batch once every line is staged: the last staged id it moved into
     * sale (the rest is national_publish's), the lines staged, and whether they were staged beside the publish (in
     * publish_beside, the stager then working out their sums) rather than in the transaction itself.
     */
    record Staged(long movedThrough, long lines, boolean beside) {}

    /**
     * Stages the local batch's lines from its own thread while {@code pg}, the publishing transaction, moves what
     * is staged; returns when every line is staged. The stager then works out the batch's rollup sums
     * ({@code national_stage_sums}) while the publishing transaction goes on with the owners; {@link #close()} waits for it.
     */
    Staged stage(Connection local, Connection pg, long localBatch, LineCopy lines) throws SQLException {
        try (Statement s = pg.createStatement()) {
            s.execute("SELECT national_stage_clear()");
        }
        stager = new Thread(() -> {
            try {
                copy(local, localBatch, lines);
            } catch (Throwable e) {
                // before Done, the publisher stops with it; after, national_publish finds no sums and works them out
                LOG.debug("the stager stopped: {}", e.toString());
                staged.add(e);
            }
        }, "line-stager");
        stager.setDaemon(true);
        long moved = 0;
        long start = System.nanoTime();
        long moving = 0;
        stager.start();
        try {
            while (true) {
                Object m = staged.take();
                // chunks staged while the last ones moved: moved together; once every line is staged, national_publish
                // moves the rest
                Set<String> months = new TreeSet<>();
                for (Object more = m; more != null; more = staged.poll()) {
                    if (more instanceof Chunk c) months.addAll(c.months());
                    if (m instanceof Chunk) m = more;
                }
                if (m instanceof Throwable e) throw rethrow(e);
                if (m instanceof Done d) {
                    read.accept(d.lines());
                    LOG.debug("{} lines staged in {} ms, {} ms of it moving chunks into sale", d.lines(),
                            (System.nanoTime() - start) / 1_000_000, moving / 1_000_000);
                    return new Staged(moved, d.lines(), true);
                }
                read.accept(((Chunk) m).staged());
                long t = System.nanoTime();
                long through = ((Chunk) m).through();
                moveStaged(pg, lines, moved, through, months);
                moved = through;
                moving += System.nanoTime() - t;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new SQLException("interrupted while staging lines", e);
        } catch (SQLException | RuntimeException | Error e) {
            close();
            throw e;
        }
    }

    /** Stops the stager if it is still staging, and waits for it (and for its sums, which take a second or two). */
    @Override
    public void close() {
        stopping = true;
        if (stager == null) return;
        try {
            stager.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void moveStaged(Connection pg, LineCopy lines, long after, long through, Set<String> months) throws SQLException {
        try (PreparedStatement ps = pg.prepareStatement("SELECT national_publish_lines(?, ?, ?, ?)")) {
            ps.setLong(1, lines.nationalBatch());
            ps.setLong(2, after);
            ps.setLong(3, through);
            ps.setArray(4, pg.createArrayOf("text", months.toArray()));
            ps.execute();
        }
    }

    /**
     * The stager's work: every line COPYed, a chunk per transaction, each chunk told to the publisher; then, holding
     * lock 21022 (national_publish waits for it) from before it says it is done, the batch's sums.
     */
    private long copy(Connection local, long localBatch, LineCopy lines) throws SQLException, InterruptedException {
        Connection c = Interrupt.onServer(store.connect(), cancel);
        boolean broken = true;
        try (PreparedStatement ps = local.prepareStatement(LineCopy.SELECT); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            ps.setLong(1, localBatch);
            long total = 0;
            try (ResultSet rs = ps.executeQuery()) {
                CopyText out = null;
                try {
                    int inChunk = 0;
                    Set<String> months = new HashSet<>();
                    while (rs.next()) {
                        if (stopping || cancel.isCancelled()) throw new InterruptedException("the publish stopped");
                        if (out == null) out = new CopyText(c.unwrap(PGConnection.class).getCopyAPI().copyIn(LineCopy.COPY_BESIDE));
                        lines.write(out, rs);
                        months.add(lines.lastMonth());
                        if (++inChunk == chunkLines) {
                            total += out.end();
                            out = null;
                            inChunk = 0;
                            staged.add(new Chunk(lastId(s), months, total));
                            months = new HashSet<>();
                        }
                    }
                    if (out != null) total += out.end();
                    out = null;
                } finally {
                    if (out != null) out.cancel();
                }
            }
            s.execute("SELECT pg_advisory_lock(" + SUMS_LOCK + ")");
            staged.add(new Done(total));
            long t = System.nanoTime();
            try {
                s.execute("SELECT national_stage_sums(" + lines.nationalBatch() + ")");
            } finally {
                s.execute("SELECT pg_advisory_unlock(" + SUMS_LOCK + ")");
            }
            LOG.debug("the staged lines' sums in {} ms", (System.nanoTime() - t) / 1_000_000);
            broken = false;
            return total;
        } finally {
            // a connection the server dropped may not know it yet, and one that failed may still hold the sums' lock:
            // neither goes back to the pool
            if (broken) discard(c);
            c.close();
        }
    }

    /** The national id the session's COPY gave its last line (publish_stage's ids come from sale_id_seq). */
    private static long lastId(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT currval('sale_id_seq')")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void discard(Connection c) {
        try {
            c.unwrap(Connection.class).close();
        } catch (SQLException ignored) {
            // closing a broken connection
        }
    }

    /**
     * Empties the staging beside after the publish committed or failed (a TRUNCATE inside it would stop its next
     * batch's stager), unless another publish holds it by then (it empties it as it ends).
     */
    static void truncate(NationalStore store) {
        try (Connection c = store.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("SELECT national_stage_truncate()");
            c.commit();
        } catch (SQLException e) {
            LOG.debug("staged lines left for the next publish to clear: {}", e.getMessage());
        }
    }

    private static SQLException rethrow(Throwable e) {
        if (e instanceof SQLException s) return s;
        if (e instanceof RuntimeException r) throw r;
        if (e instanceof Error err) throw err;
        return new SQLException(e.getMessage(), e);
    }
}
