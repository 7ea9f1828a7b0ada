package org.salestrack.model;

import java.util.Map;

/** The value type of each canonical field, shared by every kind that has the field. */
public enum FieldType {
    TEXT, INTEGER, MONEY, DECIMAL, SHARE, DATE, DATE_TIME, PERIOD, PROVINCE, BOOLEAN;

    private static final Map<String, FieldType> BY_FIELD = Map.ofEntries(
            Map.entry("line_no", INTEGER), Map.entry("qty", INTEGER), Map.entry("on_hand", INTEGER),
            Map.entry("in_transit", INTEGER), Map.entry("impressions", INTEGER), Map.entry("clicks", INTEGER),
            Map.entry("complaints", INTEGER), Map.entry("units", INTEGER),
            Map.entry("rating", INTEGER), Map.entry("opened_at", DATE_TIME), Map.entry("resolved_at", DATE_TIME),
            Map.entry("unit_price", MONEY), Map.entry("amount", MONEY), Map.entry("discount_amount", MONEY),
            Map.entry("margin", MONEY), Map.entry("spend", MONEY), Map.entry("budget", MONEY),
            Map.entry("list_price", MONEY), Map.entry("unit_cost", MONEY),
            Map.entry("value", MONEY), Map.entry("price_before", MONEY), Map.entry("price_after", MONEY),
            Map.entry("cap", MONEY), Map.entry("max_price", MONEY), Map.entry("rate", SHARE),
            Map.entry("ship_lat", DECIMAL), Map.entry("ship_lon", DECIMAL), Map.entry("lat", DECIMAL),
            Map.entry("lon", DECIMAL), Map.entry("nps", DECIMAL),
            Map.entry("discount_rate", SHARE), Map.entry("resolved_48h", SHARE),
            Map.entry("shipped_at", DATE), Map.entry("as_of", DATE), Map.entry("date", DATE),
            Map.entry("starts", DATE), Map.entry("ends", DATE), Map.entry("launch_date", DATE),
            Map.entry("sold_at", DATE_TIME), Map.entry("at", DATE_TIME),
            Map.entry("period", PERIOD),
            Map.entry("province", PROVINCE), Map.entry("ship_province", PROVINCE),
            Map.entry("pickup", BOOLEAN), Map.entry("digital_tools", BOOLEAN));

    public static FieldType of(String field) {
        return BY_FIELD.getOrDefault(field, TEXT);
    }
}
