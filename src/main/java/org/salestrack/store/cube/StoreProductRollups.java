package org.salestrack.store.cube;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills the store x product rollups (cube_sp_month, cube_ss_month, cube_ss_week) from one read of
 * sale_day, summing in hash maps. They keep nearly every row of sale_day, and SQLite's GROUP BY sorts
 * all of those rows for each table: on 10M lines that took over a minute, the read and the sums here
 * take seconds. Rows are written in key order, so each insert appends to its table's B-tree.
 */
final class StoreProductRollups {
    /** A store-level cell: where and through whom, under a product or a category/series. */
    private record Place(long region, long channel, long store, long dealer) {}

    private record Sp(long product, String month, Place at) {}

    private record Ss(String category, String period, String series, Place at) {}

    private static final Comparator<Place> PLACE = Comparator.comparingLong(Place::region).thenComparingLong(Place::channel)
            .thenComparingLong(Place::store).thenComparingLong(Place::dealer);
    private static final Comparator<Sp> SP = Comparator.comparingLong(Sp::product).thenComparing(Sp::month).thenComparing(Sp::at, PLACE);
    private static final Comparator<Ss> SS = Comparator.comparing(Ss::category).thenComparing(Ss::period).thenComparing(Ss::series)
            .thenComparing(Ss::at, PLACE);

    private static final Logger LOG = LoggerFactory.getLogger(StoreProductRollups.class);

    private final Connection c;

    StoreProductRollups(Connection c) { this.c = c; }

    /**
     * Rebuilds the month rows for days {@code d0..d1} (whole months) and the week rows for the Mondays
     * {@code w0..w1}, whose days run to {@code wd1}; the other tables' rows are already deleted or kept.
     */
    void fill(LocalDate d0, LocalDate d1, LocalDate w0, LocalDate w1, LocalDate wd1) throws SQLException {
        long start = System.nanoTime();
        Map<Long, String[]> products = products();
        Map<Sp, long[]> sp = new HashMap<>();
        Map<Ss, long[]> ssMonth = new HashMap<>();
        Map<Ss, long[]> ssWeek = new HashMap<>();
        LocalDate from = d0.isBefore(w0) ? d0 : w0;
        LocalDate to = d1.isAfter(wd1) ? d1 : wd1;
        Map<String, String> mondays = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT sale_date, product_id, region_id, channel_id, store_id, dealer_id, rows, qty, "
                + "amount_e4, margin_e4 FROM sale_day WHERE sale_date BETWEEN ? AND ?")) {
            ps.setString(1, from.toString());
            ps.setString(2, to.toString());
            String s0 = d0.toString();
            String s1 = d1.toString();
            String w0s = w0.toString();
            String wd1s = wd1.toString();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String day = rs.getString(1);
                    long product = rs.getLong(2);
                    Place at = new Place(rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6));
                    long[] m = {rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10)};
                    String[] cs = products.getOrDefault(product, new String[] {"", ""});
                    if (day.compareTo(s0) >= 0 && day.compareTo(s1) <= 0) {
                        String month = day.substring(0, 7);
                        add(sp, new Sp(product, month, at), m);
                        add(ssMonth, new Ss(cs[0], month, cs[1], at), m);
                    }
                    if (day.compareTo(w0s) >= 0 && day.compareTo(wd1s) <= 0) {
                        String monday = mondays.computeIfAbsent(day, d -> LocalDate.parse(d).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString());
                        add(ssWeek, new Ss(cs[0], monday, cs[1], at), m);
                    }
                }
            }
        }
        long read = System.nanoTime();
        delete("cube_sp_month", "month", d0.toString().substring(0, 7), d1.toString().substring(0, 7));
        delete("cube_ss_month", "month", d0.toString().substring(0, 7), d1.toString().substring(0, 7));
        delete("cube_ss_week", "week", w0.toString(), w1.toString());
        List<Map.Entry<Sp, long[]>> sps = new ArrayList<>(sp.entrySet());
        sps.sort(Map.Entry.comparingByKey(SP));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO cube_sp_month(product_id, month, region_id, channel_id, store_id, dealer_id, "
                + "rows, qty, amount_e4, margin_e4) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<Sp, long[]> e : sps) {
                Sp k = e.getKey();
                ps.setLong(1, k.product());
                ps.setString(2, k.month());
                bind(ps, 3, k.at(), e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        insertSs("cube_ss_month", "month", ssMonth);
        insertSs("cube_ss_week", "week", ssWeek);
        LOG.debug("store x product rollups {}..{}: read and summed in {} ms, written in {} ms", d0, d1, (read - start) / 1_000_000,
                (System.nanoTime() - read) / 1_000_000);
    }

    private void insertSs(String table, String period, Map<Ss, long[]> cells) throws SQLException {
        List<Map.Entry<Ss, long[]>> rows = new ArrayList<>(cells.entrySet());
        rows.sort(Map.Entry.comparingByKey(SS));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + "(category, " + period + ", series, region_id, channel_id, "
                + "store_id, dealer_id, rows, qty, amount_e4, margin_e4) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<Ss, long[]> e : rows) {
                Ss k = e.getKey();
                ps.setString(1, k.category());
                ps.setString(2, k.period());
                ps.setString(3, k.series());
                bind(ps, 4, k.at(), e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void bind(PreparedStatement ps, int i, Place at, long[] m) throws SQLException {
        ps.setLong(i, at.region());
        ps.setLong(i + 1, at.channel());
        ps.setLong(i + 2, at.store());
        ps.setLong(i + 3, at.dealer());
        for (int j = 0; j < 4; j++) ps.setLong(i + 4 + j, m[j]);
    }

    private static <K> void add(Map<K, long[]> cells, K key, long[] m) {
        long[] s = cells.get(key);
        if (s == null) {
            cells.put(key, m.clone());
        } else {
            for (int i = 0; i < 4; i++) s[i] += m[i];
        }
    }

    private void delete(String table, String column, String lo, String hi) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE " + column + " BETWEEN ? AND ?")) {
            ps.setString(1, lo);
            ps.setString(2, hi);
            ps.executeUpdate();
        }
    }

    private Map<Long, String[]> products() throws SQLException {
        Map<Long, String[]> out = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, COALESCE(category, ''), COALESCE(series, '') FROM product")) {
            while (rs.next()) out.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
        }
        return out;
    }
}
