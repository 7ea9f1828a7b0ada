package org.salestrack.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.salestrack.model.BatchStatus;
import org.salestrack.model.ImportBatch;
import org.salestrack.model.RecordKind;

/** Import batches: starting one, finding a file already stored, listing, and undoing. */
public final class Batches {
    private static final String COLUMNS = "id, file_name, sha256, kind, profile, rows_read, rows_stored, rows_quarantined, "
            + "rows_rejected, rows_duplicate, status, started_at, finished_at";
    /** The national store's batches: no quarantine or rejection counts; imported in the workspace, finished when published. */
    private static final String SERVER_COLUMNS = "id, file_name, sha256, kind, profile, rows_read, rows_stored, 0, 0, rows_duplicate, status, "
            + "imported_at, CAST(published_at AS text)";

    private final Workspace workspace;

    public Batches(Workspace workspace) { this.workspace = workspace; }

    /** Opens a transaction and a new batch; the caller adds rows and commits, or closes to roll back. */
    public ImportSession begin(String fileName, String path, String sha256, RecordKind kind, String profile) {
        Connection c = null;
        try {
            c = workspace.connect();
            return new ImportSession(c, fileName, path, sha256, kind, profile);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new StoreException("cannot start an import of " + fileName, e);
        }
    }

    /** The stored batch holding a file with this content, if the file was imported before. */
    public Optional<ImportBatch> findStored(String sha256, RecordKind kind) {
        return query("SELECT " + COLUMNS + " FROM import_batch WHERE sha256 = ? AND kind = ? AND status = 'stored'", sha256, kind.id())
                .stream().findFirst();
    }

    /**
     * Whether a batch came from a file with this content, stored or since undone (any kind: a workbook stores one
     * batch per sheet): a file the analyst undid was seen and decided on, not new.
     */
    public boolean sawContent(String sha256) {
        return !query("SELECT " + COLUMNS + " FROM import_batch WHERE sha256 = ? AND status IN ('stored', 'undone') LIMIT 1", sha256).isEmpty();
    }

    public Optional<ImportBatch> find(long id) {
        return query("SELECT " + COLUMNS + " FROM import_batch WHERE id = ?", id).stream().findFirst();
    }

    public List<ImportBatch> list() {
        return query("SELECT " + (workspace.onServer() ? SERVER_COLUMNS : COLUMNS) + " FROM import_batch ORDER BY id");
    }

