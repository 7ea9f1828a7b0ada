package org.salestrack.store.inventory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.DayOfWeek;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.salestrack.model.inventory.LocationType;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;
import org.salestrack.store.cube.CubeRollups;
import org.salestrack.task.Cancellation;

/**
 * What inventory decisions read from a workspace: the stock snapshots, the counted sales by location and
 * by province per ISO week (from the sale_day rollup, so only counted sales), the dealers' receipts
 * (sell-in not held) and where each location and SKU belongs. Weeks are keyed by their Monday.
 */
public final class InventoryFacts {
    private final Workspace workspace;

    public InventoryFacts(Workspace workspace) { this.workspace = workspace; }

    /** A stocking location, the province (GB/T 2260 code, or as given) it is in and, for a store, the dealer running it (null if none). */
    public record Location(String code, LocationType type, String province, String dealer) {}

    /** A SKU's hierarchy and launch (null when unknown). */
    public record Sku(long id, String sku, String model, String series, String category, LocalDate launch, long unitCostE4) {}

    /** One snapshot line; {@code rank} 1 is the location's latest snapshot on or before the as-of day, 2 the one before. */
    public record Snapshot(String location, LocationType type, String sku, LocalDate asOf, int rank, long onHand, long inTransit) {}

    /** Units of a SKU at a location (a store's code or a dealer's code) or in a province on a day, or in the week starting that Monday. */
    public record Units(String key, String sku, LocalDate day, long units) {}

    /** Units shipped to a dealer on a day. */
    public record Receipt(String dealer, String sku, LocalDate day, long units) {}

    public List<Location> locations() {
        List<Location> out = new ArrayList<>();
        query("SELECT st.code, COALESCE(r.province, ''), d.code FROM store st LEFT JOIN region r ON r.id = st.region_id "
                + "LEFT JOIN dealer d ON d.id = st.dealer_id", List.of(),
                rs -> out.add(new Location(rs.getString(1), LocationType.STORE, rs.getString(2), rs.getString(3))));
        query("SELECT code, COALESCE(province, '') FROM dealer", List.of(),
                rs -> out.add(new Location(rs.getString(1), LocationType.DEALER, rs.getString(2), null)));
        return out;
    }

