package org.salestrack.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Which cube month rollup answers a level of {@link SeriesQuery}, as the FROM clause that gives its
 * expressions their aliases: {@code c} the rollup (with {@code month}), {@code r} the geography,
 * {@code pv} the province, {@code ch} the channel and {@code p} the product (each joined only when the level
 * uses it). The province rollups keep
 * province codes; country and region are read through them only when the region table gives each
 * province one country and one region, otherwise (and for cities) from the rollups that keep region ids.
 */
final class MonthRollup {
    private MonthRollup() {}

    static String from(List<String> level, Connection c) throws SQLException {
        boolean products = level.stream().anyMatch(l -> List.of("category", "series", "model", "sku").contains(l));
        boolean channels = level.contains("channel") || level.contains("channel_type");
        boolean city = level.contains("city");
        boolean regionOrCountry = level.contains("region") || level.contains("country");
        boolean geography = city || regionOrCountry || level.contains("province");
        boolean regionIds = city || (regionOrCountry && !provinceDecidesRegion(c));
        String channelJoin = channels ? " LEFT JOIN channel ch ON ch.id = c.channel_id" : "";
        String productJoin = products ? " LEFT JOIN product p ON p.id = c.product_id" : "";
        if (regionIds) {
            return grouped(products ? "cube_sp_month" : "cube_store_month", "region_id", channels, products)
                    + " JOIN region r ON r.id = c.region_id LEFT JOIN province pv ON pv.code = r.province" + channelJoin + productJoin;
        }
        String table;
        if (!products) table = "cube_pc_month";
        else if (!geography) table = "cube_cp_month";
        else table = channels ? "cube_month" : "cube_pp_month";
        String geo = !geography ? ""
                : " LEFT JOIN (SELECT province, MIN(country) AS country, MIN(region) AS region FROM region GROUP BY province) r"
                        + " ON r.province = c.province LEFT JOIN province pv ON pv.code = c.province";
        return grouped(table, geography ? "province" : null, channels, products) + geo + channelJoin + productJoin;
    }

    /**
     * The rollup summed over the keys the level does not use, before any dimension is joined: the joins
     * then run once per group of raw keys rather than once per rollup row.
     */
    private static String grouped(String table, String geography, boolean channels, boolean products) {
        StringBuilder keys = new StringBuilder("month");
        if (geography != null) keys.append(", ").append(geography);
        if (channels) keys.append(", channel_id");
        if (products) keys.append(", product_id");
        return "(SELECT " + keys + ", SUM(qty) AS qty, SUM(amount_cents) AS amount_cents FROM " + table + " GROUP BY " + keys + ") c";
    }

    /** True when every province of the region table has a single country and a single sales region. */
    private static boolean provinceDecidesRegion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM (SELECT province FROM region GROUP BY province "
                     + "HAVING COUNT(DISTINCT COALESCE(country, '')) > 1 OR COUNT(DISTINCT COALESCE(region, '')) > 1)")) {
            return rs.next() && rs.getLong(1) == 0;
        }
    }
}
