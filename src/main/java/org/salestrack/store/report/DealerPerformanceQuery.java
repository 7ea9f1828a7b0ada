package org.salestrack.store.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.salestrack.model.report.DealerLine;
import org.salestrack.store.SalesSql;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;

/**
 * Per dealer and month: sell-in (shipments not held), sell-out (counted sale lines of the dealer and its
 * stores), stock on hand at the month's end (each location's latest snapshot on or before that day, at
 * the dealer's own warehouse and its stores) and the month's target. Sell-out comes from the store month
 * rollup, which keeps dealers and holds exactly the {@link org.salestrack.store.CountedSale counted} lines. Dealers with none of these are left out.
 */
public final class DealerPerformanceQuery {
    /** Binds the month's first day, last day, the month (YYYY-MM), the last day and the month again. */
    private static final String SQL = """
            WITH si AS (SELECT dealer_id, SUM(qty) q, SUM(COALESCE(amount_e4, 0)) a FROM sell_in
                        WHERE hold = 0 AND shipped_at >= ? AND shipped_at <= ? GROUP BY dealer_id),
                 so AS (SELECT dealer_id, SUM(qty) q, SUM(amount_e4) a FROM %s
                        WHERE month = ? AND dealer_id <> 0 GROUP BY dealer_id),
                 loc AS (SELECT id AS dealer_id, code FROM dealer
                         UNION SELECT dealer_id, code FROM store WHERE dealer_id IS NOT NULL),
                 snap AS (SELECT location_code, MAX(as_of) d FROM stock WHERE as_of <= ? GROUP BY location_code),
                 sk AS (SELECT loc.dealer_id, SUM(k.on_hand) q FROM stock k JOIN snap ON snap.location_code = k.location_code
                          AND snap.d = k.as_of JOIN loc ON loc.code = k.location_code GROUP BY loc.dealer_id),
                 tg AS (SELECT dealer_id, SUM(qty) q, SUM(amount_e4) a FROM target
                        WHERE period = ? AND dealer_id IS NOT NULL GROUP BY dealer_id)
            SELECT d.code, d.name, d.tier, d.grade, COALESCE(pv.name_zh, d.province),
                   COALESCE(si.q, 0), COALESCE(si.a, 0), COALESCE(so.q, 0), COALESCE(so.a, 0), COALESCE(sk.q, 0), tg.q, tg.a
            FROM dealer d LEFT JOIN province pv ON pv.code = d.province
            LEFT JOIN si ON si.dealer_id = d.id LEFT JOIN so ON so.dealer_id = d.id
            LEFT JOIN sk ON sk.dealer_id = d.id LEFT JOIN tg ON tg.dealer_id = d.id
            WHERE si.dealer_id IS NOT NULL OR so.dealer_id IS NOT NULL OR sk.dealer_id IS NOT NULL OR tg.dealer_id IS NOT NULL
            ORDER BY COALESCE(d.tier, 'T9'), COALESCE(so.a, 0) DESC, d.code
            """;

    private final Workspace workspace;

    public DealerPerformanceQuery(Workspace workspace) { this.workspace = workspace; }

    public List<DealerLine> run(YearMonth month) {
        List<DealerLine> out = new ArrayList<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(SQL.formatted(workspace.sql().monthRollup(SalesSql.MonthRollup.STORE)))) {
            ps.setString(1, MonthSpan.firstDay(month));
            ps.setString(2, MonthSpan.lastDay(month));
            ps.setString(3, month.toString());
            ps.setString(4, MonthSpan.lastDay(month));
            ps.setString(5, month.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DealerLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10),
                            nullableLong(rs, 11), nullableLong(rs, 12)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot measure dealers", e);
        }
        return out;
    }

    private static Long nullableLong(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : v;
    }
}