    public List<Sku> skus() {
        List<Sku> out = new ArrayList<>();
        query("SELECT id, sku, COALESCE(model, ''), COALESCE(series, ''), COALESCE(category, ''), launch_date, COALESCE(unit_cost_e4, 0) FROM product",
                List.of(), rs -> out.add(new Sku(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6) == null || rs.getString(6).isBlank() ? null : LocalDate.parse(rs.getString(6).substring(0, 10)), rs.getLong(7))));
        return out;
    }

    /** The last two snapshots of every location on or before {@code asOf}, summed per SKU. */
    public List<Snapshot> snapshots(LocalDate asOf) {
        List<Snapshot> out = new ArrayList<>();
        String sql = """
                WITH d AS (SELECT location_code, as_of, DENSE_RANK() OVER (PARTITION BY location_code ORDER BY as_of DESC) rk
                             FROM (SELECT DISTINCT location_code, as_of FROM stock WHERE as_of <= ?))
                SELECT s.location_code, MIN(s.location_type), p.sku, s.as_of, d.rk, SUM(s.on_hand), SUM(s.in_transit)
                  FROM stock s JOIN d ON d.location_code = s.location_code AND d.as_of = s.as_of
                  JOIN product p ON p.id = s.product_id
                 WHERE d.rk <= 2
                 GROUP BY s.location_code, p.sku, s.as_of, d.rk""";
        query(sql, List.of(asOf.toString()), rs -> out.add(new Snapshot(rs.getString(1), LocationType.of(rs.getString(2)), rs.getString(3),
                LocalDate.parse(rs.getString(4).substring(0, 10)), rs.getInt(5), rs.getLong(6), rs.getLong(7))));
        return out;
    }

    /**
     * Weekly counted units per store and per dealer (a dealer's own sell-through plus the sales of the
     * stores it runs: what drains its warehouse), for weeks starting from {@code fromMonday} to {@code toDay}.
     */
    public List<Units> weeklyByLocation(LocalDate fromMonday, LocalDate toDay) {
        return byLocation("sale_date BETWEEN ? AND ?", List.of(fromMonday.toString(), toDay.toString()), true);
    }

    /** What one group of {@link #summed} adds up: a key (store, dealer or province), a SKU and a day (or its week's Monday). */
    private record Group(String key, String sku, LocalDate day) {
        /**
         * Mixed, not the record's 31-polynomial: sequential store codes, SKUs and weekly dates made that collide so
         * often that HashMap's buckets turned into trees (a third of the workbook's inventory plan on 10M lines).
         */
        @Override
        public int hashCode() {
            long h = (key.hashCode() * 0x9E3779B97F4A7C15L + sku.hashCode()) * 0xC2B2AE3D27D4EB4FL + day.toEpochDay();
            return (int) (h ^ (h >>> 29));
        }
    }

    /**
     * Runs {@code sql} (key id, product id, day, units per rollup row) and sums the units per key, product and
     * day, or per week (keyed by its Monday) when {@code weekly}. Summed here rather than by GROUP BY over the
     * joined names and a date expression, which on a 10M-line workspace took SQLite 40 s for the 2.5M rollup
     * rows of a year that it streams in under a second.
     */
    private void summed(String sql, List<Object> args, boolean weekly, Map<Long, String> keys, Map<Long, String> skus, List<Units> out) {
        Map<String, LocalDate> days = new HashMap<>();
        Map<Group, long[]> sums = new LinkedHashMap<>();
        query(sql, args, rs -> {
            LocalDate day = day(days, rs.getString(3), weekly);
            String key = keys.get(rs.getLong(1));
            String sku = skus.get(rs.getLong(2));
            if (key != null && sku != null) sums.computeIfAbsent(new Group(key, sku, day), g -> new long[1])[0] += rs.getLong(4);
        });
        sums.forEach((g, units) -> out.add(new Units(g.key(), g.sku(), g.day(), units[0])));
    }

    /** The day of a rollup row's date text, or its week's Monday when {@code weekly}; parsed once per distinct text. */
    private static LocalDate day(Map<String, LocalDate> days, String text, boolean weekly) {
        return days.computeIfAbsent(text, t -> {
            LocalDate d = LocalDate.parse(t.substring(0, 10));
            return weekly ? d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : d;
        });
    }

    /** Id to name of a small dimension table. */
    private Map<Long, String> names(String sql) {
        Map<Long, String> out = new HashMap<>();
        query(sql, List.of(), rs -> out.put(rs.getLong(1), rs.getString(2)));
        return out;
    }

    /** Every store snapshot line from {@code from} to {@code to}, inclusive, summed per store, SKU and day (rank 0). */
    public List<Snapshot> storeSnapshots(LocalDate from, LocalDate to) {
        List<Snapshot> out = new ArrayList<>();
        query("SELECT s.location_code, p.sku, substr(s.as_of, 1, 10) d, SUM(s.on_hand), SUM(s.in_transit) FROM stock s JOIN product p ON p.id = s.product_id "
                + "WHERE s.location_type = 'store' AND substr(s.as_of, 1, 10) BETWEEN ? AND ? GROUP BY s.location_code, p.sku, d",
                List.of(from.toString(), to.toString()), rs -> out.add(new Snapshot(rs.getString(1), LocationType.STORE, rs.getString(2),
                        LocalDate.parse(rs.getString(3)), 0, rs.getLong(4), rs.getLong(5))));
        return out;
    }

    /** Daily counted units per store and per dealer (as {@link #weeklyByLocation}) after {@code after} up to {@code upTo}. */
    public List<Units> dailyByLocation(LocalDate after, LocalDate upTo) {
        return byLocation("sale_date > ? AND sale_date <= ?", List.of(after.toString(), upTo.toString()), false);
    }

    /**
     * Units per store and per dealer on the days {@code dates} keeps, by week or by day. One pass over the rollup rows
     * serves both, each row counting for its store and for its dealer: two passes (one per kind) each read every row of
     * the range, 4.5 s of the workbook's inventory plan on the 10M-line workspace (issue 23).
     */
    private List<Units> byLocation(String dates, List<Object> args, boolean weekly) {
        Map<Long, String> skus = names("SELECT id, sku FROM product");
        Map<Long, String> stores = names("SELECT id, code FROM store");
        Map<Long, String> dealers = names("SELECT id, code FROM dealer");
        Map<String, LocalDate> days = new HashMap<>();
        Map<Group, long[]> byStore = new LinkedHashMap<>();
        Map<Group, long[]> byDealer = new LinkedHashMap<>();
        query("SELECT store_id, dealer_id, product_id, sale_date, qty FROM sale_day WHERE (store_id <> 0 OR dealer_id <> 0) AND " + dates, args, rs -> {
            String sku = skus.get(rs.getLong(3));
            if (sku == null) return;
            LocalDate day = day(days, rs.getString(4), weekly);
            long units = rs.getLong(5);
            String store = rs.getLong(1) == 0 ? null : stores.get(rs.getLong(1));
            if (store != null) byStore.computeIfAbsent(new Group(store, sku, day), g -> new long[1])[0] += units;
            String dealer = rs.getLong(2) == 0 ? null : dealers.get(rs.getLong(2));
            if (dealer != null) byDealer.computeIfAbsent(new Group(dealer, sku, day), g -> new long[1])[0] += units;
        });
        List<Units> out = new ArrayList<>(byStore.size() + byDealer.size());
        byStore.forEach((g, units) -> out.add(new Units(g.key(), g.sku(), g.day(), units[0])));
        byDealer.forEach((g, units) -> out.add(new Units(g.key(), g.sku(), g.day(), units[0])));
        return out;
    }

    /** Weekly counted units per province code and SKU, every channel. */
    public List<Units> weeklyByProvince(LocalDate fromMonday, LocalDate toDay) {
        List<Units> out = new ArrayList<>();
        // several region rows (the cities) name the same province: their units add up
        summed("SELECT region_id, product_id, sale_date, qty FROM sale_day WHERE sale_date BETWEEN ? AND ?", List.of(fromMonday.toString(), toDay.toString()),
                true, names("SELECT id, province FROM region WHERE province <> ''"), names("SELECT id, sku FROM product"), out);
        return out;
    }

    /**
     * The same units as {@link #weeklyByProvince}, read from the week x province x product rollup (cube_pp_week, the
     * counted sales grouped by the region's province), brought up to date first (one fingerprint read when it is): on
     * the 10M-line workspace 138,594 rollup rows for a year where {@code sale_day} streams 4.4 million (issue 23).
     * A workspace file only (the national store has no week rollups).
     */
    public List<Units> weeklyByProvinceFromRollup(LocalDate fromMonday, LocalDate toDay, Cancellation cancel) {
        new CubeRollups(workspace).refresh(cancel);
        Map<Long, String> skus = names("SELECT id, sku FROM product");
        Map<String, LocalDate> weeks = new HashMap<>();
        List<Units> out = new ArrayList<>();
        query("SELECT province, product_id, week, qty FROM cube_pp_week WHERE week BETWEEN ? AND ? AND province <> ''",
                List.of(fromMonday.toString(), toDay.toString()), rs -> {
                    String sku = skus.get(rs.getLong(2));
                    if (sku != null) out.add(new Units(rs.getString(1), sku, weeks.computeIfAbsent(rs.getString(3), LocalDate::parse), rs.getLong(4)));
                });
        return out;
    }

    /** Sell-in not held, shipped after {@code after} and up to {@code upTo}. */
    public List<Receipt> receipts(LocalDate after, LocalDate upTo) {
        List<Receipt> out = new ArrayList<>();
        query("SELECT d.code, p.sku, substr(si.shipped_at, 1, 10), SUM(si.qty) FROM sell_in si JOIN dealer d ON d.id = si.dealer_id "
                + "JOIN product p ON p.id = si.product_id WHERE si.hold = 0 AND substr(si.shipped_at, 1, 10) > ? AND substr(si.shipped_at, 1, 10) <= ? "
                + "GROUP BY d.code, p.sku, substr(si.shipped_at, 1, 10)",
                List.of(after.toString(), upTo.toString()),
                rs -> out.add(new Receipt(rs.getString(1), rs.getString(2), LocalDate.parse(rs.getString(3)), rs.getLong(4))));
        return out;
    }

    /** The last day with a stock snapshot, the default as-of day. */
    public java.util.Optional<LocalDate> lastSnapshot() {
        List<LocalDate> out = new ArrayList<>();
        query("SELECT MAX(as_of) FROM stock", List.of(), rs -> { if (rs.getString(1) != null) out.add(LocalDate.parse(rs.getString(1).substring(0, 10))); });
        return out.stream().findFirst();
    }

    private interface RowReader { void read(ResultSet rs) throws SQLException; }

    private void query(String sql, List<Object> args, RowReader reader) {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) reader.read(rs);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the inventory facts", e);
        }
    }
}
