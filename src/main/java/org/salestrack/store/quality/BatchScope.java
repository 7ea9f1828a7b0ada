package org.salestrack.store.quality;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.salestrack.store.LongSet;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;

/**
 * What new batches can change, found in SQL so a check of a day's export never reads the rest of a 10M-line workspace
 * (issue 18 #3): the batches' own lines, the lines sharing their IMEIs, the other lines of their stores' days, of their
 * buyers' nights and of their ship-to addresses' nights, and then every line sharing a line key with any of those, so
 * each key's, IMEI's, store-day's, buyer-night's and address-night's lines are all there and the rules judge the new
 * lines exactly as a run over everything would. A store's units in the weeks before are counted in SQL, not read as lines.
 */
public final class BatchScope {
    /** A line the store-spike window counts when it is not rejected itself. */
    private static final String LIVE = "s.status = 'paid' AND s.qty > 0 AND (s.dup_of IS NULL OR NOT EXISTS ("
            + "SELECT 1 FROM sale_key k JOIN sale o ON o.id = k.sale_id WHERE k.line_key = s.line_key AND k.sale_id < s.id AND o.hold <> 3))";
    /** The live lines of a store's days (?1 the store, ?2 and ?3 the first and last day). */
    private static final String STORE_DAYS = "FROM sale s WHERE s.store_id = ?1 AND s.sale_date BETWEEN ?2 AND ?3 AND " + LIVE;
    /** A line counts (DailySeries.counted): kept, paid, a positive quantity and the first with its key among the kept. */
    private static final String COUNTED = "s.hold <> 3 AND " + LIVE;

    private final Workspace workspace;

    public BatchScope(Workspace workspace) { this.workspace = workspace; }

    /** The ids of the lines to read, in import order, and which of their keys and IMEIs repeat among them. */
    public record Lines(long[] ids, QualityFactsReader.Repeats repeats) {}

    /** A store's counted units per day from {@code from}, one value a day. */
    public record StoreUnits(String store, LocalDate from, long[] units) {}

