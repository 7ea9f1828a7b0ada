package org.salestrack.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;
import org.salestrack.model.Cities;
import org.salestrack.model.Provinces;

/**
 * Upserts dimension members (channels, regions, dealers, stores, products, customers) within an import's
 * transaction and remembers their ids, so a million-line file costs a handful of dimension queries.
 * Attributes from fact files only fill gaps; dimension files ({@code authoritative}) overwrite.
 */
final class Dimensions implements AutoCloseable {
    private final Connection c;
    private final Map<String, Long> channels = new HashMap<>();
    private final Map<String, Long> regions = new HashMap<>();
    private final Map<Long, String> regionProvinces = new HashMap<>();
    private final Map<String, Long> dealers = new HashMap<>();
    private final Map<String, Long> stores = new HashMap<>();
    private final Map<String, Long> storeRegions = new HashMap<>();
    /** Stores whose place the store master gave (store.master_region), as opposed to the first line that named them. */
    private final java.util.Set<String> storesPlacedByMaster = new java.util.HashSet<>();
    private final Map<String, Long> storeDealers = new HashMap<>();
    private final Map<String, Long> products = new HashMap<>();
    private final Map<Long, Long> productCosts = new HashMap<>();
    private final Map<String, Long> customers = new HashMap<>();

    private final Map<String, PreparedStatement> statements = new HashMap<>();

    Dimensions(Connection c) { this.c = c; }

