package org.salestrack.store.postgres;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.postgresql.PGConnection;
import org.salestrack.model.national.ExtractReport;
import org.salestrack.store.AuditLog;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;

/**
 * A regional extract (issue 21 #4): the national store's lines of some sales regions and days (and the rows of
 * every other kind of {@link FactCopy} and the findings there), read by
 * COPY as the analyst's own role (so row-level security decides what she gets, whatever she asks), into a
 * fresh workspace: the dimensions, one batch per national batch with lines in the selection (same file
 * name and SHA-256, so importing that file again adds nothing), the lines with their holds, their line keys
 * and the sale_day rollup. One SQLite transaction: a failed extract leaves the workspace empty.
 */
public final class Extractor {
    private static final String COLUMNS = "id, batch_id, src_row, line_key, order_id, line_no, sold_at, sale_date, channel_id, store_id, "
            + "dealer_id, region_id, product_id, qty, unit_price_e4, amount_e4, discount_rate, discount_e4, margin_e4, currency, "
            + "imei, waybill, campaign_code, ship_province, ship_lat, ship_lon, status, pickup, hold, dup_of, file_province";
    private static final int N = 31;
    private static final int PER_INSERT = 50;

    private final NationalStore store;
    private final Workspace workspace;

    public Extractor(NationalStore store, Workspace workspace) {
        this.store = store;
        this.workspace = workspace;
    }

