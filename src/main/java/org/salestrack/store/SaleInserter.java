package org.salestrack.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.salestrack.model.SaleStatus;

/**
 * Inserts the rows {@link SaleRows} prepared. Only what SQLite must do happens here, on the storing
 * thread: binding and stepping, {@link #LINES_PER_INSERT} lines to a statement.
 */
final class SaleInserter implements AutoCloseable {
    /**
     * Lines per INSERT statement: one reset, step and change count per statement instead of per line (a million
     * lines: 1.9 s instead of 2.5 s); 50 lines of 30 parameters stay far below SQLite's parameter limit.
     */
    private static final int LINES_PER_INSERT = 50;
    private static final String[] COLUMNS = SaleRows.COLUMNS;
    private static final int SOLD_AT = List.of(COLUMNS).indexOf("sold_at");
    private static final int SALE_DATE = List.of(COLUMNS).indexOf("sale_date");
    /** Each column's value when left out: its DEFAULT in the schema; NOT NULL columns without one are never left out. */
    private static final Object[] DEFAULTS = new Object[COLUMNS.length];

    static {
        Object required = new Object();
        for (String col : new String[] {"src_row", "sold_at", "sale_date", "channel_id", "region_id", "product_id", "qty",
                "unit_price_e4", "amount_e4"}) {
            DEFAULTS[List.of(COLUMNS).indexOf(col)] = required;
        }
        DEFAULTS[List.of(COLUMNS).indexOf("line_no")] = 1;
        DEFAULTS[List.of(COLUMNS).indexOf("status")] = SaleStatus.PAID.id();
        DEFAULTS[List.of(COLUMNS).indexOf("pickup")] = 0;
        DEFAULTS[List.of(COLUMNS).indexOf("hold")] = 0;
    }

    private final Connection c;
    private final long batchId;
    private final Map<Long, PreparedStatement> statements = new HashMap<>();

    SaleInserter(Connection c, long batchId) {
        this.c = c;
        this.batchId = batchId;
    }

    /** Inserts the chunk's rows and writes the rollup sums that came with it. */
    void insert(SaleRows.Chunk chunk, SaleDayDelta rollup) throws SQLException {
        for (SaleDayDelta.Sorted sums : chunk.rollup()) rollup.write(sums);
        int n = chunk.size();
        if (n == 0) return;
        long needed = 0;
        for (int col = 0; col < COLUMNS.length; col++) {
            Object d = DEFAULTS[col];
            for (int r = 0; r < n; r++) {
                if (!Objects.equals(chunk.rows()[r][col], d)) {
                    needed |= 1L << col;
                    break;
                }
            }
        }
        int grouped = n - n % LINES_PER_INSERT;
        if (grouped > 0) insert(statement(needed, LINES_PER_INSERT), chunk, needed, 0, grouped, LINES_PER_INSERT);
        if (grouped < n) insert(statement(needed, 1), chunk, needed, grouped, n, 1);
    }

    private static void insert(PreparedStatement ps, SaleRows.Chunk chunk, long needed, int from, int to, int perStatement)
            throws SQLException {
        int p = 1;
        for (int r = from; r < to; r++) {
            Object[] row = chunk.rows()[r];
            ps.setLong(p++, chunk.ids()[r]);
            for (int col = 0; col < COLUMNS.length; col++) {
                if (col != SALE_DATE && (needed & (1L << col)) != 0) bind(ps, p++, row[col]);
            }
            if ((r - from + 1) % perStatement == 0) {
                ps.addBatch();
                p = 1;
            }
        }
        ps.executeBatch();
    }

    /**
     * The insert of {@code lines} lines for the columns a chunk needs: a column whose value is its default in
     * every line of the chunk (mostly NULL: no discount, no waybill, no coordinates in a POS export) is left out
     * and takes that default, which saves a JNI bind per line and column; the batch id is part of the statement,
     * and sale_date is cut from sold_at's parameter rather than bound again.
     */
    private PreparedStatement statement(long needed, int lines) throws SQLException {
        long key = needed * 64 + lines;
        PreparedStatement ps = statements.get(key);
        if (ps != null) return ps;
        StringBuilder cols = new StringBuilder("id, batch_id");
        for (int col = 0; col < COLUMNS.length; col++) {
            if ((needed & (1L << col)) != 0) cols.append(", ").append(COLUMNS[col]);
        }
        StringBuilder vals = new StringBuilder();
        int p = 1;
        for (int line = 0; line < lines; line++) {
            vals.append(line == 0 ? "(?" : ",(?").append(p++).append(',').append(batchId);
            int soldAt = 0;
            for (int col = 0; col < COLUMNS.length; col++) {
                if ((needed & (1L << col)) == 0) continue;
                if (col == SOLD_AT) soldAt = p;
                if (col == SALE_DATE) vals.append(",substr(?").append(soldAt).append(",1,10)");
                else vals.append(",?").append(p++);
            }
            vals.append(')');
        }
        ps = c.prepareStatement("INSERT INTO sale(" + cols + ") VALUES " + vals);
        statements.put(key, ps);
        return ps;
    }

    private static void bind(PreparedStatement ps, int i, Object v) throws SQLException {
        if (v == null) ps.setNull(i, Types.NULL);
        else if (v instanceof Long l) ps.setLong(i, l);
        else if (v instanceof Integer n) ps.setInt(i, n);
        else if (v instanceof String t) ps.setString(i, t);
        else if (v instanceof Double d) ps.setDouble(i, d);
        else throw new IllegalArgumentException("cannot bind " + v.getClass());
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : statements.values()) ps.close();
        statements.clear();
    }
}
