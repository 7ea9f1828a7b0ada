package org.salestrack.model;

import java.util.List;
import java.util.Locale;

/** The kinds of record a mapping profile can map a file onto, with their canonical fields (DESIGN.md). */
public enum RecordKind {
    SALES("sales", List.of("sold_at", "sku", "qty"),
            List.of("order_id", "line_no", "sold_at", "channel", "channel_type", "store_code", "dealer_code",
                    "country", "region", "province", "city", "postal_code", "sku", "product_name", "model",
                    "series", "category", "qty", "unit_price", "amount", "discount_rate", "discount_amount",
                    "margin", "currency", "customer_id", "customer_name", "customer_phone", "customer_segment",
                    "customer_age_band", "imei", "waybill", "campaign_code", "ship_province", "ship_lat",
                    "ship_lon", "status", "pickup", "county")),
    SELL_IN("sell_in", List.of("shipped_at", "dealer_code", "sku", "qty"),
            List.of("shipped_at", "dealer_code", "dealer_tier", "sku", "qty", "amount", "province")),
    STOCK("stock", List.of("as_of", "location_code", "sku", "on_hand"),
            List.of("as_of", "location_code", "location_type", "sku", "on_hand", "in_transit")),
    SPEND("spend", List.of("date", "channel", "spend"),
            List.of("date", "channel", "campaign_code", "spend", "impressions", "clicks")),
    CAMPAIGN("campaign", List.of("campaign_code", "starts", "ends"),
            List.of("campaign_code", "name", "tag", "starts", "ends", "channels", "region", "promo_type", "budget")),
    TOUCHPOINT("touchpoint", List.of("customer_id", "at", "channel"),
            List.of("customer_id", "at", "channel", "order_id")),
    DEALER("dealer", List.of("dealer_code"),
            List.of("dealer_code", "name", "tier", "grade", "province", "city", "lat", "lon", "parent_code", "digital_tools")),
    STORE("store", List.of("store_code"),
            List.of("store_code", "name", "dealer_code", "channel", "store_type", "province", "city", "lat", "lon", "county")),
    PRODUCT("product", List.of("sku"),
            List.of("sku", "product_name", "model", "series", "category", "launch_date", "list_price", "unit_cost")),
    TARGET("target", List.of("period", "qty"),
            List.of("period", "dealer_code", "region", "qty", "amount")),
    DEALER_SERVICE("dealer_service", List.of("period", "dealer_code"),
            List.of("period", "dealer_code", "nps", "complaints", "resolved_48h")),
    MARKET("market", List.of("period", "province", "units"),
            List.of("period", "province", "category", "brand", "price_band", "units", "value")),
    COMPETITOR_EVENT("competitor_event", List.of("brand", "date", "event"),
            List.of("brand", "model", "date", "event", "region", "category", "price_before", "price_after")),
    POLICY("policy", List.of("name", "starts", "ends"),
            List.of("name", "region", "starts", "ends", "category", "rate", "cap", "max_price")),
    REVIEW("review", List.of("review_id", "at", "text"),
            List.of("review_id", "at", "channel", "sku", "product_name", "order_id", "rating", "text")),
    TICKET("ticket", List.of("ticket_id", "opened_at", "text"),
            List.of("ticket_id", "opened_at", "resolved_at", "channel", "store_code", "dealer_code", "sku", "category",
                    "status", "text"));

    private final String id;
    private final List<String> required;
    private final List<String> fields;

    RecordKind(String id, List<String> required, List<String> fields) {
        this.id = id;
        this.required = required;
        this.fields = fields;
    }

    public String id() { return id; }

    /** Fields that must be mapped; for sales, one of amount or unit_price is required too. */
    public List<String> required() { return required; }

    public List<String> fields() { return fields; }

    public static RecordKind of(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        for (RecordKind k : values()) {
            if (k.id.equals(wanted)) return k;
        }
        throw new IllegalArgumentException("unknown record kind '" + id + "'");
    }
}
