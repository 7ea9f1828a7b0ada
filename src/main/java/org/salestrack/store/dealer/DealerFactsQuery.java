package org.salestrack.store.dealer;

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
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.salestrack.model.dealer.DealerFacts;
import org.salestrack.model.dealer.DealerMonth;
import org.salestrack.model.dealer.DealerProfile;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;
import org.salestrack.store.cube.CubeRollups;
import org.salestrack.task.Cancellation;

/**
 * Reads {@link DealerFacts}: sell-in (shipments not held), sell-out from the store month rollup (counted lines
 * only: the dealer's own sell-through and the POS sales of its stores both carry its id), the dealer
 * warehouse's month-end stock (per SKU the month's latest snapshot; a SKU without one holds nothing, as
 * the channel-stuffing rule counts it), targets and service scores.
 */
public final class DealerFactsQuery {
    static final String STOCK = """
            WITH x AS (SELECT k.location_code, k.product_id, substr(k.as_of, 1, 7) m, k.on_hand,
                              ROW_NUMBER() OVER (PARTITION BY k.location_code, k.product_id, substr(k.as_of, 1, 7)
                                                 ORDER BY k.as_of DESC, k.id DESC) rn
                       FROM stock k JOIN dealer d ON d.code = k.location_code)
            """;

    private final Workspace workspace;

    public DealerFactsQuery(Workspace workspace) { this.workspace = workspace; }

    public DealerFacts load() {
        // sell-out and the cities sold in come from the store month rollup (dealers, regions, counted lines only), brought up
        // to date first: on 10M lines sale_day has ~8M rows and grouping them took seconds on every open and filter change
        new CubeRollups(workspace).refresh(Cancellation.none());
        try (Connection c = workspace.connect()) {
            List<DealerProfile> dealers = dealers(c);
            Map<String, Map<YearMonth, long[]>> acc = new HashMap<>();
            Map<String, Map<YearMonth, Object[]>> extra = new HashMap<>();
            fill(c, "SELECT d.code, substr(s.shipped_at, 1, 7), SUM(s.qty), SUM(COALESCE(s.amount_e4, 0)) FROM sell_in s "
                    + "JOIN dealer d ON d.id = s.dealer_id WHERE s.hold = 0 GROUP BY 1, 2", acc, 0);
            fill(c, "SELECT d.code, x.month, SUM(x.qty), SUM(x.amount_e4) FROM cube_store_month x "
                    + "JOIN dealer d ON d.id = x.dealer_id GROUP BY 1, 2", acc, 2);
            fill(c, STOCK + "SELECT location_code, m, SUM(on_hand), 0 FROM x WHERE rn = 1 GROUP BY 1, 2", acc, 4);
            try (PreparedStatement ps = c.prepareStatement("SELECT d.code, t.period, SUM(t.qty), SUM(t.amount_e4) FROM target t "
                    + "JOIN dealer d ON d.id = t.dealer_id GROUP BY 1, 2"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Object[] e = slot(extra, rs.getString(1), YearMonth.parse(rs.getString(2)));
                    e[0] = rs.getLong(3);
                    long a = rs.getLong(4);
                    e[1] = rs.wasNull() ? null : a;
                }
            }
            // a month's service score is the mean of its rows, complaints their sum, the 48 h share weighted by complaints
            try (PreparedStatement ps = c.prepareStatement("SELECT d.code, v.period, AVG(v.nps), SUM(v.complaints), "
                    + "SUM(v.resolved_48h * COALESCE(v.complaints, 0)) / NULLIF(SUM(COALESCE(v.complaints, 0)), 0), AVG(v.resolved_48h) "
                    + "FROM dealer_service v JOIN dealer d ON d.id = v.dealer_id GROUP BY 1, 2"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Object[] e = slot(extra, rs.getString(1), YearMonth.parse(rs.getString(2)));
                    e[2] = nullableDouble(rs, 3);
                    long n = rs.getLong(4);
                    e[3] = rs.wasNull() ? null : n;
                    Double weighted = nullableDouble(rs, 5);
                    e[4] = weighted != null ? weighted : nullableDouble(rs, 6);
                }
            }
            Map<String, List<DealerMonth>> months = new HashMap<>();
            Set<String> codes = new TreeSet<>(acc.keySet());
            codes.addAll(extra.keySet());
            for (String code : codes) {
                Map<YearMonth, long[]> a = acc.getOrDefault(code, Map.of());
                Map<YearMonth, Object[]> e = extra.getOrDefault(code, Map.of());
                Set<YearMonth> all = new TreeSet<>(a.keySet());
                all.addAll(e.keySet());
                List<DealerMonth> list = new ArrayList<>();
                for (YearMonth m : all) {
                    long[] v = a.getOrDefault(m, new long[6]);
                    Object[] x = e.getOrDefault(m, new Object[5]);
                    list.add(new DealerMonth(code, m, v[0], v[1], v[2], v[3], v[4], (Long) x[0], (Long) x[1], (Double) x[2], (Long) x[3],
                            (Double) x[4]));
                }
                months.put(code, list);
            }
            return new DealerFacts(dealers, months, citiesSold(c), provinceCities(c), Map.of(), countiesSold(c));
        } catch (SQLException e) {
            throw new StoreException("cannot read the dealers' figures", e);
        }
    }

