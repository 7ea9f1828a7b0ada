package org.salestrack.store.cube;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.salestrack.model.cube.Cell;
import org.salestrack.model.cube.Dim;
import org.salestrack.model.cube.Grain;
import org.salestrack.model.cube.Measures;
import org.salestrack.model.cube.Slice;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;

/**
 * Aggregates counted sales over any slice, grouped by dimensions and optionally by time. It reads the
 * smallest rollup that holds every level the query touches: province x channel, else channel x product,
 * else province x channel x product, else the store-grain ones (stores, no products), else sale_day. Month rollups serve whole
 * months and day rollups the loose days around them.
 */
public final class CubeQuery {
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
        touched.addAll(slice.members().keySet());
        Set<String> raws = new LinkedHashSet<>();
        for (Dim d : by) raws.add(DimSql.raw(d));
        List<String> parts = new ArrayList<>();
        String monthTable;
        String dayTable;
        String prov;
        if (touched.stream().allMatch(Dim::inProvinceChannelRollup)) {
            monthTable = "cube_pc_month c";
            dayTable = "cube_pc_day c";
            prov = "c.province";
        } else if (touched.stream().allMatch(Dim::inChannelProductRollup)) {
            monthTable = "cube_cp_month c";
            dayTable = "cube_cp_day c";
            prov = "''";
        } else if (touched.stream().allMatch(Dim::inProvinceRollup)) {
            monthTable = "cube_month c";
            dayTable = "cube_day c";
            prov = "c.province";
        } else if (touched.stream().allMatch(Dim::inStoreRollup)) {
            monthTable = "cube_store_month c JOIN region r ON r.id = c.region_id";
            dayTable = "cube_store_day c JOIN region r ON r.id = c.region_id";
            prov = "r.province";
        } else {
            monthTable = null;
            dayTable = "sale_day c JOIN region r ON r.id = c.region_id";
            prov = "r.province";
        }
        if (monthTable != null) {
            Split split = Split.of(slice.from(), slice.to(), grain);
            if (split.monthFrom != null) {
                parts.add(part(monthTable, prov, "c.month", grain, raws, slice, args,
                        "c.month BETWEEN ? AND ?", split.monthFrom.toString(), split.monthTo.toString()));
            }
            for (LocalDate[] days : split.days) {
                parts.add(part(dayTable, prov, "c.sale_date", grain, raws, slice, args,
                        "c.sale_date BETWEEN ? AND ?", days[0].toString(), days[1].toString()));
            }
        } else {
            parts.add(part(dayTable, prov, "c.sale_date", grain, raws, slice, args,
                    "c.sale_date BETWEEN ? AND ?", slice.from().toString(), slice.to().toString()));
        }
        StringBuilder sql = new StringBuilder("SELECT ");
        List<String> groups = new ArrayList<>();
        for (Dim d : by) {
            sql.append(DimSql.key(d)).append(", MAX(").append(DimSql.label(d)).append("), ");
            groups.add(DimSql.key(d));
        }
        sql.append(grain == null ? "NULL" : "x.per").append(", SUM(x.rows), SUM(x.qty), SUM(x.amt), SUM(x.mar) FROM (")
                .append(String.join(" UNION ALL ", parts)).append(") x");
        Set<String> joins = new LinkedHashSet<>();
        for (Dim d : by) joins.add(DimSql.join(d));
        for (String j : joins) if (!j.isEmpty()) sql.append(' ').append(j);
        if (grain != null) groups.add("x.per");
        if (!groups.isEmpty()) sql.append(" GROUP BY ").append(String.join(", ", groups)).append(" ORDER BY ")
                .append(String.join(", ", groups));
        return sql.toString();
    }

    private static String part(String from, String prov, String dateCol, Grain grain, Set<String> raws, Slice slice,
                               List<Object> args, String dateCond, String lo, String hi) {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (String raw : raws) sql.append(DimSql.rawExpr(raw, prov)).append(" AS ").append(raw).append(", ");
        sql.append(grain == null ? "NULL" : Periods.of(grain, dateCol)).append(" AS per, SUM(c.rows) AS rows, SUM(c.qty) AS qty, "
                + "SUM(c.amount_cents) AS amt, SUM(c.margin_cents) AS mar FROM ").append(from).append(" WHERE ").append(dateCond);
        args.add(lo);
        args.add(hi);
        for (Map.Entry<Dim, Set<String>> f : slice.members().entrySet()) {
            sql.append(" AND ").append(DimSql.filter(f.getKey(), prov, f.getValue().size()));
            for (String k : f.getValue()) args.add(DimSql.numericKey(f.getKey()) ? parseId(k) : k);
        }
        List<String> groups = new ArrayList<>(raws);
        if (grain != null) groups.add("per");
        if (!groups.isEmpty()) sql.append(" GROUP BY ").append(String.join(", ", groups));
        return sql.toString();
    }

    private static Object parseId(String k) {
        try {
            return Long.parseLong(k);
        } catch (NumberFormatException e) {
            return k;
        }
    }

    private static String nz(String s) { return s == null ? "" : s; }

    /** A date range cut into whole months (read from cube_month) and the loose days around them. */
    private static final class Split {
        YearMonth monthFrom;
        YearMonth monthTo;
        final List<LocalDate[]> days = new ArrayList<>();

        static Split of(LocalDate from, LocalDate to, Grain grain) {
            Split s = new Split();
            if (grain != null && !grain.monthAligned()) {
                s.days.add(new LocalDate[] {from, to});
                return s;
            }
            LocalDate firstFull = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
            LocalDate lastFullEnd = to.equals(YearMonth.from(to).atEndOfMonth()) ? to : to.withDayOfMonth(1).minusDays(1);
            if (firstFull.isAfter(lastFullEnd)) {
                s.days.add(new LocalDate[] {from, to});
                return s;
            }
            s.monthFrom = YearMonth.from(firstFull);
            s.monthTo = YearMonth.from(lastFullEnd);
            if (from.isBefore(firstFull)) s.days.add(new LocalDate[] {from, firstFull.minusDays(1)});
            if (to.isAfter(lastFullEnd)) s.days.add(new LocalDate[] {lastFullEnd.plusDays(1), to});
            return s;
        }
    }
}
