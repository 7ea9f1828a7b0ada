package org.salestrack.store.cube;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.salestrack.model.cube.Cell;
import org.salestrack.model.cube.Dim;
import org.salestrack.model.cube.Grain;
import org.salestrack.model.cube.Measures;
import org.salestrack.model.cube.Slice;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;
import org.salestrack.store.cube.Source.Products;

/**
 * Aggregates counted sales over any slice, grouped by dimensions and optionally by time. It reads the
 * smallest rollup family ({@link Source}) that holds every level the query touches, and within it the
 * month table for whole months, the week table for whole weeks and the day table for the loose days
 * ({@link Split}).
 */
public final class CubeQuery {
    private static final int MAX_LISTED_DAYS = 62;
    private final Workspace workspace;

    public CubeQuery(Workspace workspace) { this.workspace = workspace; }

    /** @param grain the time buckets to split by, or null for one total per group */
    public List<Cell> query(Slice slice, List<Dim> by, Grain grain) {
        List<Object> args = new ArrayList<>();
        String sql = sql(slice, by, grain, args);
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
            List<Cell> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int n = by.size();
                while (rs.next()) {
                    List<String> keys = new ArrayList<>(n);
                    List<String> labels = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        keys.add(nz(rs.getString(2 * i + 1)));
                        labels.add(nz(rs.getString(2 * i + 2)));
                    }
                    int m = 2 * n + 1;
                    Measures measures = new Measures(rs.getLong(m + 1), rs.getLong(m + 2), rs.getLong(m + 3), rs.getLong(m + 4));
                    if (measures.rows() == 0) continue;
                    out.add(new Cell(keys, labels, grain == null ? null : rs.getString(m), measures));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot aggregate sales", e);
        }
    }

    /** The SQL {@link #query} runs; package-visible so tests can check which rollup a query reads. */
    static String sql(Slice slice, List<Dim> by, Grain grain, List<Object> args) {
        Set<Dim> touched = new LinkedHashSet<>(by);
        touched.addAll(slice.filtered());
        Source source = Source.smallestFor(touched);
        Set<String> raws = new LinkedHashSet<>();
        for (Dim d : by) raws.add(DimSql.raw(d, source.products));
        List<String> parts = new ArrayList<>();
        for (Split.Piece piece : Split.of(slice.from(), slice.to(), grain, source.hasWeeks())) {
            parts.add(part(source, piece, grain, raws, slice, args));
        }
        StringBuilder sql = new StringBuilder("SELECT ");
        List<String> groups = new ArrayList<>();
        for (Dim d : by) {
            sql.append(DimSql.key(d, source.products)).append(", MAX(").append(DimSql.label(d, source.products)).append("), ");
            groups.add(DimSql.key(d, source.products));
        }
        sql.append(grain == null ? "NULL" : "x.per").append(", SUM(x.rows), SUM(x.qty), SUM(x.amt), SUM(x.mar) FROM (")
                .append(String.join(" UNION ALL ", parts)).append(") x");
        Set<String> joins = new LinkedHashSet<>();
        for (Dim d : by) joins.add(DimSql.join(d, source.products));
        for (String j : joins) if (!j.isEmpty()) sql.append(' ').append(j);
        if (grain != null) groups.add("x.per");
        if (!groups.isEmpty()) sql.append(" GROUP BY ").append(String.join(", ", groups)).append(" ORDER BY ")
                .append(String.join(", ", groups));
        return sql.toString();
    }

    /** One piece of the range read from one table of the source, grouped by the raw columns. */
    private static String part(Source source, Split.Piece piece, Grain grain, Set<String> raws, Slice slice, List<Object> args) {
        Products products = source.products(piece.level());
        String dateCol = switch (piece.level()) {
            case MONTH -> "c.month";
            case WEEK -> "c.week";
            case DAY -> "c.sale_date";
        };
        StringBuilder sql = new StringBuilder("SELECT ");
        boolean product = false;
        for (String raw : raws) {
            sql.append(DimSql.rawExpr(raw, source.province, products)).append(" AS ").append(raw).append(", ");
            product |= DimSql.needsProduct(raw, products);
        }
        sql.append(grain == null ? "NULL" : Periods.of(grain, dateCol)).append(" AS per, SUM(c.rows) AS rows, SUM(c.qty) AS qty, "
                + "SUM(c.amount_cents) AS amt, SUM(c.margin_cents) AS mar FROM ").append(source.table(piece.level()));
        if (source.regionIds() && (raws.contains("prov") || raws.contains("city"))) sql.append(Source.REGION);
        if (product) sql.append(" JOIN product pp ON pp.id = c.product_id");
        sql.append(" WHERE ").append(periods(piece, dateCol, args));
        sql.append(DimSql.where(slice, source, products, args));
        List<String> groups = new ArrayList<>(raws);
        if (grain != null) groups.add("per");
        if (!groups.isEmpty()) sql.append(" GROUP BY ").append(String.join(", ", groups));
        return sql.toString();
    }

    /**
     * The piece's periods as a list rather than a range, so that a filter on the table's next key column
     * (a province, a region id, a product) seeks within each period instead of scanning the range; long
     * runs of days stay a range.
     */
    private static String periods(Split.Piece piece, String dateCol, List<Object> args) {
        List<String> keys = new ArrayList<>();
        switch (piece.level()) {
            case MONTH -> {
                for (YearMonth m = YearMonth.from(piece.from()); !m.isAfter(YearMonth.from(piece.to())); m = m.plusMonths(1)) keys.add(m.toString());
            }
            case WEEK -> {
                for (var d = piece.from(); d.isBefore(piece.to()); d = d.plusDays(7)) keys.add(d.toString());
            }
            case DAY -> {
                if (java.time.temporal.ChronoUnit.DAYS.between(piece.from(), piece.to()) >= MAX_LISTED_DAYS) {
                    args.add(piece.from().toString());
                    args.add(piece.to().toString());
                    return dateCol + " BETWEEN ? AND ?";
                }
                for (var d = piece.from(); !d.isAfter(piece.to()); d = d.plusDays(1)) keys.add(d.toString());
            }
        }
        args.addAll(keys);
        return dateCol + " IN (" + "?,".repeat(keys.size() - 1) + "?)";
    }

    private static String nz(String s) { return s == null ? "" : s; }
}
