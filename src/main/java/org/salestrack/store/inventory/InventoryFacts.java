package org.salestrack.store.inventory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.salestrack.model.inventory.LocationType;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;

/**
 * What inventory decisions read from a workspace: the stock snapshots, the counted sales by location and
 * by province per ISO week (from the sale_day rollup, so only counted sales), the dealers' receipts
 * (sell-in not held) and where each location and SKU belongs. Weeks are keyed by their Monday.
 */
public final class InventoryFacts {
    private static final String MONDAY = "date(sale_date, '-6 days', 'weekday 1')";

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
        List<Units> out = new ArrayList<>();
        List<Object> args = List.of(fromMonday.toString(), toDay.toString());
        query("SELECT st.code, p.sku, " + MONDAY + " w, SUM(sd.qty) FROM sale_day sd JOIN store st ON st.id = sd.store_id "
                + "JOIN product p ON p.id = sd.product_id WHERE sd.store_id <> 0 AND sd.sale_date BETWEEN ? AND ? GROUP BY st.code, p.sku, w",
                args, rs -> out.add(week(rs)));
        query("SELECT d.code, p.sku, " + MONDAY + " w, SUM(sd.qty) FROM sale_day sd JOIN dealer d ON d.id = sd.dealer_id "
                + "JOIN product p ON p.id = sd.product_id WHERE sd.dealer_id <> 0 AND sd.sale_date BETWEEN ? AND ? GROUP BY d.code, p.sku, w",
                args, rs -> out.add(week(rs)));
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
        List<Units> out = new ArrayList<>();
        List<Object> args = List.of(after.toString(), upTo.toString());
        query("SELECT st.code, p.sku, sd.sale_date, SUM(sd.qty) FROM sale_day sd JOIN store st ON st.id = sd.store_id "
                + "JOIN product p ON p.id = sd.product_id WHERE sd.store_id <> 0 AND sd.sale_date > ? AND sd.sale_date <= ? GROUP BY st.code, p.sku, sd.sale_date",
                args, rs -> out.add(week(rs)));
        query("SELECT d.code, p.sku, sd.sale_date, SUM(sd.qty) FROM sale_day sd JOIN dealer d ON d.id = sd.dealer_id "
                + "JOIN product p ON p.id = sd.product_id WHERE sd.dealer_id <> 0 AND sd.sale_date > ? AND sd.sale_date <= ? GROUP BY d.code, p.sku, sd.sale_date",
                args, rs -> out.add(week(rs)));
        return out;
    }

    /** Weekly counted units per province code and SKU, every channel. */
    public List<Units> weeklyByProvince(LocalDate fromMonday, LocalDate toDay) {
        List<Units> out = new ArrayList<>();
        query("SELECT r.province, p.sku, " + MONDAY + " w, SUM(sd.qty) FROM sale_day sd JOIN region r ON r.id = sd.region_id "
                + "JOIN product p ON p.id = sd.product_id WHERE sd.sale_date BETWEEN ? AND ? AND r.province <> '' GROUP BY r.province, p.sku, w",
                List.of(fromMonday.toString(), toDay.toString()), rs -> out.add(week(rs)));
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

    private static Units week(ResultSet rs) throws SQLException {
        return new Units(rs.getString(1), rs.getString(2), LocalDate.parse(rs.getString(3)), rs.getLong(4));
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
