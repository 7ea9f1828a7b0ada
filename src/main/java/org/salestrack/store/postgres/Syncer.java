package org.salestrack.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.salestrack.model.national.PublishReport;
import org.salestrack.model.national.SyncConflict;
import org.salestrack.model.national.SyncReport;
import org.salestrack.store.AuditLog;
import org.salestrack.store.Batches;
import org.salestrack.store.Rollups;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;

/**
 * Brings an extracted workspace and the national store level (issue 21 #4). Down first, in one SQLite
 * transaction over one repeatable-read snapshot of the server: the batches others published in the
 * workspace's selection since (their lines, keys and rollups; a line the workspace counts already from an
 * import of its own is held as its duplicate), the review holds others changed on lines this workspace left
 * alone. Then the batches others undid are undone here. Then up: the workspace's own batches, undos and
 * reviews are published, except on lines reviewed differently on both sides since the last sync: those are
 * conflicts, reported and left as each side has them until one side changes its mind.
 */
public final class Syncer {
    private final Workspace workspace;
    private final NationalStore store;

    public Syncer(Workspace workspace, NationalStore store) {
        this.workspace = workspace;
        this.store = store;
    }

    /** The national store and role a workspace was extracted with, if it was. */
    public static Optional<ServerAddress> origin(Workspace workspace, String user) {
        try (Connection c = workspace.connect()) {
            return NationalLink.read(c).map(l -> ServerAddress.parse(l.store(), user != null ? user : l.user()));
        } catch (SQLException e) {
            throw new StoreException("cannot read where " + workspace.name() + " was extracted from", e);
        }
    }

    private record NationalBatch(long id, String fileName, String sha256, String kind, String profile, long read, String at,
                                 String validatedAt) {
        String key() { return sha256 + "/" + kind; }
    }

    private record LocalBatch(long id, String fileName, boolean stored, boolean seen) {}

    private static final class Down {
        int batches;
        long lines;
        long reviews;
        final List<Long> undo = new ArrayList<>();
        final List<SyncConflict> conflicts = new ArrayList<>();
        final Set<NationalLink.Row> conflicting = new HashSet<>();
    }

    public SyncReport sync() { return sync(Cancellation.none()); }

