package org.salestrack.store.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.salestrack.model.Dimension;
import org.salestrack.model.report.MatrixRow;
import org.salestrack.model.report.MonthMatrix;
import org.salestrack.store.SalesSql;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;

/**
 * Counted sales amount of each sales region, province or product series in each month, read from the
 * month rollups: regions and provinces from the store rollup (it keeps region ids, so each row's province
 * names it and the province's sales region groups it, as {@code summary} does), series from the channel x
 * product rollup.
 */
public final class MonthMatrixQuery {
    private static final String GEOGRAPHY = " c JOIN region r ON r.id = c.region_id LEFT JOIN province pv ON pv.code = r.province ";
    private static final String PRODUCTS = " c JOIN product p ON p.id = c.product_id ";

    /**
     * What the rows of the table are: the dimension named, under the dimension grouping it, as {@code summary}
     * names them (the dialect's expressions over {@code r}, {@code pv} and {@code p}), and the rollup holding them.
     */
    public enum Member {
        REGION(null, Dimension.REGION, null, SalesSql.MonthRollup.STORE, GEOGRAPHY),
        /** Chinese provinces by their Chinese name, or the English one for an English report. */
        PROVINCE(Dimension.REGION, Dimension.PROVINCE, "COALESCE(pv.name_en, r.province)", SalesSql.MonthRollup.STORE, GEOGRAPHY),
        SERIES(null, Dimension.SERIES, null, SalesSql.MonthRollup.CHANNEL_PRODUCT, PRODUCTS);

        final Dimension group;
        final Dimension name;
        /** the English name where it differs from the dimension's value */
        final String nameEn;
        final SalesSql.MonthRollup rollup;
        /** the joins after the rollup, aliased c */
        final String joins;

        Member(Dimension group, Dimension name, String nameEn, SalesSql.MonthRollup rollup, String joins) {
            this.group = group;
            this.name = name;
            this.nameEn = nameEn;
            this.rollup = rollup;
            this.joins = joins;
        }
    }

    private final Workspace workspace;

    public MonthMatrixQuery(Workspace workspace) { this.workspace = workspace; }

    /** Rows ordered by their total over the months, largest first, so the table reads as a ranking. */
    public MonthMatrix run(Member member, List<YearMonth> months, boolean chineseNames) {
        if (months.isEmpty()) return new MonthMatrix(months, List.of());
        SalesSql dims = workspace.sql();
        String name = chineseNames || member.nameEn == null ? dims.dimension(member.name) : member.nameEn;
        String group = member.group == null ? "''" : dims.dimension(member.group);
        String sql = "SELECT " + group + " AS g, " + name + " AS n, c.month AS m, SUM(c.amount_e4) FROM " + dims.monthRollup(member.rollup) + member.joins
                + "WHERE c.month >= ? AND c.month <= ? GROUP BY g, n, m";
        Map<YearMonth, Integer> column = new HashMap<>();
        for (int i = 0; i < months.size(); i++) column.put(months.get(i), i);
        Map<List<String>, long[]> rows = new LinkedHashMap<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            MonthSpan.bindMonths(ps, months);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long[] cells = rows.computeIfAbsent(List.of(rs.getString(1), rs.getString(2)), k -> new long[months.size()]);
                    cells[column.get(YearMonth.parse(rs.getString(3)))] += rs.getLong(4);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot total sales by " + member.name().toLowerCase() + " and month", e);
        }
        List<MatrixRow> out = new ArrayList<>();
        rows.forEach((k, v) -> out.add(new MatrixRow(k.get(0), k.get(1), v)));
        out.sort((a, b) -> {
            int byTotal = Long.compare(total(b), total(a));
            return byTotal != 0 ? byTotal : a.name().compareTo(b.name());
        });
        return new MonthMatrix(months, out);
    }

    private static long total(MatrixRow r) {
        long t = 0;
        for (long v : r.amountE4()) t += v;
        return t;
    }
}