    /**
     * Stored batches whose follow-up did not finish (the process was killed or the machine stopped after the
     * batch was committed), oldest first, with their record kinds. Empty on a server store, which keeps no such mark.
     */
    public java.util.Map<Long, String> pendingFollowUp() {
        java.util.Map<Long, String> out = new java.util.LinkedHashMap<>();
        if (workspace.onServer()) return out;
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT b.id, b.kind FROM follow_up_pending p JOIN import_batch b ON b.id = p.batch_id WHERE b.status = 'stored' ORDER BY b.id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.put(rs.getLong(1), rs.getString(2));
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the batches waiting for their follow-up", e);
        }
    }

    /** The follow-up of these batches is done: they no longer count as pending. */
    public void followedUp(java.util.Collection<Long> batchIds) {
        if (workspace.onServer() || batchIds.isEmpty()) return;
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement("DELETE FROM follow_up_pending WHERE batch_id = ?")) {
            c.setAutoCommit(false);
            for (long id : batchIds) {
                ps.setLong(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("cannot mark the follow-up of batches " + batchIds + " done", e);
        }
    }

    /**
     * Removes batch {@code id} and everything it stored, in one transaction. Lines of later batches that
     * were held as duplicates of this batch's lines become counted again, so the totals stay right.
     */
    public ImportBatch undo(long id) {
        ImportBatch b = find(id).orElseThrow(() -> new IllegalArgumentException("there is no import batch " + id));
        if (b.status() != BatchStatus.STORED) throw new IllegalArgumentException("import batch " + id + " is already " + b.status().id());
        try (Connection c = workspace.connect()) {
            c.setAutoCommit(false);
            try {
                Rollups.apply(c, "batch_id = ?", new Object[] {id}, -1);
                promoteDuplicatesOf(c, id);
                try (PreparedStatement ps = c.prepareStatement("UPDATE campaign SET batch_id = NULL WHERE batch_id = ?")) {
                    ps.setLong(1, id);
                    ps.executeUpdate();
                }
                // the keys first, while the lines still say which they are
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM sale_key WHERE (line_key, sale_id) IN "
                        + "(SELECT line_key, id FROM sale WHERE batch_id = ? AND line_key IS NOT NULL)")) {
                    ps.setLong(1, id);
                    ps.executeUpdate();
                }
                for (String table : new String[] {"validation_issue", "quarantine", "sale", "sell_in", "stock", "spend", "touchpoint",
                        "target", "dealer_service", "market", "competitor_event", "policy_measure", "review", "ticket"}) {
                    try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE batch_id = ?")) {
                        ps.setLong(1, id);
                        ps.executeUpdate();
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("UPDATE import_batch SET status = 'undone', finished_at = ? WHERE id = ?")) {
                    ps.setString(1, ImportSession.now());
                    ps.setLong(2, id);
                    ps.executeUpdate();
                }
                AuditLog.record(c, "undo", "batch " + id, b.fileName() + ": " + b.stored() + " rows removed");
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot undo import batch " + id, e);
        }
        return find(id).orElseThrow();
    }

    /** For each key this batch counted, the earliest duplicate in another batch takes its place. */
    private static void promoteDuplicatesOf(Connection c, long id) throws SQLException {
        String heirs = "SELECT MIN(d.id) FROM sale d JOIN sale o ON d.dup_of = o.id WHERE o.batch_id = ? AND d.batch_id <> ? "
                + "GROUP BY d.line_key, d.channel_id, d.order_id, d.product_id, d.line_no";
        List<Long> promoted = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(heirs)) {
            ps.setLong(1, id);
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) promoted.add(rs.getLong(1));
            }
        }
        if (promoted.isEmpty()) return;
        // only an heir held as a duplicate (hold 1) enters the totals: one a reviewer accepted as no duplicate (0) is
        // counted already, and one rejected or held by an open finding (3, 2) stays out (before, each was added again)
        List<Long> entering = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT hold FROM sale WHERE id = ?")) {
            for (long heir : promoted) {
                ps.setLong(1, heir);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getInt(1) == 1) entering.add(heir);
                }
            }
        }
        try (PreparedStatement up = c.prepareStatement("UPDATE sale SET hold = CASE WHEN hold = 1 THEN 0 ELSE hold END, dup_of = NULL WHERE id = ?");
             PreparedStatement rest = c.prepareStatement("UPDATE sale SET dup_of = ? WHERE id IN (SELECT d.id FROM sale h "
                     + "JOIN sale_key k ON k.line_key = h.line_key JOIN sale d ON d.id = k.sale_id AND d.channel_id = h.channel_id "
                     + "AND d.order_id = h.order_id AND d.product_id = h.product_id AND d.line_no = h.line_no "
                     + "WHERE h.id = ? AND d.hold = 1 AND d.id <> h.id AND d.batch_id <> ?)")) {
            for (long heir : promoted) {
                up.setLong(1, heir);
                up.executeUpdate();
                rest.setLong(1, heir);
                rest.setLong(2, heir);
                rest.setLong(3, id);
                rest.executeUpdate();
            }
        }
        if (entering.isEmpty()) return;
        StringBuilder in = new StringBuilder();
        for (long p : entering) in.append(in.length() == 0 ? "" : ",").append(p);
        Rollups.apply(c, "id IN (" + in + ")", new Object[0], 1);
    }

    private List<ImportBatch> query(String sql, Object... args) {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
            List<ImportBatch> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ImportBatch(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), BatchStatus.of(rs.getString(11)),
                            rs.getString(12), rs.getString(13)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read import batches", e);
        }
    }

    private static void closeQuietly(Connection c) {
        if (c == null) return;
        try {
            c.close();
        } catch (SQLException ignored) {
            // the original failure is what matters
        }
    }
}
