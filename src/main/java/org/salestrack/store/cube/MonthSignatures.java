package org.salestrack.store.cube;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A fingerprint of each month of sale_day, so that after an import, an undo or a review only the months
 * that changed are rebuilt. Besides the sums of the measures it sums a hash of each row's keys weighted by
 * its rows and amount, so that lines moving between stores, products or days change it too. The terms are
 * bounded so SQLite's integer SUM cannot overflow on any realistic month.
 */
final class MonthSignatures {
    private static final String KEY_HASH = "((store_id * 7919 + product_id * 104729 + channel_id * 31 + region_id * 17 + dealer_id * 3 "
            + "+ CAST(substr(sale_date, 9, 2) AS INTEGER) * 1299709) % 1000003)";

    private MonthSignatures() {}

    /** The signature of every month present in sale_day now. */
    static Map<YearMonth, String> current(Connection c) throws SQLException {
        Map<YearMonth, String> out = new TreeMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT substr(sale_date, 1, 7), COUNT(*), SUM(rows), SUM(qty), SUM(amount_cents), "
                     + "SUM(margin_cents), SUM(rows * " + KEY_HASH + "), SUM((amount_cents % 1000003) * (" + KEY_HASH + " % 1009)) "
                     + "FROM sale_day GROUP BY substr(sale_date, 1, 7)")) {
            while (rs.next()) {
                StringBuilder sig = new StringBuilder();
                for (int i = 2; i <= 8; i++) sig.append(i > 2 ? ":" : "").append(rs.getLong(i));
                out.put(YearMonth.parse(rs.getString(1)), sig.toString());
            }
        }
        return out;
    }

    static Map<YearMonth, String> stored(Connection c) throws SQLException {
        Map<YearMonth, String> out = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT month, sig FROM cube_month_sig")) {
            while (rs.next()) out.put(YearMonth.parse(rs.getString(1)), rs.getString(2));
        }
        return out;
    }

    static void store(Connection c, Map<YearMonth, String> sigs) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM cube_month_sig");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO cube_month_sig(month, sig) VALUES (?, ?)")) {
            for (Map.Entry<YearMonth, String> e : sigs.entrySet()) {
                ps.setString(1, e.getKey().toString());
                ps.setString(2, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The months whose signature differs (or that appeared or vanished), as runs of consecutive months. */
    static List<YearMonth[]> changedRuns(Map<YearMonth, String> before, Map<YearMonth, String> now) {
        TreeSet<YearMonth> changed = new TreeSet<>();
        for (YearMonth m : now.keySet()) if (!Objects.equals(before.get(m), now.get(m))) changed.add(m);
        for (YearMonth m : before.keySet()) if (!now.containsKey(m)) changed.add(m);
        List<YearMonth[]> runs = new ArrayList<>();
        for (YearMonth m : changed) {
            YearMonth[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last[1].plusMonths(1).equals(m)) last[1] = m;
            else runs.add(new YearMonth[] {m, m});
        }
        return runs;
    }
}
