package org.salestrack.store.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.salestrack.store.feedback.FeedbackFacts;
import org.salestrack.store.quality.StoredWhy;

/**
 * The kinds a workspace holds besides sales lines (sell-in, stock, touchpoints, targets, spend, reviews, tickets, dealer
 * service, the market panel) and the findings of its
 * batches, between a workspace and the national store. Up: a batch's rows as JSON objects by COPY into fact_stage,
 * with the place (province code or name, or sales region) the store decides each row's sales region from, moved by
 * {@code national_publish_facts}; findings by {@code national_findings}. Down: read as the analyst's own role, so
 * row-level security decides what she gets.
 */
final class FactCopy {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One kind: its batch kind and its table, the place of a row (SQLite, table {@code f}, with what {@code joins} adds),
     * its date column on the store and its columns; {@code everyones}: rows of no region and no period an extract
     * selects by (competitor events and policy measures: market facts every workspace needs whole).
     */
    record Kind(String kind, String table, String place, String joins, String day, List<String> columns, boolean everyones) {
        Kind(String kind, String place, String joins, String day, List<String> columns) {
            this(kind, kind, place, joins, day, columns, false);
        }
    }

    static final List<Kind> KINDS = List.of(
            new Kind("sell_in", "COALESCE(NULLIF(f.province, ''), (SELECT d.province FROM dealer d WHERE d.id = f.dealer_id))", "", "shipped_at",
                    List.of("shipped_at", "dealer_id", "product_id", "qty", "amount_e4", "province", "hold")),
            new Kind("stock", "CASE WHEN f.location_type = 'dealer' THEN (SELECT d.province FROM dealer d WHERE d.code = f.location_code) "
                    + "ELSE COALESCE((SELECT r.province FROM store st JOIN region r ON r.id = st.region_id WHERE st.code = f.location_code), "
                    + "(SELECT d.province FROM dealer d WHERE d.code = f.location_code)) END", "", "as_of",
                    List.of("as_of", "location_code", "location_type", "product_id", "on_hand", "in_transit")),
            // a touchpoint is where the order it led to was sold, else where its customer last bought, else where she lives
            new Kind("touchpoint", "COALESCE((SELECT r.province FROM sale s JOIN region r ON r.id = s.region_id WHERE s.order_id = f.order_id "
                    + "LIMIT 1), substr(cp.last, 12), (SELECT r.province FROM customer cu JOIN region r ON r.city = cu.city WHERE cu.id = f.customer_id "
                    + "AND r.province <> '' LIMIT 1))",
                    // one pass over the lines that carry a customer (the V130 index holds just those): her latest line's province
                    " LEFT JOIN (SELECT s.customer_id AS customer_id, MAX(s.sale_date || '|' || r.province) AS last FROM sale s "
                    + "JOIN region r ON r.id = s.region_id WHERE s.customer_id IS NOT NULL AND r.province <> '' GROUP BY s.customer_id) cp "
                    + "ON cp.customer_id = f.customer_id", "at",
                    List.of("customer_pid", "at", "channel_id", "order_id")),
            new Kind("target", "COALESCE((SELECT d.province FROM dealer d WHERE d.id = f.dealer_id), f.region)", "", "period",
                    List.of("period", "dealer_id", "region", "qty", "amount_e4")),
            // spend has no place of its own: its campaign's region (a sales region), else none, national ('': head office's)
            new Kind("spend", "(SELECT c.region FROM campaign c WHERE c.code = f.campaign_code)", "", "date",
                    List.of("date", "channel_id", "campaign_code", "spend_e4", "impressions", "clicks")),
            // a review is where its order was sold (docs/feedback.md), as the feedback screens place it
            new Kind("review", "(SELECT r.province FROM region r WHERE r.id = " + FeedbackFacts.orderRegion("f") + ")", "", "at",
                    List.of("review_id", "at", "channel_id", "product_id", "product_name", "order_id", "rating", "text")),
            // a ticket is at its store, else at its dealer's (or its store's dealer's) registered province
            new Kind("ticket", "COALESCE(NULLIF((SELECT r.province FROM store st JOIN region r ON r.id = st.region_id WHERE st.id = f.store_id), ''), "
                    + "(SELECT d.province FROM dealer d WHERE d.id = COALESCE(f.dealer_id, (SELECT st.dealer_id FROM store st WHERE st.id = f.store_id))))",
                    "", "opened_at",
                    List.of("ticket_id", "opened_at", "resolved_at", "channel_id", "store_id", "dealer_id", "product_id", "category", "status", "text")),
            new Kind("dealer_service", "(SELECT d.province FROM dealer d WHERE d.id = f.dealer_id)", "", "period",
                    List.of("period", "dealer_id", "nps", "complaints", "resolved_48h")),
            // a panel row's province, or the sales region it names; a nationwide row is national
            new Kind("market", "f.province", "", "period",
                    List.of("period", "province", "category", "units", "brand", "price_band", "value_e4")),
            new Kind("competitor_event", "competitor_event", "''", "", "event_date",
                    List.of("brand", "model", "event_date", "kind", "provinces", "category", "price_before_e4", "price_after_e4"), true),
            new Kind("policy", "policy_measure", "''", "", "starts",
                    List.of("name", "provinces", "starts", "ends", "category", "rate", "cap_e4", "max_price_e4"), true));