    /**
     * @param regions sales regions (华南...) to take; empty for every region the role may read
     * @param from first day or null
     * @param to last day or null
     */
    public ExtractReport extract(List<String> regions, LocalDate from, LocalDate to) {
        try (Connection pg = store.connect(); Connection local = workspace.connect()) {
            if (hasBatches(local)) throw new IllegalArgumentException(workspace.name() + " holds imports already: extract into a fresh workspace");
            pg.setAutoCommit(false);
            // one snapshot for the batches and the lines
            try (Statement s = pg.createStatement()) {
                s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            }
            String where = where(regions, from, to);
            local.setAutoCommit(false);
            try {
                DimensionCopy dims = DimensionCopy.copy(pg, local, Map.of(), true);
                int batches = copyBatches(pg, local, where, FactCopy.batchRows(regions, from, to));
                long lines = copyLines(pg, local, where, dims, null);
                long facts = FactCopy.extract(pg, local, regions, from, to, dims, null);
                long findings = FactCopy.extractFindings(pg, local, null);
                try (Statement s = local.createStatement()) {
                    s.executeUpdate("INSERT INTO sale_key (line_key, sale_id) SELECT line_key, id FROM sale WHERE line_key IS NOT NULL ORDER BY line_key, id");
                }
                NationalLink.write(local, new NationalLink(store.address().display(), store.address().user(), regions, from, to));
                try (Statement s = local.createStatement()) {
                    s.executeUpdate("INSERT INTO national_batch_seen (batch_id) SELECT id FROM import_batch");
                }
                NationalLink.agreeOnLocalReviews(local, java.util.Set.of());
                // the extract's sale_day and count are the workspace's own: one rollup, one counted sale
                org.salestrack.store.Rollups.rebuild(local);
                long counted = scalar(local, "SELECT COUNT(*) FROM sale WHERE " + org.salestrack.store.CountedSale.where(""));
                ExtractReport report = new ExtractReport(store.address().display(), store.address().user(), batches, lines, counted);
                String what = (regions.isEmpty() ? "every region " + store.address().user() + " may read" : String.join(",", regions))
                        + (from == null ? "" : " from " + from) + (to == null ? "" : " to " + to);
                AuditLog.record(local, "extract", store.address().display(), what + ": " + batches + " batches, " + lines + " lines, "
                        + facts + " rows of the other kinds, " + findings + " findings");
                local.commit();
                pg.commit();
                try (Connection audit = store.connect(); PreparedStatement ps = audit.prepareStatement("SELECT national_audit('extract', ?, ?)")) {
                    ps.setString(1, workspace.name());
                    ps.setString(2, what + ": " + batches + " batches, " + lines + " lines");
                    ps.execute();
                }
                return report;
            } catch (SQLException | RuntimeException e) {
                local.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot extract from " + store.address().display() + ": " + e.getMessage(), e);
        }
    }

    private static boolean hasBatches(Connection local) throws SQLException {
        return scalar(local, "SELECT COUNT(*) FROM import_batch") > 0;
    }

    private static long scalar(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The selection as SQL literals (COPY takes no parameters): regions and days are checked before they are quoted. */
    static String where(List<String> regions, LocalDate from, LocalDate to) {
        List<String> conds = new ArrayList<>();
        if (!regions.isEmpty()) {
            List<String> quoted = new ArrayList<>();
            for (String r : regions) quoted.add("'" + r.replace("'", "''") + "'");
            conds.add("s.sales_region IN (" + String.join(", ", quoted) + ")");
        }
        if (from != null) conds.add("s.sale_date >= '" + from + "'");
        if (to != null) conds.add("s.sale_date <= '" + to + "'");
        return conds.isEmpty() ? "" : " WHERE " + String.join(" AND ", conds);
    }

    private static int copyBatches(Connection pg, Connection local, String where, String factRows) throws SQLException {
        int n = 0;
        try (Statement s = pg.createStatement();
             ResultSet rs = s.executeQuery("SELECT b.id, b.file_name, b.sha256, b.kind, b.profile, b.rows_read, COALESCE(b.imported_at, "
                     + "to_char(b.published_at, 'YYYY-MM-DD\"T\"HH24:MI:SS')), x.n, x.dups, b.validated_at FROM import_batch b JOIN (SELECT s.batch_id, COUNT(*) n, "
                     + "COUNT(*) FILTER (WHERE s.hold = 1) dups FROM sale s" + where + " GROUP BY s.batch_id" + factRows + ") x ON x.batch_id = b.id "
                     + "WHERE b.status = 'stored' ORDER BY b.id");
             PreparedStatement ins = local.prepareStatement("INSERT INTO import_batch (id, file_name, sha256, kind, profile, rows_read, "
                     + "rows_stored, rows_duplicate, status, started_at, finished_at, validated_at) VALUES (?,?,?,?,?,?,?,?,'stored',?,?,?)")) {
            while (rs.next()) {
                ins.setLong(1, rs.getLong(1));
                ins.setString(2, rs.getString(2));
                ins.setString(3, rs.getString(3));
                ins.setString(4, rs.getString(4));
                ins.setString(5, rs.getString(5));
                ins.setLong(6, rs.getLong(6));
                ins.setLong(7, rs.getLong(8));
                ins.setLong(8, rs.getLong(9));
                ins.setString(9, rs.getString(7));
                ins.setString(10, rs.getString(7));
                ins.setString(11, rs.getString(10));
                ins.addBatch();
                n++;
            }
            ins.executeBatch();
        }
        return n;
    }

    /**
     * COPY out of the server on one thread, rows into SQLite on this one. Into a fresh workspace
     * ({@code batchIds} null) the national line ids are kept, so dup_of still points right; into one that has
     * lines of its own, ids are the workspace's, batch ids are mapped and dup_of is left for the caller to find by line key.
     */
    static long copyLines(Connection pg, Connection local, String where, DimensionCopy dims, Map<Long, Long> batchIds) throws SQLException {
        PipedInputStream in = new PipedInputStream(1 << 20);
        PipedOutputStream out;
        try {
            out = new PipedOutputStream(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String copy = "COPY (SELECT " + prefixed() + " FROM sale s" + where + ") TO STDOUT";
        CompletableFuture<Long> reading = CompletableFuture.supplyAsync(() -> {
            try (out) {
                return pg.unwrap(PGConnection.class).getCopyAPI().copyOut(copy, out);
            } catch (SQLException | IOException e) {
                throw new StoreException("cannot read the national store's lines", e instanceof SQLException q ? q : new SQLException(e));
            }
        });
        long lines = 0;
        String row = "(" + "?,".repeat(N - 1) + "?)";
        String many = "INSERT INTO sale (" + COLUMNS + ") VALUES " + (row + ",").repeat(PER_INSERT - 1) + row;
        String one = "INSERT INTO sale (" + COLUMNS + ") VALUES " + row;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
             PreparedStatement ps = local.prepareStatement(many); PreparedStatement single = local.prepareStatement(one)) {
            List<Object[]> pending = new ArrayList<>(PER_INSERT);
            String line;
            while ((line = r.readLine()) != null) {
                Object[] values = parse(line, dims);
                if (batchIds != null) {
                    values[0] = null;
                    values[1] = batchIds.get(Long.valueOf((String) values[1]));
                    values[29] = null;
                }
                pending.add(values);
                lines++;
                if (pending.size() == PER_INSERT) {
                    int p = 1;
                    for (Object[] v : pending) for (Object o : v) ps.setObject(p++, o);
                    ps.executeUpdate();
                    pending.clear();
                }
            }
            for (Object[] v : pending) {
                for (int i = 0; i < N; i++) single.setObject(i + 1, v[i]);
                single.executeUpdate();
            }
        } catch (IOException e) {
            throw new StoreException("cannot read the national store's lines", new SQLException(e));
        }
        long copied = reading.join();
        if (copied != lines) throw new IllegalStateException("the server sent " + copied + " lines, " + lines + " arrived");
        return lines;
    }

    private static String prefixed() {
        List<String> out = new ArrayList<>();
        for (String c : COLUMNS.split(", ")) out.add("s." + c);
        return String.join(", ", out);
    }

    /** One line of COPY's text format into the workspace's values, dimension ids mapped. */
    private static Object[] parse(String line, DimensionCopy dims) {
        String[] f = line.split("\t", -1);
        Object[] v = new Object[N];
        for (int i = 0; i < N; i++) v[i] = f[i].equals("\\N") ? null : unescape(f[i]);
        v[8] = dims.map("channel", asLong(v[8]));
        v[9] = dims.map("store", asLong(v[9]));
        v[10] = dims.map("dealer", asLong(v[10]));
        v[11] = dims.map("region", asLong(v[11]));
        v[12] = dims.map("product", asLong(v[12]));
        return v;
    }

    private static Long asLong(Object o) { return o == null ? null : Long.valueOf((String) o); }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) return s;
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else b.append(ch);
        }
        return b.toString();
    }
}
