package org.salestrack.store.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.salestrack.model.report.MonthTotals;
import org.salestrack.store.SalesSql;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;

/**
 * Counted sales per month over a run of months, read from the province x channel month rollup, with the
 * orders counted from the lines ({@link OrderCounts}); months without sales are present with zeros.
 */
public final class MonthlyTotalsQuery {

    private final Workspace workspace;

    public MonthlyTotalsQuery(Workspace workspace) { this.workspace = workspace; }

    public List<MonthTotals> run(List<YearMonth> months, OrderCounts orders) {
        if (months.isEmpty()) return List.of();
        Map<YearMonth, MonthTotals> found = new HashMap<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement("SELECT month, SUM(rows), SUM(qty), SUM(amount_e4), "
                + "SUM(margin_e4) FROM " + workspace.sql().monthRollup(SalesSql.MonthRollup.PROVINCE_CHANNEL) + " WHERE month >= ? AND month <= ? GROUP BY month")) {
            MonthSpan.bindMonths(ps, months);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    YearMonth m = YearMonth.parse(rs.getString(1));
                    found.put(m, new MonthTotals(m, rs.getLong(2), orders.month(m), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot total sales by month", e);
        }
        List<MonthTotals> out = new ArrayList<>(months.size());
        for (YearMonth m : months) out.add(found.getOrDefault(m, MonthTotals.empty(m)));
        return out;
    }
}