    /** One prepared statement per SQL text for the whole import: preparing per member dominated big imports. */
    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = c.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : statements.values()) ps.close();
        statements.clear();
    }

    long channel(String name, String type, String kind) throws SQLException {
        Long id = channels.get(name);
        if (id != null) return id;
        PreparedStatement ps = statement("INSERT INTO channel(name, type, kind) VALUES (?,?,?) "
                + "ON CONFLICT(name) DO UPDATE SET kind = COALESCE(channel.kind, excluded.kind) RETURNING id");
        ps.setString(1, name);
        ps.setString(2, type);
        ps.setString(3, kind);
        id = returning(ps);
        channels.put(name, id);
        return id;
    }

    /** Region row for a (country, sales region, province, city); Chinese provinces are codes already. */
    long region(String country, String region, String province, String rawCity) throws SQLException {
        String city = Cities.canonical(rawCity);
        String co = nz(country);
        String pr = nz(province);
        String re = nz(region);
        if (re.isEmpty() && !pr.isEmpty()) re = Provinces.get().byCode(pr).map(p -> p.salesRegion()).orElse("");
        if (co.isEmpty() && Provinces.get().byCode(pr).isPresent()) co = "CN";
        String key = co + '\u001f' + re + '\u001f' + pr + '\u001f' + nz(city);
        Long id = regions.get(key);
        if (id != null) return id;
        PreparedStatement ps = statement("INSERT INTO region(country, region, province, city) VALUES (?,?,?,?) "
                + "ON CONFLICT(country, region, province, city) DO UPDATE SET city = excluded.city RETURNING id");
        ps.setString(1, co);
        ps.setString(2, re);
        ps.setString(3, pr);
        ps.setString(4, nz(city));
        id = returning(ps);
        regions.put(key, id);
        regionProvinces.put(id, pr);
        return id;
    }

    /** The province code of a region row ("" when it has none). */
    String regionProvince(long regionId) throws SQLException {
        String p = regionProvinces.get(regionId);
        if (p != null) return p;
        PreparedStatement ps = statement("SELECT province FROM region WHERE id = ?");
        ps.setLong(1, regionId);
        try (ResultSet rs = ps.executeQuery()) {
            p = rs.next() ? nz(rs.getString(1)) : "";
        }
        regionProvinces.put(regionId, p);
        return p;
    }

    long dealer(String code) throws SQLException {
        Long id = dealers.get(code);
        if (id != null) return id;
        PreparedStatement ps = statement("INSERT INTO dealer(code) VALUES (?) "
                + "ON CONFLICT(code) DO UPDATE SET code = excluded.code RETURNING id");
        ps.setString(1, code);
        id = returning(ps);
        dealers.put(code, id);
        return id;
    }

    void dealerAttributes(String code, String name, String tier, String grade, String province, String city,
                          Double lat, Double lon, String parent, Boolean digitalTools) throws SQLException {
        long id = dealer(code);
        PreparedStatement ps = statement("UPDATE dealer SET name = COALESCE(?, name), tier = COALESCE(?, tier), "
                + "grade = COALESCE(?, grade), province = COALESCE(?, province), city = COALESCE(?, city), "
                + "lat = COALESCE(?, lat), lon = COALESCE(?, lon), parent_code = COALESCE(?, parent_code), "
                + "digital_tools = COALESCE(?, digital_tools) WHERE id = ?");
        ps.setString(1, name);
        ps.setString(2, tier);
        ps.setString(3, grade);
        ps.setString(4, province);
        ps.setString(5, city);
        setDouble(ps, 6, lat);
        setDouble(ps, 7, lon);
        ps.setString(8, parent);
        if (digitalTools == null) ps.setNull(9, java.sql.Types.INTEGER); else ps.setInt(9, digitalTools ? 1 : 0);
        ps.setLong(10, id);
        ps.executeUpdate();
    }

    /** A store by code; a new store takes the region, dealer and channel of the line that first names it. */
    long store(String code, Long dealerId, Long channelId, Long regionId) throws SQLException {
        Long id = stores.get(code);
        if (id != null) return id;
        PreparedStatement ps = statement("INSERT INTO store(code, dealer_id, channel_id, region_id) VALUES (?,?,?,?) "
                + "ON CONFLICT(code) DO UPDATE SET dealer_id = COALESCE(store.dealer_id, excluded.dealer_id), "
                + "channel_id = COALESCE(store.channel_id, excluded.channel_id), "
                + "region_id = COALESCE(store.region_id, excluded.region_id) RETURNING id, region_id, dealer_id, master_region");
        ps.setString(1, code);
        setLong(ps, 2, dealerId);
        setLong(ps, 3, channelId);
        setLong(ps, 4, regionId);
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            id = rs.getLong(1);
            long r = rs.getLong(2);
            if (!rs.wasNull()) storeRegions.put(code, r);
            long d = rs.getLong(3);
            if (!rs.wasNull()) storeDealers.put(code, d);
            if (rs.getInt(4) == 1) storesPlacedByMaster.add(code);
        }
        stores.put(code, id);
        return id;
    }

    Long storeRegion(String code) { return storeRegions.get(code); }

    /** True when the store master gave this store's place: then its lines are where it is. */
    boolean placedByMaster(String code) { return storesPlacedByMaster.contains(code); }

    Long storeDealer(String code) { return storeDealers.get(code); }

    void storeAttributes(String code, String name, Long dealerId, Long channelId, String storeType, Long regionId,
                         Double lat, Double lon, String county) throws SQLException {
        store(code, null, null, null);
        PreparedStatement ps = statement("UPDATE store SET name = COALESCE(?, name), dealer_id = COALESCE(?, dealer_id), "
                + "channel_id = COALESCE(?, channel_id), store_type = COALESCE(?, store_type), region_id = COALESCE(?, region_id), "
                + "lat = COALESCE(?, lat), lon = COALESCE(?, lon), master_region = master_region OR ?, county = COALESCE(?, county) "
                + "WHERE code = ?");
        ps.setString(1, name);
        setLong(ps, 2, dealerId);
        setLong(ps, 3, channelId);
        ps.setString(4, storeType);
        setLong(ps, 5, regionId);
        setDouble(ps, 6, lat);
        setDouble(ps, 7, lon);
        ps.setInt(8, regionId == null ? 0 : 1);
        ps.setString(9, county);
        ps.setString(10, code);
        ps.executeUpdate();
        if (regionId != null) {
            storeRegions.put(code, regionId);
            storesPlacedByMaster.add(code);
        }
        if (dealerId != null) storeDealers.put(code, dealerId);
    }

    long product(String sku, String name, String model, String series, String category) throws SQLException {
        Long id = products.get(sku);
        if (id != null) return id;
        PreparedStatement ps = statement("INSERT INTO product(sku, name, model, series, category) VALUES (?,?,?,?,?) "
                + "ON CONFLICT(sku) DO UPDATE SET name = COALESCE(product.name, excluded.name), "
                + "model = COALESCE(product.model, excluded.model), series = COALESCE(product.series, excluded.series), "
                + "category = COALESCE(product.category, excluded.category) RETURNING id, unit_cost_e4");
        ps.setString(1, sku);
        ps.setString(2, name);
        ps.setString(3, model);
        ps.setString(4, series);
        ps.setString(5, category);
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            id = rs.getLong(1);
            long cost = rs.getLong(2);
            if (!rs.wasNull()) productCosts.put(id, cost);
        }
        products.put(sku, id);
        return id;
    }

    /** The unit cost known for a product, for margins the source does not give. */
    Long productCost(long productId) { return productCosts.get(productId); }

    void productAttributes(String sku, String name, String model, String series, String category, String launch,
                           Long listPrice, Long unitCost) throws SQLException {
        long id = product(sku, null, null, null, null);
        PreparedStatement ps = statement("UPDATE product SET name = COALESCE(?, name), model = COALESCE(?, model), "
                + "series = COALESCE(?, series), category = COALESCE(?, category), launch_date = COALESCE(?, launch_date), "
                + "list_price_e4 = COALESCE(?, list_price_e4), unit_cost_e4 = COALESCE(?, unit_cost_e4) WHERE id = ?");
        ps.setString(1, name);
        ps.setString(2, model);
        ps.setString(3, series);
        ps.setString(4, category);
        ps.setString(5, launch);
        setLong(ps, 6, listPrice);
        setLong(ps, 7, unitCost);
        ps.setLong(8, id);
        ps.executeUpdate();
        if (unitCost != null) productCosts.put(id, unitCost);
    }

    Long customer(String pid, String ageBand, String city, String segment) throws SQLException {
        if (pid == null) return null;
        Long id = customers.get(pid);
        if (id != null) return id;
        PreparedStatement ps = statement("INSERT INTO customer(pid, age_band, city, segment) VALUES (?,?,?,?) "
                + "ON CONFLICT(pid) DO UPDATE SET age_band = COALESCE(excluded.age_band, customer.age_band), "
                + "city = COALESCE(excluded.city, customer.city), segment = COALESCE(excluded.segment, customer.segment) RETURNING id");
        ps.setString(1, pid);
        ps.setString(2, ageBand);
        ps.setString(3, city);
        ps.setString(4, segment);
        id = returning(ps);
        customers.put(pid, id);
        return id;
    }

    private static long returning(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) ps.setNull(i, Types.INTEGER); else ps.setLong(i, v);
    }

    static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) ps.setNull(i, Types.REAL); else ps.setDouble(i, v);
    }

    private static String nz(String s) { return s == null ? "" : s; }
}
