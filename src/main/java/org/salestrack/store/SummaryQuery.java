package org.salestrack.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.salestrack.model.Money;
import org.salestrack.model.SummaryRow;

/**
 * Totals of counted sale lines grouped by any of DESIGN.md's summary dimensions, straight from the fact
 * table so that distinct orders are exact. Held lines (duplicates, quarantined, rejected) and refunded or
 * cancelled lines are not counted.
 */
public final class SummaryQuery {
    /** Dimension name to its SQL expression over the joined fact and dimension tables. */
    public static final Map<String, String> DIMENSIONS = dimensions();

    private final Workspace workspace;

    public SummaryQuery(Workspace workspace) { this.workspace = workspace; }

    private static Map<String, String> dimensions() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("country", "r.country");
        d.put("region", "r.region");
        d.put("province", "COALESCE(pv.name_zh, r.province)");
        d.put("city", "r.city");
        d.put("channel", "ch.name");
        d.put("channel_type", "ch.type");
        d.put("dealer", "COALESCE(dl.code, '')");
        d.put("store", "COALESCE(st.code, '')");
        d.put("category", "COALESCE(p.category, '')");
        d.put("series", "COALESCE(p.series, '')");
        d.put("model", "COALESCE(p.model, '')");
        d.put("sku", "p.sku");
        d.put("year", "substr(s.sale_date, 1, 4)");
        d.put("quarter", "substr(s.sale_date, 1, 4) || '-Q' || ((CAST(substr(s.sale_date, 6, 2) AS INTEGER) + 2) / 3)");
        d.put("month", "substr(s.sale_date, 1, 7)");
        d.put("week", "strftime('%G-W%V', s.sale_date)");
        d.put("day", "s.sale_date");
        return java.util.Collections.unmodifiableMap(d);
    }

    /**
     * @param from first day included (YYYY-MM-DD) or null
     * @param to last day included or null
     */
    public List<SummaryRow> run(List<String> by, String from, String to) {
        List<String> exprs = new ArrayList<>();
        for (String dim : by) {
            String e = DIMENSIONS.get(dim);
            if (e == null) throw new IllegalArgumentException("unknown dimension '" + dim + "'; use one of " + String.join(" ", DIMENSIONS.keySet()));
            exprs.add(e);
        }
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < exprs.size(); i++) sql.append(exprs.get(i)).append(" AS k").append(i).append(", ");
        sql.append("COUNT(*), " + CountedSale.ORDERS + ", SUM(s.qty), "
                + "SUM(s.amount_cents), SUM(COALESCE(s.margin_cents, 0)) FROM sale s "
                + "JOIN region r ON r.id = s.region_id LEFT JOIN province pv ON pv.code = r.province "
                + "JOIN channel ch ON ch.id = s.channel_id LEFT JOIN dealer dl ON dl.id = s.dealer_id "
                + "LEFT JOIN store st ON st.id = s.store_id JOIN product p ON p.id = s.product_id "
                + "WHERE " + CountedSale.where("s"));
        List<String> args = new ArrayList<>();
        if (from != null) {
            sql.append(" AND s.sale_date >= ?");
            args.add(from);
        }
        if (to != null) {
            sql.append(" AND s.sale_date <= ?");
            args.add(to);
        }
        if (!exprs.isEmpty()) {
            sql.append(" GROUP BY ");
            for (int i = 0; i < exprs.size(); i++) sql.append(i == 0 ? "" : ", ").append("k").append(i);
            sql.append(" ORDER BY ");
            for (int i = 0; i < exprs.size(); i++) sql.append(i == 0 ? "" : ", ").append("k").append(i);
        }
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) ps.setString(i + 1, args.get(i));
            List<SummaryRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int n = exprs.size();
                while (rs.next()) {
                    if (rs.getLong(n + 1) == 0) continue;
                    List<String> keys = new ArrayList<>(n);
                    for (int i = 1; i <= n; i++) keys.add(rs.getString(i));
                    out.add(new SummaryRow(keys, rs.getLong(n + 1), rs.getLong(n + 2), rs.getLong(n + 3),
                            Money.ofCents(rs.getLong(n + 4)), Money.ofCents(rs.getLong(n + 5))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot summarise the workspace", e);
        }
    }
}
