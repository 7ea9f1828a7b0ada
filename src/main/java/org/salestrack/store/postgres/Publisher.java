package org.salestrack.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.function.LongConsumer;
import org.postgresql.PGConnection;
import org.salestrack.model.national.PublishReport;
import org.salestrack.model.BatchStatus;
import org.salestrack.store.AuditLog;
import org.salestrack.store.Interrupt;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a workspace's batches (sales and every kind of {@link FactCopy}) to the national store (issue 21 #2)
 * in one transaction of the national connection: its dimensions and campaigns by natural key, each batch the store
 * lacks by COPY (a batch is the same batch when its SHA-256 and kind are), the findings of every published batch,
 * the review states of sales batches it has, and the undos of batches this user published. A kill or a dropped connection before the commit leaves the store as it
 * was; publishing again then does the whole of it.
 */
public final class Publisher {
    private static final Logger LOG = LoggerFactory.getLogger(Publisher.class);
    /** Serialises publishers, so two finding the same line key decide which counts one after the other. */
    static final long PUBLISH_LOCK = 21_021;
    /** A batch of more lines than this is staged beside its publish, a chunk at a time ({@link LineStager}). */
    static final int CHUNK_LINES = 100_000;

    private final Workspace workspace;
    private final NationalStore store;
    private final int chunkLines;
    private Cancellation cancel = Cancellation.none();
    private ProgressListener progress = ProgressListener.NONE;
    /** Whether this publish has staged lines from a second connection (committed there: emptied after the publish). */
    private boolean staging;

    public Publisher(Workspace workspace, NationalStore store) { this(workspace, store, CHUNK_LINES); }

    Publisher(Workspace workspace, NationalStore store, int chunkLines) {
        this.workspace = workspace;
        this.store = store;
        this.chunkLines = chunkLines;
    }

    private record LocalBatch(long id, String fileName, String sha256, String kind, String profile, long read, BatchStatus status,
                              String startedAt, String validatedAt) {}

    public PublishReport publish() { return publish(Set.of(), Cancellation.none(), ProgressListener.NONE); }

    /**
     * A publish the user follows and may cancel: progress in lines (each batch's read from the workspace, then stored
     * on the server: twice its lines in all), the message the batch's file name; cancelled, it rolls back, leaving the
     * store as it was, and throws {@link CancellationException}.
     */
    public PublishReport publish(Cancellation cancel, ProgressListener progress) { return publish(Set.of(), cancel, progress); }

    /** @param conflicts lines whose review state is not sent: a sync found them reviewed differently on both sides */
    PublishReport publish(Set<NationalLink.Row> conflicts, Cancellation cancel, ProgressListener progress) {
        Set<NationalLink.Row> found = new HashSet<>(conflicts);
        staging = false;
        this.cancel = cancel;
        this.progress = progress;
        String source = workspace.file().toAbsolutePath().toString();
        // a statement running on the server (a chunk's move, the owners, the rollups) stops at once, not at the next check
        try (Connection local = workspace.connect(); Connection pg = Interrupt.onServer(store.connect(), cancel)) {
            pg.setAutoCommit(false);
            PublishReport report;
            try {
                report = publish(local, pg, source, found);
                cancel.check();
                pg.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(pg);
                if (cancel.isCancelled() && !(e instanceof CancellationException)) {
                    throw (CancellationException) new CancellationException("cancelled by the user").initCause(e);
                }
                throw e;
            } finally {
                if (staging) LineStager.truncate(store);
            }
            local.setAutoCommit(false);
            // what both sides now agree on: the next publish sends only what changes here after it
            NationalLink.agreeOnLocalReviews(local, found);
            AuditLog.record(local, "publish", store.address().display(), describe(report));
            local.commit();
            return report;
        } catch (SQLException e) {
            throw new StoreException("cannot publish to " + store.address().display() + ": " + e.getMessage(), e);
        }
    }

