package org.salestrack.store.quality;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.salestrack.model.SourceRow;

/**
 * Stored rows in readable form (codes and names instead of ids, money in yuan) for an issue's detail pane:
 * the lines an issue covers and the rows around them in the same file.
 */
final class SourceRows {
    // money read as stored (e4) and written out in Java, so the same query reads a workspace and the national store
    private static final String SALE = "SELECT s.id, s.batch_id, s.src_row, s.order_id AS order_id, s.line_no AS line_no, "
            + "s.sold_at AS sold_at, ch.name AS channel, st.code AS store, d.code AS dealer, r.province AS province, "
            + "r.city AS city, p.sku AS sku, s.qty AS qty, s.unit_price_e4 AS unit_price, s.amount_e4 AS amount, "
            + "s.discount_rate AS discount_rate, s.status AS status, %s AS customer, s.imei AS imei, s.waybill AS waybill, "
            + "s.campaign_code AS campaign, s.ship_province AS ship_province, s.hold AS hold FROM sale s JOIN channel ch ON ch.id = s.channel_id "
            + "LEFT JOIN store st ON st.id = s.store_id LEFT JOIN dealer d ON d.id = s.dealer_id "
            + "LEFT JOIN region r ON r.id = s.region_id JOIN product p ON p.id = s.product_id%s";
    /** The columns in money e4, shown in yuan. */
    private static final java.util.Set<String> MONEY = java.util.Set.of("unit_price", "amount");
    private static final String SELL_IN = "SELECT s.id, s.batch_id, s.src_row, s.shipped_at AS shipped_at, d.code AS dealer, "
            + "p.sku AS sku, s.qty AS qty, s.amount_e4 AS amount, s.province AS province, "
            + "s.hold AS hold FROM sell_in s JOIN dealer d ON d.id = s.dealer_id JOIN product p ON p.id = s.product_id";

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private final Connection c;
    private final boolean onServer;

    /** {@code onServer}: the national store, which keeps no customers (their buyers are not published) and no quarantine. */
    SourceRows(Connection c, boolean onServer) {
        this.c = c;
        this.onServer = onServer;
    }

    List<SourceRow> byIds(String fact, List<Long> ids) throws SQLException {
        List<SourceRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(base(fact) + " WHERE s.id = ?")) {
            for (long id : ids) {
                ps.setLong(1, id);
                out.addAll(read(ps));
            }
        }
        return out;
    }

    List<SourceRow> inBatch(String fact, long batchId, int fromRow, int toRow) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(base(fact) + " WHERE s.batch_id = ? AND s.src_row BETWEEN ? AND ? "
                + "ORDER BY s.src_row, s.id")) {
            ps.setLong(1, batchId);
            ps.setInt(2, fromRow);
            ps.setInt(3, toRow);
            return read(ps);
        }
    }

    /** Rows the importer could not store, as read: one field per source column, then the reason. */
    List<SourceRow> quarantined(long batchId, int fromRow, int toRow) throws SQLException {
        if (onServer) return List.of();
        try (PreparedStatement ps = c.prepareStatement("SELECT NULL, batch_id, src_row, raw, reason FROM quarantine "
                + "WHERE batch_id = ? AND src_row BETWEEN ? AND ? ORDER BY src_row")) {
            ps.setLong(1, batchId);
            ps.setInt(2, fromRow);
            ps.setInt(3, toRow);
            List<SourceRow> out = new ArrayList<>();
            for (SourceRow r : read(ps)) {
                Map<String, String> fields = new LinkedHashMap<>(cells(r.fields().get("raw")));
                fields.put("reason", r.fields().get("reason"));
                out.add(new SourceRow(null, r.batchId(), r.sourceRow(), fields));
            }
            return out;
        }
    }

    /** The rows of a file around {@code row}, stored or quarantined, without that row itself. */
    List<SourceRow> around(String fact, long batchId, int row, int span) throws SQLException {
        List<SourceRow> out = new ArrayList<>();
        if (fact != null) out.addAll(inBatch(fact, batchId, row - span, row + span));
        out.addAll(quarantined(batchId, row - span, row + span));
        out.removeIf(r -> r.sourceRow() == row);
        out.sort(java.util.Comparator.comparingInt(SourceRow::sourceRow));
        return out;
    }

    /** The source cells the importer kept as a JSON object of column to text; anything else stays one "raw" field. */
    private static Map<String, String> cells(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null) return out;
        try {
            com.fasterxml.jackson.databind.JsonNode n = JSON.readTree(raw);
            if (n != null && n.isObject()) {
                n.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText()));
                return out;
            }
        } catch (java.io.IOException e) {
            // not JSON: shown as it was stored
        }
        out.put("raw", raw);
        return out;
    }

    private String base(String fact) {
        return switch (fact) {
            case "sale" -> onServer ? String.format(SALE, "NULL", "") : String.format(SALE, "cu.pid", " LEFT JOIN customer cu ON cu.id = s.customer_id");
            case "sell_in" -> SELL_IN;
            default -> throw new IllegalArgumentException("no stored rows for fact '" + fact + "'");
        };
    }

    /** Money as the file wrote it: two decimals, or up to four when the source had them. */
    private static String yuan(long e4) { return org.salestrack.model.Money.ofE4(e4).toPlainString(); }

    private static List<SourceRow> read(PreparedStatement ps) throws SQLException {
        List<SourceRow> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                Map<String, String> fields = new LinkedHashMap<>();
                for (int col = 4; col <= meta.getColumnCount(); col++) {
                    Object v = rs.getObject(col);
                    String label = meta.getColumnLabel(col);
                    fields.put(label, v == null ? "" : MONEY.contains(label) ? yuan(((Number) v).longValue()) : v.toString());
                }
                long id = rs.getLong(1);
                out.add(new SourceRow(rs.wasNull() ? null : id, rs.getLong(2), rs.getInt(3), fields));
            }
        }
        return out;
    }
}
