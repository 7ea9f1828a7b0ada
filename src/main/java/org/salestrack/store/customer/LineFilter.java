package org.salestrack.store.customer;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.salestrack.model.cube.Dim;
import org.salestrack.model.cube.Slice;

/**
 * A slice's member filters as conditions on the sale table's own id columns (s.region_id, s.channel_id,
 * s.product_id, ...), so that a query reading lines needs no join to filter; the slice's dates are the
 * caller's to use.
 */
final class LineFilter {
    private final StringBuilder sql = new StringBuilder();
    private final List<Object> args = new ArrayList<>();

    LineFilter(Slice slice) {
        if (slice == null) return;
        for (Map.Entry<Dim, Set<String>> e : slice.members().entrySet()) {
            String in = "(" + "?,".repeat(e.getValue().size() - 1) + "?)";
            sql.append(" AND ").append(condition(e.getKey(), in));
            for (String k : e.getValue()) args.add(isId(e.getKey()) ? (Object) Long.parseLong(k) : k);
        }
    }

    String sql() { return sql.toString(); }

    int bind(PreparedStatement ps, int from) throws SQLException {
        int i = from;
        for (Object a : args) ps.setObject(i++, a);
        return i;
    }

    private static boolean isId(Dim d) {
        return d == Dim.CHANNEL || d == Dim.DEALER || d == Dim.STORE || d == Dim.SKU;
    }

    private static String condition(Dim d, String in) {
        return switch (d) {
            case REGION -> "s.region_id IN (SELECT r.id FROM region r JOIN province pv ON pv.code = r.province WHERE pv.sales_region IN " + in + ")";
            case PROVINCE -> "s.region_id IN (SELECT id FROM region WHERE province IN " + in + ")";
            case CITY -> "s.region_id IN (SELECT id FROM region WHERE city IN " + in + ")";
            case CHANNEL_TYPE -> "s.channel_id IN (SELECT id FROM channel WHERE type IN " + in + ")";
            case CHANNEL -> "s.channel_id IN " + in;
            case DEALER -> "s.dealer_id IN " + in;
            case STORE -> "s.store_id IN " + in;
            case CATEGORY -> "s.product_id IN (SELECT id FROM product WHERE COALESCE(category, '') IN " + in + ")";
            case SERIES -> "s.product_id IN (SELECT id FROM product WHERE COALESCE(series, '') IN " + in + ")";
            case MODEL -> "s.product_id IN (SELECT id FROM product WHERE COALESCE(model, '') IN " + in + ")";
            case SKU -> "s.product_id IN " + in;
        };
    }
}
