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
 * A slice's member filters as conditions over sale lines joined as s (sale), r (region), pv (province),
 * ch (channel) and p (product); the slice's dates are the caller's to use.
 */
final class LineFilter {
    private final StringBuilder sql = new StringBuilder();
    private final List<Object> args = new ArrayList<>();

    LineFilter(Slice slice) {
        if (slice == null) return;
        for (Map.Entry<Dim, Set<String>> e : slice.members().entrySet()) {
            sql.append(" AND ").append(column(e.getKey())).append(" IN (").append("?,".repeat(e.getValue().size() - 1)).append("?)");
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

    private static String column(Dim d) {
        return switch (d) {
            case REGION -> "pv.sales_region";
            case PROVINCE -> "r.province";
            case CITY -> "r.city";
            case CHANNEL_TYPE -> "ch.type";
            case CHANNEL -> "s.channel_id";
            case DEALER -> "s.dealer_id";
            case STORE -> "s.store_id";
            case CATEGORY -> "COALESCE(p.category, '')";
            case SERIES -> "COALESCE(p.series, '')";
            case MODEL -> "COALESCE(p.model, '')";
            case SKU -> "s.product_id";
        };
    }
}