    /** Whether any of {@code batches} holds sell-in: channel stuffing judges those against every month of their dealers. */
    public boolean holdsSellIn(Collection<Long> batches) {
        try (Connection c = workspace.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM sell_in WHERE batch_id IN (" + in(batches) + "))")) {
            return rs.next() && rs.getInt(1) == 1;
        } catch (SQLException e) {
            throw new StoreException("cannot read the new batches' sell-in", e);
        }
    }

    /** The lines the rules must see to judge the lines of {@code batches}; keys and IMEIs hashed with {@code hash}. */
    public Lines lines(Collection<Long> batches, ToLongFunction<String> hash) {
        String of = "FROM sale WHERE batch_id IN (" + in(batches) + ") AND hold <> 3";
        List<String> steps = List.of(
                "SELECT id " + of,
                "SELECT s.id FROM (SELECT DISTINCT imei " + of + " AND imei IS NOT NULL) b JOIN sale s ON s.imei = b.imei "
                        + "WHERE s.imei IS NOT NULL",
                "SELECT s.id FROM (SELECT DISTINCT store_id, sale_date " + of + " AND store_id IS NOT NULL) b "
                        + "JOIN sale s ON s.store_id = b.store_id AND s.sale_date = b.sale_date WHERE s.store_id IS NOT NULL",
                // the partial index's own condition, word for word, so the planner may use it
                "SELECT s.id FROM (SELECT DISTINCT sale_date, customer_id " + of + " AND customer_id IS NOT NULL) b "
                        + "JOIN sale s ON s.sale_date = b.sale_date AND s.customer_id = b.customer_id "
                        + "WHERE (s.customer_id IS NOT NULL OR s.pickup = 1)",
                // night-burst rounds an address to 1e-4 degrees: within that either way is a superset of the same address
                "SELECT s.id FROM (SELECT DISTINCT sale_date, ship_lat, ship_lon " + of + " AND ship_lat IS NOT NULL AND ship_lon IS NOT NULL) b "
                        + "JOIN sale s ON s.sale_date = b.sale_date AND s.ship_lat BETWEEN b.ship_lat - 0.0001 AND b.ship_lat + 0.0001 "
                        + "AND s.ship_lon BETWEEN b.ship_lon - 0.0001 AND b.ship_lon + 0.0001 WHERE s.ship_lat IS NOT NULL",
                "SELECT k.sale_id FROM temp.scope_line l JOIN sale s ON s.id = l.id JOIN sale_key k ON k.line_key = s.line_key "
                        + "WHERE s.line_key IS NOT NULL");
        try (Connection c = workspace.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TEMP TABLE IF NOT EXISTS scope_line(id INTEGER PRIMARY KEY)");
            s.executeUpdate("DELETE FROM temp.scope_line");
            for (String step : steps) s.executeUpdate("INSERT OR IGNORE INTO temp.scope_line(id) " + step);
            long[] ids = new long[1 << 12];
            long[] keys = new long[1 << 12];
            long[] imeis = new long[1 << 12];
            int n = 0;
            int nKeys = 0;
            int nImeis = 0;
            try (ResultSet rs = s.executeQuery("SELECT s.id, s.line_key, s.imei FROM temp.scope_line l JOIN sale s ON s.id = l.id "
                    + "WHERE s.hold <> 3 ORDER BY s.id")) {
                while (rs.next()) {
                    if (n == ids.length) ids = Arrays.copyOf(ids, n * 2);
                    ids[n++] = rs.getLong(1);
                    String key = rs.getString(2);
                    if (key != null) {
                        if (nKeys == keys.length) keys = Arrays.copyOf(keys, nKeys * 2);
                        keys[nKeys++] = hash.applyAsLong(key);
                    }
                    String imei = rs.getString(3);
                    if (imei != null) {
                        if (nImeis == imeis.length) imeis = Arrays.copyOf(imeis, nImeis * 2);
                        imeis[nImeis++] = hash.applyAsLong(imei);
                    }
                }
            }
            s.executeUpdate("DROP TABLE temp.scope_line");
            return new Lines(Arrays.copyOf(ids, n), new QualityFactsReader.Repeats(n, repeated(keys, nKeys), repeated(imeis, nImeis)));
        } catch (SQLException e) {
            throw new StoreException("cannot find the lines the new batches touch", e);
        }
    }

    /**
     * For each store of {@code batches}: its counted units per day from {@code windowDays} before its first day in the
     * batches to its last; a store that counted lines before that window starts the window with zeros (its history goes
     * further back), one that did not starts at its first counted day, as its whole series would.
     */
    public List<StoreUnits> storeWindows(Collection<Long> batches, int windowDays) {
        List<StoreUnits> out = new ArrayList<>();
        try (Connection c = workspace.connect();
             PreparedStatement spans = c.prepareStatement("SELECT s.store_id, st.code, MIN(s.sale_date), MAX(s.sale_date) FROM sale s "
                     + "JOIN store st ON st.id = s.store_id WHERE s.batch_id IN (" + in(batches) + ") AND s.store_id IS NOT NULL "
                     + "GROUP BY s.store_id ORDER BY s.store_id");
             // every line of the days less the rejected ones: the first from the store-day index alone, the second
             // through the rejected lines' own index (V219), so that a hold change never moves the store-day entries
             PreparedStatement days = c.prepareStatement("SELECT d, SUM(q) FROM (SELECT s.sale_date AS d, s.qty AS q " + STORE_DAYS
                     + " UNION ALL SELECT s.sale_date, -s.qty " + STORE_DAYS + " AND s.hold = 3) GROUP BY d HAVING SUM(q) > 0");
             PreparedStatement earlier = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM sale s WHERE s.store_id = ? "
                     + "AND s.sale_date < ? AND " + COUNTED + ")")) {
            try (ResultSet rs = spans.executeQuery()) {
                while (rs.next()) {
                    long store = rs.getLong(1);
                    LocalDate first = LocalDate.parse(rs.getString(3));
                    LocalDate last = LocalDate.parse(rs.getString(4));
                    LocalDate from = first.minusDays(windowDays);
                    Map<LocalDate, Long> units = new HashMap<>();
                    days.setLong(1, store);
                    days.setString(2, from.toString());
                    days.setString(3, last.toString());
                    try (ResultSet d = days.executeQuery()) {
                        while (d.next()) units.put(LocalDate.parse(d.getString(1)), d.getLong(2));
                    }
                    earlier.setLong(1, store);
                    earlier.setString(2, from.toString());
                    boolean before;
                    try (ResultSet e = earlier.executeQuery()) {
                        before = e.next() && e.getInt(1) == 1;
                    }
                    if (!before) {
                        if (units.isEmpty()) continue;
                        from = units.keySet().stream().min(LocalDate::compareTo).orElseThrow();
                    }
                    long[] series = new long[Math.toIntExact(last.toEpochDay() - from.toEpochDay() + 1)];
                    for (Map.Entry<LocalDate, Long> u : units.entrySet()) {
                        int at = (int) (u.getKey().toEpochDay() - from.toEpochDay());
                        if (at >= 0 && at < series.length) series[at] = u.getValue();
                    }
                    out.add(new StoreUnits(rs.getString(2), from, series));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot count the new batches' stores' days", e);
        }
    }

    private static String in(Collection<Long> batches) {
        StringBuilder b = new StringBuilder();
        for (long id : batches) b.append(b.length() == 0 ? "" : ",").append(id);
        return b.length() == 0 ? "NULL" : b.toString();
    }

    private static LongSet repeated(long[] values, int n) {
        Arrays.sort(values, 0, n);
        LongSet out = new LongSet();
        for (int i = 1; i < n; i++) {
            if (values[i] == values[i - 1]) out.add(values[i]);
        }
        return out;
    }
}