    /** A sync the user may cancel: what came down is rolled back if it had not been kept yet, and the publish up rolls back. */
    public SyncReport sync(Cancellation cancel) {
        Down down = new Down();
        NationalLink link;
        try (Connection pg = store.connect(); Connection local = workspace.connect()) {
            link = NationalLink.read(local).orElseThrow(() -> new IllegalArgumentException(workspace.name()
                    + " was not extracted from a national store: sync follows an extract (publish needs none)"));
            pg.setAutoCommit(false);
            try (Statement s = pg.createStatement()) {
                s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            }
            local.setAutoCommit(false);
            try {
                String where = Extractor.where(link.regions(), link.from(), link.to());
                Map<String, LocalBatch> mine = localBatches(local);
                newBatches(pg, local, where, link, mine, down);
                undoneByOthers(pg, mine, down);
                reviews(pg, local, where, localBatches(local), down);
                findingReviews(pg, local, localBatches(local), down.conflicting);
                validatedMarks(pg, local);
                cancel.check();
                local.commit();
                pg.commit();
            } catch (SQLException | RuntimeException e) {
                local.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot sync with " + store.address().display() + ": " + e.getMessage(), e);
        }
        Batches batches = new Batches(workspace);
        for (long id : down.undo) batches.undo(id);
        PublishReport up = new Publisher(workspace, store).publish(down.conflicting, cancel, ProgressListener.NONE);
        SyncReport report = new SyncReport(store.address().display(), store.address().user(), up, down.batches, down.lines, down.undo.size(),
                down.reviews, down.conflicts);
        String what = describe(report);
        try (Connection local = workspace.connect()) {
            local.setAutoCommit(false);
            NationalLink.synced(local);
            AuditLog.record(local, "sync", store.address().display(), what);
            local.commit();
        } catch (SQLException e) {
            throw new StoreException("cannot record the sync with " + store.address().display(), e);
        }
        try (Connection pg = store.connect(); PreparedStatement ps = pg.prepareStatement("SELECT national_audit('sync', ?, ?)")) {
            ps.setString(1, workspace.name());
            ps.setString(2, what);
            ps.execute();
        } catch (SQLException e) {
            throw new StoreException("cannot record the sync in " + store.address().display(), e);
        }
        return report;
    }

    static String describe(SyncReport r) {
        return "down: " + r.batchesDown() + " batches (" + r.linesDown() + " lines), " + r.batchesUndone() + " undone, " + r.reviewsDown()
                + " review changes; up: " + Publisher.describe(r.up()) + "; " + r.conflicts().size() + " conflicting reviews";
    }

    private static Map<String, LocalBatch> localBatches(Connection local) throws SQLException {
        Map<String, LocalBatch> out = new HashMap<>();
        try (Statement s = local.createStatement(); ResultSet rs = s.executeQuery("SELECT b.id, b.file_name, b.sha256, b.kind, b.status, "
                + "b.id IN (SELECT batch_id FROM national_batch_seen) FROM import_batch b ORDER BY b.id")) {
            while (rs.next()) {
                LocalBatch b = new LocalBatch(rs.getLong(1), rs.getString(2), "stored".equals(rs.getString(5)), rs.getBoolean(6));
                // a file imported, undone and imported again: the stored one speaks for it
                out.merge(rs.getString(3) + "/" + rs.getString(4), b, (was, now) -> now.stored() ? now : was);
            }
        }
        return out;
    }

    /** A run the store knows of that is later than this workspace's on the same batch (a batch validated after it came down). */
    private static void validatedMarks(Connection pg, Connection local) throws SQLException {
        try (Statement s = pg.createStatement(); ResultSet rs = s.executeQuery("SELECT sha256, kind, validated_at FROM import_batch "
                + "WHERE status = 'stored' AND validated_at IS NOT NULL");
             PreparedStatement ps = local.prepareStatement("UPDATE import_batch SET validated_at = ? WHERE sha256 = ? AND kind = ? "
                     + "AND status = 'stored' AND (validated_at IS NULL OR validated_at < ?)")) {
            while (rs.next()) {
                ps.setString(1, rs.getString(3));
                ps.setString(2, rs.getString(1));
                ps.setString(3, rs.getString(2));
                ps.setString(4, rs.getString(3));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The national batches with lines in the selection that this workspace has never had, with their lines. */
    private static void newBatches(Connection pg, Connection local, String where, NationalLink link, Map<String, LocalBatch> mine, Down down)
            throws SQLException {
        List<NationalBatch> fresh = new ArrayList<>();
        try (Statement s = pg.createStatement(); ResultSet rs = s.executeQuery("SELECT b.id, b.file_name, b.sha256, b.kind, b.profile, b.rows_read, "
                + "COALESCE(b.imported_at, to_char(b.published_at, 'YYYY-MM-DD\"T\"HH24:MI:SS')), b.validated_at FROM import_batch b WHERE b.status = 'stored' "
                + "AND (EXISTS (SELECT 1 FROM sale s" + and(where, "s.batch_id = b.id") + ")" + factsIn(link) + ") ORDER BY b.id")) {
            while (rs.next()) {
                NationalBatch b = new NationalBatch(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getLong(6), rs.getString(7), rs.getString(8));
                if (!mine.containsKey(b.key())) fresh.add(b);
            }
        }
        if (fresh.isEmpty()) return;
        DimensionCopy dims = DimensionCopy.copy(pg, local, Map.of(), true);
        Map<Long, Long> ids = new LinkedHashMap<>();
        try (PreparedStatement ins = local.prepareStatement("INSERT INTO import_batch (file_name, sha256, kind, profile, rows_read, rows_stored, "
                + "rows_duplicate, status, started_at, finished_at, validated_at) VALUES (?,?,?,?,?,0,0,'stored',?,?,?)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement seen = local.prepareStatement("INSERT INTO national_batch_seen (batch_id) VALUES (?)")) {
            for (NationalBatch b : fresh) {
                ins.setString(1, b.fileName());
                ins.setString(2, b.sha256());
                ins.setString(3, b.kind());
                ins.setString(4, b.profile());
                ins.setLong(5, b.read());
                ins.setString(6, b.at());
                ins.setString(7, b.at());
                ins.setString(8, b.validatedAt());
                ins.executeUpdate();
                try (ResultSet k = ins.getGeneratedKeys()) {
                    k.next();
                    ids.put(b.id(), k.getLong(1));
                }
                seen.setLong(1, ids.get(b.id()));
                seen.executeUpdate();
            }
        }
        StringBuilder in = new StringBuilder();
        for (Long id : ids.keySet()) in.append(in.length() == 0 ? "" : ", ").append(id);
        down.lines += Extractor.copyLines(pg, local, where + (where.isEmpty() ? " WHERE " : " AND ") + "s.batch_id IN (" + in + ")", dims, ids);
        FactCopy.extract(pg, local, link.regions(), link.from(), link.to(), dims, ids);
        FactCopy.extractFindings(pg, local, ids);
        for (NationalBatch b : fresh) {
            if (b.kind().equals("sales")) settle(local, ids.get(b.id()));
            else factCounts(local, FactCopy.kind(b.kind()), ids.get(b.id()));
            down.batches++;
        }
    }

    /** {@code OR EXISTS} a row of each other kind in the link's selection, for the batches that have some. */
    private static String factsIn(NationalLink link) {
        StringBuilder b = new StringBuilder();
        for (FactCopy.Kind k : FactCopy.KINDS) {
            String w = FactCopy.where(k, link.regions(), link.from(), link.to());
            b.append(" OR EXISTS (SELECT 1 FROM ").append(k.table()).append(" f").append(w.isEmpty() ? " WHERE " : w + " AND ")
                    .append("f.batch_id = b.id)");
        }
        return b.toString();
    }

    private static void factCounts(Connection local, FactCopy.Kind k, long batch) throws SQLException {
        if (k == null) return;
        try (PreparedStatement ps = local.prepareStatement("UPDATE import_batch SET rows_stored = (SELECT COUNT(*) FROM " + k.table()
                + " WHERE batch_id = ?) WHERE id = ?")) {
            ps.setLong(1, batch);
            ps.setLong(2, batch);
            ps.executeUpdate();
        }
    }

    /**
     * A new batch's keys, duplicates and rollups. A line the workspace already counts from a batch of its own
     * is held as that line's duplicate; a line the national store held as a duplicate points at the workspace's
     * line with its key.
     */
    private static void settle(Connection local, long batch) throws SQLException {
        String counting = "SELECT MIN(k.sale_id) FROM sale_key k JOIN sale o ON o.id = k.sale_id WHERE k.line_key = sale.line_key AND o.hold <> 1 "
                + "AND o.id <> sale.id";
        try (PreparedStatement held = local.prepareStatement("UPDATE sale SET hold = 1, dup_of = (" + counting + ") WHERE batch_id = ? AND hold <> 1 "
                + "AND line_key IS NOT NULL AND (" + counting + ") IS NOT NULL");
             PreparedStatement keys = local.prepareStatement("INSERT OR IGNORE INTO sale_key (line_key, sale_id) SELECT line_key, id FROM sale "
                     + "WHERE batch_id = ? AND line_key IS NOT NULL");
             PreparedStatement dups = local.prepareStatement("UPDATE sale SET dup_of = (" + counting + ") WHERE batch_id = ? AND hold = 1 "
                     + "AND dup_of IS NULL");
             PreparedStatement counts = local.prepareStatement("UPDATE import_batch SET rows_stored = (SELECT COUNT(*) FROM sale WHERE batch_id = ?), "
                     + "rows_duplicate = (SELECT COUNT(*) FROM sale WHERE batch_id = ? AND hold = 1) WHERE id = ?")) {
            held.setLong(1, batch);
            held.executeUpdate();
            keys.setLong(1, batch);
            keys.executeUpdate();
            dups.setLong(1, batch);
            dups.executeUpdate();
            counts.setLong(1, batch);
            counts.setLong(2, batch);
            counts.setLong(3, batch);
            counts.executeUpdate();
        }
        Rollups.apply(local, "batch_id = ?", new Object[] {batch}, 1);
    }

    /** Batches that came from the national store and were undone there since (by whoever published them, or head office). */
    private static void undoneByOthers(Connection pg, Map<String, LocalBatch> mine, Down down) throws SQLException {
        try (Statement s = pg.createStatement(); ResultSet rs = s.executeQuery("SELECT DISTINCT b.sha256, b.kind FROM import_batch b "
                + "WHERE b.status = 'undone' AND NOT EXISTS (SELECT 1 FROM import_batch o WHERE o.sha256 = b.sha256 AND o.kind = b.kind "
                + "AND o.status = 'stored')")) {
            while (rs.next()) {
                LocalBatch b = mine.get(rs.getString(1) + "/" + rs.getString(2));
                if (b != null && b.stored() && b.seen()) down.undo.add(b.id());
            }
        }
    }

    /**
     * Each line's review hold here (l), there (n) and as agreed at the last sync (a): l = n is level; n moved and
     * l did not comes down; l moved and n did not goes up with the publish; both moved apart is a conflict.
     */
    private static void reviews(Connection pg, Connection local, String where, Map<String, LocalBatch> mine, Down down) throws SQLException {
        Map<NationalLink.Row, Integer> theirs = new HashMap<>();
        Map<NationalLink.Row, String[]> by = new HashMap<>();
        try (Statement s = pg.createStatement(); ResultSet rs = s.executeQuery("SELECT b.sha256, b.kind, s.src_row, s.review_hold, s.hold_by, "
                + "to_char(s.hold_at, 'YYYY-MM-DD HH24:MI') FROM sale s JOIN import_batch b ON b.id = s.batch_id"
                + and(where, "(s.review_hold <> 0 OR s.hold_by IS NOT NULL) AND b.status = 'stored'"))) {
            while (rs.next()) {
                NationalLink.Row r = new NationalLink.Row(rs.getString(1), rs.getString(2), rs.getInt(3));
                theirs.put(r, rs.getInt(4));
                by.put(r, new String[] {rs.getString(5), rs.getString(6)});
            }
        }
        Map<NationalLink.Row, Integer> here = NationalLink.localReviews(local);
        Map<NationalLink.Row, Integer> agreed = NationalLink.agreed(local);
        Set<NationalLink.Row> duplicates = new HashSet<>();
        try (Statement s = local.createStatement(); ResultSet rs = s.executeQuery("SELECT b.sha256, b.kind, s.src_row FROM sale s "
                + "JOIN import_batch b ON b.id = s.batch_id WHERE b.status = 'stored' AND s.hold = 1")) {
            while (rs.next()) duplicates.add(new NationalLink.Row(rs.getString(1), rs.getString(2), rs.getInt(3)));
        }
        Set<NationalLink.Row> rows = new HashSet<>(theirs.keySet());
        rows.addAll(here.keySet());
        rows.addAll(agreed.keySet());
        for (NationalLink.Row r : rows) {
            if (duplicates.contains(r)) continue;
            int n = theirs.getOrDefault(r, 0);
            int l = here.getOrDefault(r, 0);
            int a = agreed.getOrDefault(r, 0);
            LocalBatch b = mine.get(r.sha256() + "/" + r.kind());
            if (l == n || b == null || !b.stored()) continue;
            if (l == a) {
                if (hold(local, b.id(), r.srcRow(), n)) down.reviews++;
            } else if (n != a) {
                String[] who = by.getOrDefault(r, new String[] {null, null});
                down.conflicts.add(new SyncConflict(b.fileName(), r.srcRow(), l, n, who[0], who[1]));
                down.conflicting.add(r);
            }
        }
        down.conflicts.sort(java.util.Comparator.comparing(SyncConflict::file).thenComparingInt(SyncConflict::row));
    }

    /**
     * Others' reviews of findings on batches both sides have: a finding the store holds with a later review than the
     * workspace's (same batch content, fact, rule, line and explanation) takes the store's status, reviewer, time and
     * comment. The lines' holds follow the line reviews above, not this; a finding on a line in conflict keeps this side's
     * review, as the line does, until one side changes its mind (else the finding would say accepted on a rejected line).
     */
    private static void findingReviews(Connection pg, Connection local, Map<String, LocalBatch> mine, Set<NationalLink.Row> conflicting)
            throws SQLException {
        try (Statement s = pg.createStatement(); ResultSet rs = s.executeQuery("SELECT b.sha256, b.kind, v.fact, v.rule, v.src_row, v.why, "
                + "v.status, v.who, v.at, v.comment, v.src_rows FROM validation_issue v JOIN import_batch b ON b.id = v.batch_id WHERE b.status = 'stored' "
                + "AND v.status <> 'open'");
             PreparedStatement up = local.prepareStatement("UPDATE validation_issue SET status = ?, who = ?, at = ?, comment = ? WHERE batch_id = ? "
                     + "AND fact = ? AND rule = ? AND COALESCE(src_row, -1) = COALESCE(?, -1) AND why = ? AND at < ? AND status <> ?")) {
            while (rs.next()) {
                LocalBatch b = mine.get(rs.getString(1) + "/" + rs.getString(2));
                if (b == null || !b.stored()) continue;
                if (inConflict(rs, conflicting)) continue;
                up.setString(1, rs.getString(7));
                up.setString(2, rs.getString(8));
                up.setString(3, rs.getString(9));
                up.setString(4, rs.getString(10));
                up.setLong(5, b.id());
                up.setString(6, rs.getString(3));
                up.setString(7, rs.getString(4));
                up.setObject(8, rs.getObject(5));
                up.setString(9, rs.getString(6));
                up.setString(10, rs.getString(9));
                up.setString(11, rs.getString(7));
                up.addBatch();
            }
            up.executeBatch();
        }
    }

    /** Whether a sales finding of the current row covers a line whose review is in conflict. */
    private static boolean inConflict(ResultSet rs, Set<NationalLink.Row> conflicting) throws SQLException {
        if (conflicting.isEmpty() || !"sale".equals(rs.getString(3))) return false;
        List<Integer> rows = new ArrayList<>();
        int first = rs.getInt(5);
        if (!rs.wasNull()) rows.add(first);
        java.sql.Array others = rs.getArray(11);
        if (others != null) for (Object o : (Object[]) others.getArray()) rows.add(((Number) o).intValue());
        for (int row : rows) if (conflicting.contains(new NationalLink.Row(rs.getString(1), rs.getString(2), row))) return true;
        return false;
    }

    /** Sets a line's review hold, moving the rollup by exactly the line when it enters or leaves the count. */
    private static boolean hold(Connection local, long batch, int srcRow, int hold) throws SQLException {
        Object[] line = {batch, srcRow};
        String which = "batch_id = ? AND src_row = ?";
        Rollups.apply(local, which, line, -1);
        int changed;
        try (PreparedStatement ps = local.prepareStatement("UPDATE sale SET hold = ? WHERE " + which + " AND hold <> 1")) {
            ps.setInt(1, hold);
            ps.setLong(2, batch);
            ps.setInt(3, srcRow);
            changed = ps.executeUpdate();
        }
        Rollups.apply(local, which, line, 1);
        return changed > 0;
    }

    private static String and(String where, String condition) {
        return (where.isEmpty() ? " WHERE " : where + " AND ") + condition;
    }
}
