package org.salestrack.store.dealer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.salestrack.model.dealer.BalanceLine;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;

/**
 * One dealer's balance lines by SKU and month (sell-in not held, counted sell-out, warehouse month-end
 * stock as {@link DealerFactsQuery} counts it), and the months the {@code channel-stuffing} rule found.
 */
public final class DealerBalanceQuery {
    private final Workspace workspace;

    public DealerBalanceQuery(Workspace workspace) { this.workspace = workspace; }

    public List<BalanceLine> lines(String dealer) {
        Map<String, Map<YearMonth, long[]>> bySku = new TreeMap<>();
        try (Connection c = workspace.connect()) {
            read(c, "SELECT p.sku, substr(s.shipped_at, 1, 7), SUM(s.qty) FROM sell_in s JOIN dealer d ON d.id = s.dealer_id "
                    + "JOIN product p ON p.id = s.product_id WHERE s.hold = 0 AND d.code = ? GROUP BY 1, 2", dealer, bySku, 0);
            read(c, "SELECT p.sku, substr(x.sale_date, 1, 7), SUM(x.qty) FROM sale_day x JOIN dealer d ON d.id = x.dealer_id "
                    + "JOIN product p ON p.id = x.product_id WHERE d.code = ? GROUP BY 1, 2", dealer, bySku, 1);
            read(c, DealerFactsQuery.STOCK + "SELECT p.sku, x.m, SUM(x.on_hand) FROM x JOIN product p ON p.id = x.product_id "
                    + "WHERE x.rn = 1 AND x.location_code = ? GROUP BY 1, 2", dealer, bySku, 2);
        } catch (SQLException e) {
            throw new StoreException("cannot read dealer " + dealer + "'s balance", e);
        }
        List<BalanceLine> out = new ArrayList<>();
        bySku.forEach((sku, months) -> {
            YearMonth first = ((TreeMap<YearMonth, long[]>) months).firstKey();
            YearMonth last = ((TreeMap<YearMonth, long[]>) months).lastKey();
            long before = 0;
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                long[] v = months.getOrDefault(m, new long[3]);
                out.add(new BalanceLine(dealer, sku, m, v[0], v[1], before, v[2]));
                before = v[2];
            }
        });
        return out;
    }

    private static void read(Connection c, String sql, String dealer, Map<String, Map<YearMonth, long[]>> bySku, int at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, dealer);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    bySku.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).computeIfAbsent(YearMonth.parse(rs.getString(2)), k -> new long[3])[at] =
                            rs.getLong(3);
                }
            }
        }
    }

    /** month -> id of the open or reviewed {@code channel-stuffing} finding on the dealer's sell-in that month. */
    public Map<YearMonth, Long> stuffingFindings(String dealer) {
        Map<YearMonth, Long> out = new HashMap<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement("SELECT substr(s.shipped_at, 1, 7), MIN(v.id) "
                + "FROM validation_issue v JOIN sell_in s ON s.id = v.row_id JOIN dealer d ON d.id = s.dealer_id "
                + "WHERE v.rule = 'channel-stuffing' AND v.fact = 'sell_in' AND d.code = ? GROUP BY 1")) {
            ps.setString(1, dealer);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(YearMonth.parse(rs.getString(1)), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read dealer " + dealer + "'s stuffing findings", e);
        }
        return out;
    }
}