    /** The dealer's member key in the sales cube's DEALER dimension (its row id), if it is registered. */
    public java.util.Optional<String> memberKey(String code) {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement("SELECT id FROM dealer WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.of(Long.toString(rs.getLong(1))) : java.util.Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot find dealer " + code, e);
        }
    }

    private static List<DealerProfile> dealers(Connection c) throws SQLException {
        List<DealerProfile> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT d.code, COALESCE(d.name, d.code), COALESCE(d.tier, ''), COALESCE(d.province, ''), "
                + "COALESCE(p.name_zh, d.province, ''), COALESCE(d.city, ''), d.digital_tools FROM dealer d "
                + "LEFT JOIN province p ON p.code = d.province ORDER BY d.code"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new DealerProfile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getInt(7) != 0));
            }
        }
        return out;
    }

    private static void fill(Connection c, String sql, Map<String, Map<YearMonth, long[]>> acc, int at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long[] v = acc.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).computeIfAbsent(YearMonth.parse(rs.getString(2)), k -> new long[6]);
                v[at] = rs.getLong(3);
                v[at + 1] = rs.getLong(4);
            }
        }
    }

    private static Object[] slot(Map<String, Map<YearMonth, Object[]>> extra, String code, YearMonth m) {
        return extra.computeIfAbsent(code, k -> new TreeMap<>()).computeIfAbsent(m, k -> new Object[5]);
    }

    private static Double nullableDouble(ResultSet rs, int i) throws SQLException {
        double v = rs.getDouble(i);
        return rs.wasNull() ? null : v;
    }

    /** dealer -> month -> cities with a counted sale of the dealer (its sell-through or its stores). */
    private static Map<String, Map<YearMonth, Set<String>>> citiesSold(Connection c) throws SQLException {
        Map<String, Map<YearMonth, Set<String>>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT d.code, x.month, r.city FROM cube_store_month x "
                + "JOIN dealer d ON d.id = x.dealer_id JOIN region r ON r.id = x.region_id WHERE r.city <> '' AND r.province = d.province");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).computeIfAbsent(YearMonth.parse(rs.getString(2)), k -> new TreeSet<>())
                        .add(rs.getString(3));
            }
        }
        return out;
    }

    /**
     * dealer -> month -> counties with a counted sale of the dealer: the county its sell-through line names, and the county
     * of each of its stores that sold (store master). Empty for a workspace whose files name no county.
     */
    static Map<String, Map<YearMonth, Set<String>>> countiesSold(Connection c) throws SQLException {
        Map<String, Map<YearMonth, Set<String>>> out = new HashMap<>();
        String lines = "SELECT DISTINCT d.code, substr(s.sale_date, 1, 7), s.county FROM sale s JOIN dealer d ON d.id = s.dealer_id "
                + "WHERE s.county IS NOT NULL AND s.hold = 0 AND s.status = 'paid'";
        String stores = "SELECT DISTINCT d.code, x.month, st.county FROM cube_store_month x JOIN store st ON st.id = x.store_id "
                + "JOIN dealer d ON d.id = x.dealer_id WHERE st.county IS NOT NULL";
        for (String sql : List.of(lines, stores)) {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).computeIfAbsent(YearMonth.parse(rs.getString(2)), k -> new TreeSet<>())
                            .add(rs.getString(3));
                }
            }
        }
        return out;
    }

    private static Map<String, List<String>> provinceCities(Connection c) throws SQLException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT province, city FROM region WHERE province <> '' AND city <> '' "
                + "ORDER BY province, city"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        }
        return out;
    }
}
