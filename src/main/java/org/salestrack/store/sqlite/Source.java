package org.salestrack.store.sqlite;

import java.util.EnumSet;
import java.util.Set;
import org.salestrack.model.Dimension;

/**
 * The rollup families a cube query can read, smallest first. Each has a month table, maybe a week table,
 * and a day table; a query reads the first family that holds every dimension it groups or filters by.
 */
enum Source {
    /** province x channel: totals, trends, channel mix, the map, region and province levels */
    PROVINCE_CHANNEL("cube_pc_month c", "cube_pc_week c", "cube_pc_day c", "c.province", Products.NONE),
    /** channel x product without geography: SKU rankings and product drill-downs */
    CHANNEL_PRODUCT("cube_cp_month c", "cube_cp_week c", "cube_cp_day c", "''", Products.ID),
    /** province x product without channels: product rankings and the map under region or product filters */
    PROVINCE_PRODUCT_ONLY("cube_pp_month c", "cube_pp_week c", "cube_pp_day c", "c.province", Products.ID),
    /** province x channel x product */
    PROVINCE_PRODUCT("cube_month c", "cube_week c", "cube_day c", "c.province", Products.ID),
    /** stores, dealers and cities without products */
    STORE("cube_store_month c", "cube_store_week c", "cube_store_day c", "r.province",
            Products.NONE),
    /** stores under a category or series; its days come from sale_day, which keeps product ids */
    STORE_SERIES("cube_ss_month c", "cube_ss_week c", "sale_day c", "r.province", Products.TEXT),
    /** stores under a model or SKU: everything */
    STORE_PRODUCT("cube_sp_month c", null, "sale_day c", "r.province", Products.ID);

    /** How a source keeps the product: not at all, as an id, or as category and series text. */
    enum Products { NONE, ID, TEXT }

    /** the join the store families need to group by province or city */
    static final String REGION = " JOIN region r ON r.id = c.region_id";

    final String monthTable;
    final String weekTable;
    final String dayTable;
    /** where the source keeps the province code */
    final String province;
    /** how the month table keeps products (day tables of the store families keep ids) */
    final Products products;

    Source(String monthTable, String weekTable, String dayTable, String province, Products products) {
        this.monthTable = monthTable;
        this.weekTable = weekTable;
        this.dayTable = dayTable;
        this.province = province;
        this.products = products;
    }

    /** The smallest source holding every dimension in {@code touched}. */
    static Source smallestFor(Set<Dimension> touched) {
        for (Source s : values()) if (touched.stream().allMatch(s::holds)) return s;
        return STORE_PRODUCT;
    }

    /** The dimensions the rollups answer at all: the store family with products keeps every one of them. */
    static final Set<Dimension> CUBE = EnumSet.of(Dimension.REGION, Dimension.PROVINCE, Dimension.CITY, Dimension.CHANNEL_TYPE,
            Dimension.CHANNEL, Dimension.DEALER, Dimension.STORE, Dimension.CATEGORY, Dimension.SERIES, Dimension.MODEL, Dimension.SKU);
    private static final Set<Dimension> GEOGRAPHY = EnumSet.of(Dimension.REGION, Dimension.PROVINCE);
    private static final Set<Dimension> CHANNELS = EnumSet.of(Dimension.CHANNEL_TYPE, Dimension.CHANNEL);
    private static final Set<Dimension> PRODUCTS = EnumSet.of(Dimension.CATEGORY, Dimension.SERIES, Dimension.MODEL, Dimension.SKU);
    private static final Set<Dimension> OUTLETS = EnumSet.of(Dimension.CITY, Dimension.DEALER, Dimension.STORE);

    boolean holds(Dimension d) {
        return switch (this) {
            case PROVINCE_CHANNEL -> GEOGRAPHY.contains(d) || CHANNELS.contains(d);
            case CHANNEL_PRODUCT -> CHANNELS.contains(d) || PRODUCTS.contains(d);
            case PROVINCE_PRODUCT_ONLY -> GEOGRAPHY.contains(d) || PRODUCTS.contains(d);
            case PROVINCE_PRODUCT -> GEOGRAPHY.contains(d) || CHANNELS.contains(d) || PRODUCTS.contains(d);
            case STORE -> GEOGRAPHY.contains(d) || CHANNELS.contains(d) || OUTLETS.contains(d);
            case STORE_SERIES -> CUBE.contains(d) && d != Dimension.MODEL && d != Dimension.SKU;
            case STORE_PRODUCT -> CUBE.contains(d);
        };
    }

    String table(Split.Level level) {
        return switch (level) {
            case MONTH -> monthTable;
            case WEEK -> weekTable;
            case DAY -> dayTable;
        };
    }

    /** How a piece read at this level keeps products: the day tables of the store families keep ids. */
    Products products(Split.Level level) { return level == Split.Level.DAY && this == STORE_SERIES ? Products.ID : products; }

    boolean hasWeeks() { return weekTable != null; }

    /** Whether the source keeps region ids (the store families) rather than province codes. */
    boolean regionIds() { return this == STORE || this == STORE_SERIES || this == STORE_PRODUCT; }
}
