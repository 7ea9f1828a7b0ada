package org.salestrack.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies the dimension rows (regions, channels, dealers, stores, products, campaigns) from one store to another by
 * their natural keys and maps the source's ids to the target's. Ids differ between every workspace and the
 * national store; codes, SKUs and place names do not. A member the target has already keeps its own
 * attributes; a new one is inserted with the source's.
 */
final class DimensionCopy {
    /** One dimension table: its natural key, its plain attributes, its references to tables copied before it. */
    record Table(String name, List<String> key, List<String> attributes, Map<String, String> references) {
        List<String> columns() {
            List<String> all = new ArrayList<>(key);
            all.addAll(attributes);
            all.addAll(references.keySet());
            return all;
        }
    }

    /** In dependency order: a store refers to its dealer, channel and region. */
    static final List<Table> TABLES = List.of(
            new Table("region", List.of("country", "region", "province", "city"), List.of(), Map.of()),
            new Table("channel", List.of("name"), List.of("type", "kind"), Map.of()),
            new Table("dealer", List.of("code"), List.of("name", "tier", "grade", "province", "city", "lat", "lon", "parent_code"), Map.of()),
            new Table("product", List.of("sku"), List.of("name", "model", "series", "category", "launch_date", "list_price_e4",
                    "unit_cost_e4"), Map.of()),
            new Table("store", List.of("code"), List.of("name", "store_type", "lat", "lon", "master_region"),
                    Map.of("dealer_id", "dealer", "channel_id", "channel", "region_id", "region")),
            new Table("campaign", List.of("code"), List.of("name", "tag", "starts", "ends", "channels", "region", "promo_type", "budget_e4"),
                    Map.of()));

    private final Map<String, Map<Long, Long>> ids = new HashMap<>();

    /** The target's id for the source's id of a row of {@code table}, or null for null. */
    Long map(String table, Object sourceId) {
        if (sourceId == null) return null;
        long id = ((Number) sourceId).longValue();
        Long mapped = ids.get(table).get(id);
        if (mapped == null) throw new IllegalStateException(table + " " + id + " has no counterpart in the target store");
        return mapped;
    }

    /** The target's id for the source's id of a row of {@code table}, without boxing: a million lines' ids are read by publish. */
    java.util.function.LongUnaryOperator mapper(String table) {
        Map<Long, Long> map = ids.get(table);
        return id -> {
            Long mapped = map.get(id);
            if (mapped == null) throw new IllegalStateException(table + " " + id + " has no counterpart in the target store");
            return mapped;
        };
    }

    /**
     * Copies every row of every table that {@code rows} selects (the whole table when null) and maps ids.
     * {@code upsert} is the target's dialect for "insert unless the key is there".
     */
    static DimensionCopy copy(Connection source, Connection target, Map<String, String> sourceWhere, boolean targetIsSqlite)
            throws SQLException {
        DimensionCopy out = new DimensionCopy();
        for (Table t : TABLES) out.copyTable(t, source, target, sourceWhere.get(t.name()), targetIsSqlite);
        return out;
    }

    private void copyTable(Table t, Connection source, Connection target, String where, boolean targetIsSqlite) throws SQLException {
        List<String> cols = t.columns();
        List<Object[]> rows = new ArrayList<>();
        String select = "SELECT id, " + String.join(", ", cols) + " FROM " + t.name() + (where == null ? "" : " WHERE " + where);
        try (Statement s = source.createStatement(); ResultSet rs = s.executeQuery(select)) {
            while (rs.next()) {
                Object[] row = new Object[cols.size() + 1];
                for (int i = 0; i <= cols.size(); i++) row[i] = rs.getObject(i + 1);
                rows.add(row);
            }
        }
        String insert = (targetIsSqlite ? "INSERT OR IGNORE INTO " : "INSERT INTO ") + t.name() + " (" + String.join(", ", cols) + ") VALUES ("
                + "?,".repeat(cols.size() - 1) + "?)" + (targetIsSqlite ? "" : " ON CONFLICT DO NOTHING");
        try (PreparedStatement ps = target.prepareStatement(insert)) {
            for (Object[] row : rows) {
                for (int i = 0; i < cols.size(); i++) {
                    String col = cols.get(i);
                    Object v = row[i + 1];
                    if (t.references().containsKey(col)) v = map(t.references().get(col), v);
                    ps.setObject(i + 1, normalise(col, v));
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
        Map<List<Object>, Long> byKey = new HashMap<>();
        try (Statement s = target.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, " + String.join(", ", t.key()) + " FROM " + t.name())) {
            while (rs.next()) {
                List<Object> k = new ArrayList<>();
                for (int i = 0; i < t.key().size(); i++) k.add(rs.getString(i + 2));
                byKey.put(k, rs.getLong(1));
            }
        }
        Map<Long, Long> map = new HashMap<>();
        for (Object[] row : rows) {
            List<Object> k = new ArrayList<>();
            for (int i = 0; i < t.key().size(); i++) k.add(row[i + 1] == null ? null : row[i + 1].toString());
            Long target2 = byKey.get(k);
            if (target2 == null) throw new IllegalStateException("no " + t.name() + " " + k + " in the target store after copying it");
            map.put(((Number) row[0]).longValue(), target2);
        }
        ids.put(t.name(), map);
    }

    /** SQLite hands integers back as Integer or Long and reals as Double; both stores take them as they are. */
    private static Object normalise(String col, Object v) {
        if (v instanceof Integer i && (col.endsWith("_e4"))) return i.longValue();
        return v;
    }
}