    private PublishReport publish(Connection local, Connection pg, String source, Set<NationalLink.Row> conflicts) throws SQLException {
        try (Statement s = pg.createStatement()) {
            s.execute("SELECT pg_advisory_xact_lock(" + PUBLISH_LOCK + ")");
        }
        long t = System.nanoTime();
        DimensionCopy dims = DimensionCopy.copy(local, pg, Map.of(), false);
        LOG.debug("dimensions copied in {} ms", (System.nanoTime() - t) / 1_000_000);
        Map<NationalLink.Row, Integer> agreed = NationalLink.agreed(local);
        int fresh = 0;
        int known = 0;
        int undone = 0;
        long stored = 0;
        long duplicates = 0;
        long reviews = 0;
        long removed = 0;
        List<LocalBatch> batches = localBatches(local);
        long total = batches.stream().filter(b -> b.status() == BatchStatus.STORED).mapToLong(Publisher::work).sum();
        long done = 0;
        progress.progress(0, total, (String) null);
        for (LocalBatch b : batches) {
            if (b.status() != BatchStatus.STORED) continue;
            cancel.check();
            long before = done;
            LongConsumer read = n -> progress.progress(before + Math.min(n, b.read()), total, b.fileName());
            long[] nb = nationalBatch(pg, b, source);
            FactCopy.Kind kind = FactCopy.kind(b.kind());
            if (nb[1] == 1 && kind != null) {
                stored += FactCopy.publish(local, pg, kind, b.id(), nb[0], dims);
                fresh++;
            } else if (kind != null) {
                known++;
            } else if (nb[1] == 1) {
                LineCopy lines = new LineCopy(nb[0], dims);
                try (LineStager stager = new LineStager(store, chunkLines, cancel, read)) {
                    LineStager.Staged staged;
                    if (b.read() > chunkLines) {
                        staging = true;
                        staged = stager.stage(local, pg, b.id(), lines);
                    } else {
                        staged = new LineStager.Staged(0, copyLines(local, pg, b.id(), lines, cancel, read), false);
                    }
                    t = System.nanoTime();
                    try (PreparedStatement ps = pg.prepareStatement("SELECT stored, duplicates FROM national_publish(?, ?, ?, ?)")) {
                        ps.setLong(1, nb[0]);
                        ps.setLong(2, staged.movedThrough());
                        ps.setLong(3, staged.lines());
                        ps.setBoolean(4, staged.beside());
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            stored += rs.getLong(1);
                            duplicates += rs.getLong(2);
                        }
                    }
                }
                LOG.debug("batch {}: national_publish in {} ms", nb[0], (System.nanoTime() - t) / 1_000_000);
                fresh++;
            } else {
                reviews += sendReviews(local, pg, b, nb[0], agreed, conflicts);
                known++;
            }
            FactCopy.publishFindings(local, pg, b.id(), nb[0]);
            if (b.validatedAt() != null) validated(pg, nb[0], b.validatedAt());
            done += work(b);
            progress.progress(done, total, b.fileName());
        }
        for (LocalBatch b : batches) {
            if (b.status() != BatchStatus.UNDONE || storedLocally(batches, b)) continue;
            Long id = publishedByMe(pg, b);
            if (id == null) continue;
            try (PreparedStatement ps = pg.prepareStatement("SELECT national_undo(?)")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    removed += rs.getLong(1);
                }
            }
            undone++;
        }
        t = System.nanoTime();
        try (Statement s = pg.createStatement()) {
            s.execute("SELECT national_refresh_touched()");
        }
        LOG.debug("national_refresh_touched in {} ms", (System.nanoTime() - t) / 1_000_000);
        PublishReport report = new PublishReport(store.address().display(), fresh, known, stored, duplicates, reviews, undone, removed);
        try (PreparedStatement ps = pg.prepareStatement("SELECT national_audit('publish', ?, ?)")) {
            ps.setString(1, source);
            ps.setString(2, describe(report));
            ps.execute();
        }
        return report;
    }

    static String describe(PublishReport r) {
        return r.batchesNew() + " new batches (" + r.linesStored() + " lines, " + r.duplicates() + " held as duplicates), "
                + r.batchesKnown() + " already there (" + r.reviewsChanged() + " review changes), " + r.batchesUndone() + " undone ("
                + r.linesRemoved() + " lines removed)";
    }

    private static List<LocalBatch> localBatches(Connection local) throws SQLException {
        List<LocalBatch> out = new ArrayList<>();
        try (Statement s = local.createStatement(); ResultSet rs = s.executeQuery("SELECT id, file_name, sha256, kind, profile, rows_read, "
                + "status, started_at, validated_at FROM import_batch WHERE kind IN ('" + String.join("', '", FactCopy.batchKinds()) + "') "
                + "AND status IN ('stored', 'undone') ORDER BY id")) {
            while (rs.next()) {
                out.add(new LocalBatch(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6),
                        BatchStatus.of(rs.getString(7)), rs.getString(8), rs.getString(9)));
            }
        }
        return out;
    }

    private static boolean storedLocally(List<LocalBatch> batches, LocalBatch undone) {
        return batches.stream().anyMatch(b -> b.status() == BatchStatus.STORED && b.sha256().equals(undone.sha256()) && b.kind().equals(undone.kind()));
    }

    /** {national id, 1 when created now}. */
    private static long[] nationalBatch(Connection pg, LocalBatch b, String source) throws SQLException {
        try (PreparedStatement ps = pg.prepareStatement("SELECT batch_id, created FROM national_batch(?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, b.sha256());
            ps.setString(2, b.kind());
            ps.setString(3, b.fileName());
            ps.setString(4, b.profile());
            ps.setLong(5, b.read());
            ps.setString(6, b.startedAt());
            ps.setString(7, source);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getBoolean(2) ? 1 : 0};
            }
        }
    }

    /** Tells the store when a run last validated the batch here (the store keeps the later; only its publisher or head office may). */
    private static void validated(Connection pg, long nationalBatch, String at) throws SQLException {
        try (PreparedStatement ps = pg.prepareStatement("SELECT national_batch_validated(?, ?)")) {
            ps.setLong(1, nationalBatch);
            ps.setString(2, at);
            ps.execute();
        }
    }

    private static Long publishedByMe(Connection pg, LocalBatch b) throws SQLException {
        try (PreparedStatement ps = pg.prepareStatement("SELECT id FROM import_batch WHERE sha256 = ? AND kind = ? AND status = 'stored' "
                + "AND published_by = session_user")) {
            ps.setString(1, b.sha256());
            ps.setString(2, b.kind());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /** A batch's share of the progress: its lines read, then stored. */
    private static long work(LocalBatch b) { return 2 * Math.max(0, b.read()); }

    /** COPYs the batch's lines in the publishing transaction itself; returns how many. */
    private static long copyLines(Connection local, Connection pg, long localBatch, LineCopy lines, Cancellation cancel, LongConsumer read)
            throws SQLException {
        CopyText out = new CopyText(pg.unwrap(PGConnection.class).getCopyAPI().copyIn(LineCopy.COPY));
        try (PreparedStatement ps = local.prepareStatement(LineCopy.SELECT)) {
            ps.setLong(1, localBatch);
            long start = System.nanoTime();
            long sending = 0;
            try (ResultSet rs = ps.executeQuery()) {
                for (long n = 1; rs.next(); n++) {
                    if ((n & 8191) == 0) {
                        cancel.check();
                        read.accept(n);
                    }
                    sending += lines.write(out, rs);
                }
            }
            long t = System.nanoTime();
            long rows = out.end();
            sending += System.nanoTime() - t;
            LOG.debug("batch {}: {} lines read and COPYed in {} ms ({} ms of it sending to the server)", lines.nationalBatch(), rows,
                    (System.nanoTime() - start) / 1_000_000, sending / 1_000_000);
            return rows;
        } catch (SQLException | RuntimeException e) {
            out.cancel();
            throw e;
        }
    }

    /**
     * Sends the review holds of the batch's lines that changed here since both sides last agreed (duplicates
     * aside: the national store decides those). A line whose hold moved here and, differently, in the store too
     * is a conflict: added to {@code conflicts}, not sent. A line only the store moved is left as it is there:
     * one analyst's publish never reverts another's review. Both sides list only their held lines, so an
     * unchanged batch costs two small reads; returns the lines changed.
     */
    private static long sendReviews(Connection local, Connection pg, LocalBatch b, long nationalBatch, Map<NationalLink.Row, Integer> agreed,
                                    Set<NationalLink.Row> conflicts) throws SQLException {
        Map<Integer, Integer> mine = new HashMap<>();
        Set<Integer> localDuplicates = new HashSet<>();
        try (PreparedStatement ps = local.prepareStatement("SELECT src_row, hold FROM sale WHERE batch_id = ? AND hold <> 0")) {
            ps.setLong(1, b.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getInt(2) == 1) localDuplicates.add(rs.getInt(1));
                    else mine.put(rs.getInt(1), rs.getInt(2));
                }
            }
        }
        Map<Integer, Integer> theirs = new HashMap<>();
        try (PreparedStatement ps = pg.prepareStatement("SELECT src_row, review_hold FROM sale WHERE batch_id = ? AND review_hold <> 0")) {
            ps.setLong(1, nationalBatch);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) theirs.put(rs.getInt(1), rs.getInt(2));
            }
        }
        Set<Integer> rows = new TreeSet<>(mine.keySet());
        rows.addAll(theirs.keySet());
        for (NationalLink.Row r : agreed.keySet()) if (r.sha256().equals(b.sha256()) && r.kind().equals(b.kind())) rows.add(r.srcRow());
        Map<Integer, Integer> changes = new TreeMap<>();
        for (Integer row : rows) {
            if (localDuplicates.contains(row)) continue;
            NationalLink.Row key = new NationalLink.Row(b.sha256(), b.kind(), row);
            int l = mine.getOrDefault(row, 0);
            int n = theirs.getOrDefault(row, 0);
            int a = agreed.getOrDefault(key, 0);
            if (l == n || l == a || conflicts.contains(key)) continue;
            if (n != a) conflicts.add(key);
            else changes.put(row, l);
        }
        if (changes.isEmpty()) return 0;
        CopyText out = new CopyText(pg.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY review_stage (batch_id, src_row, hold) FROM STDIN"));
        try {
            for (var e : changes.entrySet()) {
                out.field(nationalBatch).field(e.getKey()).field(e.getValue());
                out.endRow();
            }
            out.end();
        } catch (SQLException | RuntimeException e) {
            out.cancel();
            throw e;
        }
        try (PreparedStatement ps = pg.prepareStatement("SELECT national_review(?)")) {
            ps.setLong(1, nationalBatch);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // a dropped connection rolls back on the server by itself
        }
    }
}
