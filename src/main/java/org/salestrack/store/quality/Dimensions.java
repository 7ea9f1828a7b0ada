package org.salestrack.store.quality;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.salestrack.model.ChannelType;
import org.salestrack.model.Provinces;

/**
 * The dimension rows the validation facts refer to, read once into maps. Resolving ids in Java instead of
 * joining in SQL keeps the million-line read a plain table scan, and every line of a store shares one
 * String instance for its code instead of a copy per line.
 */
final class Dimensions {
    record Channel(String name, ChannelType type) {}
    record Store(String code, Double lat, Double lon) {}
    record Dealer(String code, String province, Double lat, Double lon) {}
    record Product(String sku, LocalDate launch, Long listPriceE4) {}

    final Map<Long, Channel> channels = new HashMap<>();
    final Map<Long, Store> stores = new HashMap<>();
    final Map<Long, Dealer> dealers = new HashMap<>();
    final Map<String, Dealer> dealersByCode = new HashMap<>();
    final Map<Long, String> regionProvince = new HashMap<>();
    final Map<Long, Product> products = new HashMap<>();
    final Map<Long, String> customers = new HashMap<>();
    final Map<Long, String> batchFiles = new HashMap<>();
    /** Shared by the threads that read sales side by side. */
    private final Map<String, String> provinceCodes = new ConcurrentHashMap<>();

    static Dimensions read(Connection c) throws SQLException {
        Dimensions d = new Dimensions();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT id, name, type FROM channel")) {
                while (rs.next()) d.channels.put(rs.getLong(1), new Channel(rs.getString(2), ChannelType.parse(rs.getString(3))));
            }
            try (ResultSet rs = s.executeQuery("SELECT id, code, lat, lon FROM store")) {
                while (rs.next()) d.stores.put(rs.getLong(1), new Store(rs.getString(2), real(rs, 3), real(rs, 4)));
            }
            try (ResultSet rs = s.executeQuery("SELECT id, code, province, lat, lon FROM dealer")) {
                while (rs.next()) {
                    Dealer dealer = new Dealer(rs.getString(2), d.province(rs.getString(3)), real(rs, 4), real(rs, 5));
                    d.dealers.put(rs.getLong(1), dealer);
                    d.dealersByCode.put(dealer.code(), dealer);
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT id, province FROM region")) {
                while (rs.next()) d.regionProvince.put(rs.getLong(1), d.province(rs.getString(2)));
            }
            try (ResultSet rs = s.executeQuery("SELECT id, sku, launch_date, list_price_e4 FROM product")) {
                while (rs.next()) {
                    String launch = rs.getString(3);
                    long list = rs.getLong(4);
                    d.products.put(rs.getLong(1), new Product(rs.getString(2),
                            launch == null || launch.length() < 10 ? null : LocalDate.parse(launch.substring(0, 10)),
                            rs.wasNull() ? null : list));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT id, pid FROM customer")) {
                while (rs.next()) d.customers.put(rs.getLong(1), rs.getString(2));
            }
            try (ResultSet rs = s.executeQuery("SELECT id, file_name FROM import_batch")) {
                while (rs.next()) d.batchFiles.put(rs.getLong(1), rs.getString(2));
            }
        }
        return d;
    }

    /** GB/T 2260 code for any spelling, the text as given when it names no Chinese province; null for blank. */
    String province(String text) {
        if (text == null || text.isBlank()) return null;
        return provinceCodes.computeIfAbsent(text, t -> Provinces.get().normalise(t).orElse(t));
    }

    private static Double real(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }
}
