package org.salestrack.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.salestrack.model.CanonicalRow;
import org.salestrack.model.Message;
import org.salestrack.model.RecordKind;
import org.salestrack.model.SaleLine;
import org.salestrack.store.quality.MessageJson;

/**
 * One import batch inside one transaction: a file is stored whole or not at all. Closing the session
 * without {@link #commit} rolls everything back, so a failure or a cancel leaves the workspace as it was.
 */
public final class ImportSession implements AutoCloseable {
    private static final int BATCH = 2_000;

    private final Connection c;
    private final long batchId;
    private final RecordKind kind;
    private final Dimensions dims;
    private final SaleRows saleRows;
    private final SaleInserter sales;
    private final FactInserter facts;
    private final PreparedStatement quarantine;
    private long stored;
    private long quarantined;
    private boolean committed;
    private final String fileName;
    /** Prepares sale lines on its own thread; started by the first {@link #submit}. */
    private SalePreparer preparer;
    private boolean closed;

    ImportSession(Connection c, String fileName, String path, String sha256, RecordKind kind, String profile) throws SQLException {
        this.c = c;
        this.kind = kind;
        this.fileName = fileName;
        // The import resolves every id it writes through Dimensions in this same transaction, so the
        // per-row foreign-key lookups (seven per sale line) only cost time; they stay on everywhere else.
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = OFF");
        }
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_batch(file_name, file_path, sha256, kind, profile, status, started_at) "
                + "VALUES (?,?,?,?,?,'importing',?) RETURNING id")) {
            ps.setString(1, fileName);
            ps.setString(2, path);
            ps.setString(3, sha256);
            ps.setString(4, kind.id());
            ps.setString(5, profile);
            ps.setString(6, now());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                batchId = rs.getLong(1);
            }
        }
        dims = new Dimensions(c);
        saleRows = kind == RecordKind.SALES ? new SaleRows(dims, new SaleDayDelta(c), nextSaleId(c)) : null;
        sales = kind == RecordKind.SALES ? new SaleInserter(c, batchId) : null;
        facts = kind == RecordKind.SALES ? null : new FactInserter(c, dims, batchId, kind);
        quarantine = c.prepareStatement("INSERT INTO quarantine(batch_id, src_row, raw, reason, reason_key, reason_args) "
                + "VALUES (?,?,?,?,?,?)");
    }

    public long batchId() { return batchId; }

    /**
     * Takes sale lines to store, in file order ({@code lineKeys} holds each line's {@link SaleLine#lineKey()}, computed
     * already). The session prepares them (dimensions, ids, keys, rollup sums) on a thread of its own and stores them on
     * this one, so that preparing a chunk overlaps storing the one before; this stores the chunks prepared so far and
     * waits only while preparing is two chunks behind. {@link #commit} stores the rest.
     */
    public void submit(List<SaleLine> lines, List<Long> lineKeys) {
        if (closed) throw new StoreException("import batch " + batchId + " is closed");
        if (preparer == null) preparer = new SalePreparer(saleRows, this::store, fileName);
        preparer.submit(lines, lineKeys);
    }

    private void store(SaleRows.Chunk chunk) {
        try {
            sales.insert(chunk, saleRows.rollup());
        } catch (SQLException e) {
            throw new StoreException("cannot store rows from " + (chunk.size() == 0 ? "?" : chunk.rows()[0][0]), e);
        }
        stored += chunk.size();
    }

    public void add(CanonicalRow row) {
        try {
            facts.add(row);
        } catch (SQLException e) {
            throw new StoreException("cannot store row " + row.sourceRow(), e);
        }
        stored++;
    }

    /**
     * Keeps a row that could not be mapped, as read, with the reason: nothing is lost. {@code reason} is the English
     * text, stored as given; {@code why} is the same reason by key (null when there is none), for the workbench.
     */
    public void quarantine(int sourceRow, String rawJson, String reason, Message why) {
        try {
            quarantine.setLong(1, batchId);
            quarantine.setInt(2, sourceRow);
            quarantine.setString(3, rawJson);
            quarantine.setString(4, reason);
            quarantine.setString(5, why == null ? null : why.key());
            quarantine.setString(6, why == null ? null : MessageJson.args(why));
            quarantine.addBatch();
            if (++quarantined % BATCH == 0) quarantine.executeBatch();
        } catch (SQLException e) {
            throw new StoreException("cannot quarantine row " + sourceRow, e);
        }
    }

    public long stored() { return stored; }

    /**
     * Finishes the batch: marks lines already stored by earlier batches as duplicates, updates the rollup,
     * writes the counts and the audit entry, and commits. Returns the number of duplicate lines.
     */
    public long commit(long read, long rejected) {
        try {
            return commitOrThrow(read, rejected);
        } catch (SQLException e) {
            throw new StoreException("cannot save import batch " + batchId, e);
        }
    }

    private long commitOrThrow(long read, long rejected) throws SQLException {
        quarantine.executeBatch();
        long duplicates = 0;
        if (sales != null) {
            if (preparer != null) preparer.finish();
            saleRows.keys().write(c);
            duplicates = SaleDuplicates.mark(c, batchId, saleRows.repeatsInFile() > 0, saleRows.rollup());
            saleRows.rollup().flush();
            // the orders rollup counts an order once, so it needs the batch's counted lines beside the earlier lines of
            // their orders: the stored batch, after the duplicates are marked (they only change this batch's lines)
            Rollups.applyOrders(c, "batch_id = ?", new Object[] {batchId}, 1);
        } else {
            facts.flush();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE import_batch SET rows_read = ?, rows_stored = ?, rows_quarantined = ?, "
                + "rows_rejected = ?, rows_duplicate = ?, status = 'stored', finished_at = ? WHERE id = ?")) {
            ps.setLong(1, read);
            ps.setLong(2, stored);
            ps.setLong(3, quarantined);
            ps.setLong(4, rejected);
            ps.setLong(5, duplicates);
            ps.setString(6, now());
            ps.setLong(7, batchId);
            ps.executeUpdate();
        }
        AuditLog.record(c, "import", "batch " + batchId, kind.id() + ": " + stored + " stored, " + quarantined
                + " quarantined, " + duplicates + " duplicate");
        c.commit();
        committed = true;
        return duplicates;
    }

    /** The id SQLite would give the next sale line. */
    private static long nextSaleId(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM sale")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String now() {
        return LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /**
     * Rolls back unless committed, first, so that nothing failing later can commit a half-stored file; then
     * closes the session's own connection, which ends anything still open without committing it.
     */
    @Override
    public void close() {
        closed = true;
        // the preparing thread ends first: it writes dimension members, which must not outlive the rollback
        if (preparer != null) preparer.close();
        SQLException failure = null;
        try {
            if (!committed) c.rollback();
        } catch (SQLException e) {
            failure = e;
        }
        try {
            if (sales != null) sales.close();
            if (facts != null) facts.close();
            dims.close();
            quarantine.close();
        } catch (SQLException e) {
            if (failure == null) failure = e;
        }
        try {
            c.close();
        } catch (SQLException e) {
            if (failure == null) failure = e;
        }
        if (failure != null) throw new StoreException("cannot close import batch " + batchId, failure);
    }
}
