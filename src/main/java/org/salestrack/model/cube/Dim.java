package org.salestrack.model.cube;

/**
 * The dimensions the workbench filters and drills by. Keys are stable ids (province codes, product ids,
 * channel ids) or the text itself for text-valued levels (region, city, category, series, model).
 */
public enum Dim {
    REGION, PROVINCE, CITY, CHANNEL_TYPE, CHANNEL, DEALER, STORE, CATEGORY, SERIES, MODEL, SKU;

    /** Levels kept in the province-grain rollups; the others need the detailed sale_day rollup. */
    public boolean inProvinceRollup() {
        return switch (this) {
            case CITY, DEALER, STORE -> false;
            default -> true;
        };
    }

    /** Levels kept in the smallest rollups (province x channel). */
    public boolean inProvinceChannelRollup() {
        return this == REGION || this == PROVINCE || this == CHANNEL_TYPE || this == CHANNEL;
    }

    /** Levels kept in the channel x product rollups (no geography). */
    public boolean inChannelProductRollup() {
        return switch (this) {
            case CHANNEL_TYPE, CHANNEL, CATEGORY, SERIES, MODEL, SKU -> true;
            default -> false;
        };
    }

    /** Levels kept in the store-grain rollups (no products). */
    public boolean inStoreRollup() {
        return switch (this) {
            case CATEGORY, SERIES, MODEL, SKU -> false;
            default -> true;
        };
    }

    public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
}
