package org.salestrack.store.lines;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Slice;
import org.salestrack.model.lines.LineCursor;
import org.salestrack.model.lines.LineHold;
import org.salestrack.model.lines.LinePage;
import org.salestrack.model.lines.LineQuery;
import org.salestrack.model.lines.LineSort;
import org.salestrack.model.lines.StoredLine;
import org.salestrack.store.CountedSale;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;

/**
 * The sales lines behind a figure, a page at a time. Pages are cut by keyset (the sort value, then the line
 * id, past the previous page's last line), never by OFFSET and never by reading every line: on a workspace
 * of ten million lines a page costs what finding its lines costs, whatever page it is. Filters use the same
 * keys as the cube ({@code store.cube}): store and dealer key 0 is "none", category/series/model are text.
 */
public final class SaleLinesQuery {
    private static final String SELECT = "SELECT s.id, b.file_name, s.src_row, s.sale_date, s.sold_at, s.order_id, s.line_no, ch.name, "
            + "st.code || COALESCE(' ' || st.name, ''), dl.code || COALESCE(' ' || dl.name, ''), COALESCE(pv.name_zh, r.province), r.city, "
            + "p.sku || COALESCE(' ' || p.name, ''), s.qty, s.unit_price_e4, s.amount_e4, s.margin_e4, s.status, s.hold, %s "
            + "FROM sale s JOIN import_batch b ON b.id = s.batch_id JOIN channel ch ON ch.id = s.channel_id "
            + "JOIN region r ON r.id = s.region_id LEFT JOIN province pv ON pv.code = r.province "
            + "LEFT JOIN store st ON st.id = s.store_id LEFT JOIN dealer dl ON dl.id = s.dealer_id JOIN product p ON p.id = s.product_id ";
    private final Workspace workspace;

    public SaleLinesQuery(Workspace workspace) { this.workspace = workspace; }

    /** @param after where the page starts, null for the first page */
    public LinePage page(LineQuery q, LineCursor after, int size) {
        String sortExpr = sortExpr(q.sort());
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder(String.format(SELECT, sortExpr)).append(where(q, args));
        if (after != null) {
            String cmp = q.descending() ? "<" : ">";
            if (q.sort() == LineSort.SOURCE) {
                sql.append(" AND s.id ").append(cmp).append(" ?");
            } else {
                sql.append(" AND (").append(sortExpr).append(", s.id) ").append(cmp).append(" (?, ?)");
                args.add(after.value());
            }
            args.add(after.id());
        }
        String dir = q.descending() ? " DESC" : "";
        sql.append(" ORDER BY ");
        if (q.sort() != LineSort.SOURCE) sql.append(sortExpr).append(dir).append(", ");
        sql.append("s.id").append(dir).append(" LIMIT ?");
        args.add(size + 1);
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
            List<StoredLine> lines = new ArrayList<>();
            LineCursor next = null;
            Object lastValue = null;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (lines.size() == size) {
                        StoredLine last = lines.get(size - 1);
                        next = new LineCursor(lastValue, last.id());
                        break;
                    }
                    lines.add(line(rs));
                    lastValue = rs.getObject(20);
                }
            }
            return new LinePage(lines, next);
        } catch (SQLException e) {
            throw new StoreException("cannot list the sales lines", e);
        }
    }

    private static StoredLine line(ResultSet rs) throws SQLException {
        long margin = rs.getLong(17);
        Long marginE4 = rs.wasNull() ? null : margin;
        return new StoredLine(rs.getLong(1), rs.getString(2), rs.getInt(3), LocalDate.parse(rs.getString(4)), rs.getString(5),
                rs.getString(6), rs.getInt(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
                rs.getString(13), rs.getLong(14), rs.getLong(15), rs.getLong(16), marginE4, rs.getString(18), LineHold.of(rs.getInt(19)));
    }

    private static String sortExpr(LineSort sort) {
        return switch (sort) {
            case SOURCE -> "s.id";
            case SOLD_AT -> "s.sold_at";
            case QTY -> "s.qty";
            case UNIT_PRICE -> "s.unit_price_e4";
            case AMOUNT -> "s.amount_e4";
            case MARGIN -> "COALESCE(s.margin_e4, 0)";
        };
    }

    private String where(LineQuery q, List<Object> args) {
        Slice slice = q.slice();
        StringBuilder w = new StringBuilder("WHERE s.sale_date BETWEEN ? AND ?");
        args.add(slice.from().toString());
        args.add(slice.to().toString());
        if (q.countedOnly()) w.append(" AND ").append(CountedSale.where("s"));
        w.append(workspace.sql().lineFilter(slice, args));
        return w.toString();
    }
}
