package org.salestrack.store.sqlite;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.PureSales;

/**
 * Which cube month rollup answers a level of the monthly series, as the FROM clause that gives
 * {@link DimSql#fact}'s expressions their aliases: {@code c} the rollup (with {@code month}), {@code r} the
 * geography, {@code pv} the province, {@code ch} the channel and {@code p} the product (each joined only when
 * the level uses it). The province rollups keep province codes, which decide the sales region; the country
 * is read through them only when the region table gives each province one country, otherwise (and for
 * cities) from the rollups that keep region ids.
 */
final class SeriesRollup {
    private static final Set<Dimension> PRODUCTS = EnumSet.of(Dimension.CATEGORY, Dimension.SERIES, Dimension.MODEL, Dimension.SKU);
    private static final Set<Dimension> CHANNELS = EnumSet.of(Dimension.CHANNEL, Dimension.CHANNEL_TYPE);
    private static final Set<Dimension> GEOGRAPHY = EnumSet.of(Dimension.COUNTRY, Dimension.REGION, Dimension.PROVINCE, Dimension.CITY);

    /** Provinces the region table places in more than one country: with none, a province decides its country. */
    static final String PROVINCES_IN_SEVERAL_COUNTRIES = "SELECT COUNT(*) FROM (SELECT province FROM region GROUP BY province "
            + "HAVING COUNT(DISTINCT COALESCE(country, '')) > 1)";

    private SeriesRollup() {}

    static String from(List<Dimension> level, boolean provinceDecidesCountry) {
        return from(level, provinceDecidesCountry, PureSales.OFF, new java.util.ArrayList<>());
    }

    /**
     * With {@code pure} on, the months are summed from the day tables that keep province and channel, leaving out the
     * days a chosen campaign covers ({@link CoverSql}); its tags go to {@code args}.
     */
    static String from(List<Dimension> level, boolean provinceDecidesCountry, PureSales pure, List<Object> args) {
        boolean products = level.stream().anyMatch(PRODUCTS::contains);
        boolean channels = level.stream().anyMatch(CHANNELS::contains);
        boolean geography = level.stream().anyMatch(GEOGRAPHY::contains);
        boolean regionIds = level.contains(Dimension.CITY) || (level.contains(Dimension.COUNTRY) && !provinceDecidesCountry);
        String channelJoin = channels ? " LEFT JOIN channel ch ON ch.id = c.channel_id" : "";
        String productJoin = products ? " LEFT JOIN product p ON p.id = c.product_id" : "";
        if (regionIds) {
            String table = !pure.on() ? (products ? "cube_sp_month" : "cube_store_month")
                    : pureMonths(products ? "cube_sp_month" : "cube_store_month", products ? "sale_day c" : "cube_store_day c", true, products, pure, args);
            return grouped(table, "region_id", channels, products)
                    + " JOIN region r ON r.id = c.region_id LEFT JOIN province pv ON pv.code = r.province" + channelJoin + productJoin;
        }
        String table;
        if (pure.on()) table = pureMonths(products ? "cube_month" : "cube_pc_month", products ? "cube_day c" : "cube_pc_day c", false, products, pure, args);
        else if (!products) table = "cube_pc_month";
        else if (!geography) table = "cube_cp_month";
        else table = channels ? "cube_month" : "cube_pp_month";
        String geo = !geography ? ""
                : " LEFT JOIN (SELECT province, MIN(country) AS country FROM region GROUP BY province) r"
                        + " ON r.province = c.province LEFT JOIN province pv ON pv.code = c.province";
        return grouped(table, geography ? "province" : null, channels, products) + geo + channelJoin + productJoin;
    }

    /**
     * A month rollup keeping province (or region) and channel, less the day rows of the cells the chosen campaigns
     * cover, as one table of month, geography, channel_id[, product_id], qty and amount_e4.
     */
    private static String pureMonths(String monthTable, String dayTable, boolean regionIds, boolean products, PureSales pure,
                                     List<Object> args) {
        String geo = regionIds ? "region_id" : "province";
        String product = products ? ", product_id" : "";
        return "(SELECT month, " + geo + ", channel_id" + product + ", qty, amount_e4 FROM " + monthTable
                + " UNION ALL SELECT substr(c.sale_date, 1, 7), c." + geo + ", c.channel_id" + (products ? ", c.product_id" : "")
                + ", -c.qty, -c.amount_e4 FROM " + CoverSql.cells(pure, null, null, args) + CoverSql.join(dayTable, regionIds) + ")";
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
        return "(SELECT " + keys + ", SUM(qty) AS qty, SUM(amount_e4) AS amount_e4 FROM " + table + " GROUP BY " + keys + ") c";
    }
}