    /** The batch kinds a publish carries: sales and every kind above. */
    static List<String> batchKinds() {
        List<String> out = new ArrayList<>(List.of("sales"));
        for (Kind k : KINDS) out.add(k.kind());
        return out;
    }

    private static final Map<String, String> REFERENCES = Map.of("dealer_id", "dealer", "product_id", "product", "channel_id", "channel",
            "store_id", "store");

    private FactCopy() {}

    static Kind kind(String kind) {
        return KINDS.stream().filter(k -> k.kind().equals(kind)).findFirst().orElse(null);
    }

    /** The local column a store column is read from: touchpoints keep the customer's pseudonymous id, the workspace its row id. */
    private static String localColumn(String column) {
        return column.equals("customer_pid") ? "(SELECT cu.pid FROM customer cu WHERE cu.id = f.customer_id)" : "f." + column;
    }

    /** Sends a new batch's rows of {@code k} up and stores them; returns the rows stored. */
    static long publish(Connection local, Connection pg, Kind k, long localBatch, long nationalBatch, DimensionCopy dims) throws SQLException {
        List<String> select = new ArrayList<>();
        for (String c : k.columns()) select.add(localColumn(c));
        CopyText out = new CopyText(pg.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY fact_stage (batch_id, kind, src_row, place, row) FROM STDIN"));
        try (PreparedStatement ps = local.prepareStatement("SELECT f.src_row, " + k.place() + ", " + String.join(", ", select) + " FROM "
                + k.table() + " f" + k.joins() + " WHERE f.batch_id = ? ORDER BY f.src_row")) {
            ps.setLong(1, localBatch);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 0; i < k.columns().size(); i++) {
                        String c = k.columns().get(i);
                        Object v = rs.getObject(i + 3);
                        row.put(c, REFERENCES.containsKey(c) ? dims.map(REFERENCES.get(c), v) : v);
                    }
                    out.field(nationalBatch).field(k.kind()).field(rs.getInt(1)).field(rs.getString(2)).field(json(row));
                    out.endRow();
                }
            }
            out.end();
        } catch (SQLException | RuntimeException e) {
            out.cancel();
            throw e;
        }
        try (PreparedStatement ps = pg.prepareStatement("SELECT national_publish_facts(?, ?)")) {
            ps.setLong(1, nationalBatch);
            ps.setString(2, k.kind());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Sends the findings of a published batch (of any kind): the store keeps new ones and takes the workspace's
     * review of known ones when it is the later; returns the findings stored or changed.
     */
    static long publishFindings(Connection local, Connection pg, long localBatch, long nationalBatch) throws SQLException {
        String related = "(SELECT group_concat(x.src_row) FROM validation_issue_row r JOIN %1$s x ON x.id = r.row_id WHERE r.issue_id = i.id)";
        StringBuilder rows = new StringBuilder("CASE i.fact WHEN 'sale' THEN ").append(String.format(related, "sale"));
        for (Kind k : KINDS) rows.append(" WHEN '").append(k.table()).append("' THEN ").append(String.format(related, k.table()));
        rows.append(" END");
        int sent = 0;
        CopyText out = new CopyText(pg.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY fact_stage (batch_id, kind, src_row, place, row) FROM STDIN"));
        try (PreparedStatement ps = local.prepareStatement("SELECT i.fact, i.src_row, " + rows + ", i.rule, i.severity, i.why, i.why_key, "
                + "i.why_args, i.status, i.who, i.at, i.comment, i.hold FROM validation_issue i WHERE i.batch_id = ? ORDER BY i.id")) {
            ps.setLong(1, localBatch);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("fact", rs.getString(1));
                    row.put("src_row", rs.getObject(2));
                    row.put("src_rows", rs.getString(3) == null ? List.of() : Arrays.stream(rs.getString(3).split(",")).map(Integer::valueOf).sorted().toList());
                    String[] names = {"rule", "severity", "why", "why_key", "why_args", "status", "who", "at", "comment", "hold"};
                    for (int i = 0; i < names.length; i++) row.put(names[i], rs.getObject(i + 4));
                    row.put("why", StoredWhy.english(rs.getString(6), rs.getString(7), rs.getString(8)));
                    out.field(nationalBatch).field("validation_issue").field(rs.getObject(2)).field(null).field(json(row));
                    out.endRow();
                    sent++;
                }
            }
            out.end();
        } catch (SQLException | RuntimeException e) {
            out.cancel();
            throw e;
        }
        if (sent == 0) return 0;
        try (PreparedStatement ps = pg.prepareStatement("SELECT national_findings(?)")) {
            ps.setLong(1, nationalBatch);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The selection of an extract on a fact table {@code f}: its sales regions and days (checked values, quoted). */
    static String where(Kind k, List<String> regions, LocalDate from, LocalDate to) {
        if (k.everyones()) return "";
        String s = Extractor.where(regions, null, null).replace("s.sales_region", "f.sales_region");
        List<String> conds = new ArrayList<>();
        if (!s.isEmpty()) conds.add(s.substring(" WHERE ".length()));
        String day = k.day().equals("period") ? "f.period" : "substr(f." + k.day() + ", 1, 10)";
        if (from != null) conds.add(day + " >= '" + (k.day().equals("period") ? from.toString().substring(0, 7) : from) + "'");
        if (to != null) conds.add(day + " <= '" + (k.day().equals("period") ? to.toString().substring(0, 7) : to) + "'");
        return conds.isEmpty() ? "" : " WHERE " + String.join(" AND ", conds);
    }

    /** {@code UNION ALL} of (batch_id, rows) of every kind's rows in the selection, for the batches an extract brings. */
    static String batchRows(List<String> regions, LocalDate from, LocalDate to) {
        StringBuilder b = new StringBuilder();
        for (Kind k : KINDS) {
            b.append(" UNION ALL SELECT f.batch_id, COUNT(*), 0 FROM ").append(k.table()).append(" f").append(where(k, regions, from, to))
                    .append(" GROUP BY f.batch_id");
        }
        return b.toString();
    }

    /**
     * Brings the rows of every kind in the selection down into the workspace, for the store's batches {@code batchIds}
     * maps to the workspace's (every batch when null: an extract keeps the store's batch ids); returns the rows.
     */
    static long extract(Connection pg, Connection local, List<String> regions, LocalDate from, LocalDate to, DimensionCopy dims,
                        Map<Long, Long> batchIds) throws SQLException {
        long n = 0;
        Map<String, Long> customers = new HashMap<>();
        for (Kind k : KINDS) {
            String where = where(k, regions, from, to);
            if (batchIds != null) where += (where.isEmpty() ? " WHERE " : " AND ") + "f.batch_id IN (" + ids(batchIds) + ")";
            List<String> localCols = new ArrayList<>(k.columns());
            localCols.replaceAll(c -> c.equals("customer_pid") ? "customer_id" : c);
            String insert = "INSERT INTO " + k.table() + " (batch_id, src_row, " + String.join(", ", localCols) + ") VALUES ("
                    + "?,".repeat(k.columns().size() + 1) + "?)";
            try (Statement s = pg.createStatement(); PreparedStatement ins = local.prepareStatement(insert)) {
                s.setFetchSize(10_000);
                try (ResultSet rs = s.executeQuery("SELECT f.batch_id, f.src_row, " + String.join(", ", k.columns()) + " FROM " + k.table() + " f"
                        + where + " ORDER BY f.batch_id, f.src_row")) {
                    int pending = 0;
                    while (rs.next()) {
                        long batch = rs.getLong(1);
                        ins.setLong(1, batchIds == null ? batch : batchIds.get(batch));
                        ins.setInt(2, rs.getInt(2));
                        for (int i = 0; i < k.columns().size(); i++) {
                            String c = k.columns().get(i);
                            Object v = rs.getObject(i + 3);
                            if (REFERENCES.containsKey(c)) v = dims.map(REFERENCES.get(c), v);
                            else if (c.equals("customer_pid")) v = customer(local, customers, (String) v);
                            ins.setObject(i + 3, v);
                        }
                        ins.addBatch();
                        n++;
                        if (++pending == 1000) {
                            ins.executeBatch();
                            pending = 0;
                        }
                    }
                    ins.executeBatch();
                }
            }
        }
        return n;
    }

    private static long customer(Connection local, Map<String, Long> cache, String pid) throws SQLException {
        Long id = cache.get(pid);
        if (id != null) return id;
        try (PreparedStatement ins = local.prepareStatement("INSERT OR IGNORE INTO customer (pid) VALUES (?)");
             PreparedStatement get = local.prepareStatement("SELECT id FROM customer WHERE pid = ?")) {
            ins.setString(1, pid);
            ins.executeUpdate();
            get.setString(1, pid);
            try (ResultSet rs = get.executeQuery()) {
                rs.next();
                cache.put(pid, rs.getLong(1));
                return rs.getLong(1);
            }
        }
    }

    /**
     * Brings the findings the role may read of the store's batches {@code batchIds} maps (every batch in the
     * workspace when null) into the workspace, their lines found by batch and source row; returns the findings.
     */
    static long extractFindings(Connection pg, Connection local, Map<Long, Long> batchIds) throws SQLException {
        String which = batchIds == null ? "" : " AND v.batch_id IN (" + ids(batchIds) + ")";
        long n = 0;
        try (Statement s = pg.createStatement(); ResultSet rs = s.executeQuery("SELECT v.batch_id, v.fact, v.src_row, v.src_rows, v.rule, "
                + "v.severity, v.why, v.why_key, v.why_args, v.status, v.who, v.at, v.comment, v.hold FROM validation_issue v "
                + "JOIN import_batch b ON b.id = v.batch_id WHERE b.status = 'stored'" + which + " ORDER BY v.id");
             PreparedStatement ins = local.prepareStatement("INSERT INTO validation_issue (batch_id, fact, row_id, src_row, rule, severity, why, "
                     + "why_key, why_args, status, who, at, comment, hold) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement rel = local.prepareStatement("INSERT OR IGNORE INTO validation_issue_row (issue_id, row_id) VALUES (?, ?)")) {
            while (rs.next()) {
                long batch = batchIds == null ? rs.getLong(1) : batchIds.get(rs.getLong(1));
                String fact = rs.getString(2);
                if (!batchExists(local, batch)) continue;
                Integer srcRow = (Integer) rs.getObject(3);
                Long first = srcRow == null ? null : rowId(local, fact, batch, srcRow);
                // a finding on a line outside the selection stays on the store
                if (first == null && srcRow != null && (fact.equals("sale") || kind(fact) != null)) continue;
                ins.setLong(1, batch);
                ins.setString(2, fact);
                ins.setObject(3, first);
                ins.setObject(4, srcRow);
                for (int i = 5; i <= 14; i++) ins.setObject(i, rs.getObject(i));
                ins.executeUpdate();
                long issue;
                try (ResultSet k = ins.getGeneratedKeys()) {
                    k.next();
                    issue = k.getLong(1);
                }
                Integer[] related = (Integer[]) rs.getArray(4).getArray();
                for (Integer r : related) {
                    Long id = rowId(local, fact, batch, r);
                    if (id == null) continue;
                    rel.setLong(1, issue);
                    rel.setLong(2, id);
                    rel.executeUpdate();
                }
                n++;
            }
        }
        return n;
    }

    private static boolean batchExists(Connection local, long batch) throws SQLException {
        try (PreparedStatement ps = local.prepareStatement("SELECT 1 FROM import_batch WHERE id = ?")) {
            ps.setLong(1, batch);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static Long rowId(Connection local, String fact, long batch, int srcRow) throws SQLException {
        if (!fact.equals("sale") && kind(fact) == null) return null;
        try (PreparedStatement ps = local.prepareStatement("SELECT id FROM " + fact + " WHERE batch_id = ? AND src_row = ? LIMIT 1")) {
            ps.setLong(1, batch);
            ps.setInt(2, srcRow);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static String ids(Map<Long, Long> batchIds) {
        StringBuilder in = new StringBuilder();
        for (Long id : batchIds.keySet()) in.append(in.length() == 0 ? "" : ", ").append(id);
        return in.length() == 0 ? "-1" : in.toString();
    }

    private static String json(Map<String, Object> row) {
        try {
            return JSON.writeValueAsString(row);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
