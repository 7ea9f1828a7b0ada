package org.salestrack.store.cube;

import org.salestrack.model.cube.Dim;

/**
 * How each dimension reads in SQL. A query groups first by the raw column in the rollup (a province code,
 * a product id), which is cheap, and only then maps raw values to keys and labels through the dimension
 * tables, so the joins run once per group rather than once per rollup row.
 */
final class DimSql {
    private DimSql() {}

    /** The raw column alias a dimension groups on. */
    static String raw(Dim d) {
        return switch (d) {
            case REGION, PROVINCE -> "prov";
            case CITY -> "city";
            case CHANNEL_TYPE, CHANNEL -> "channel_id";
            case DEALER -> "dealer_id";
            case STORE -> "store_id";
            case CATEGORY, SERIES, MODEL, SKU -> "product_id";
        };
    }

    /** The raw column's expression in a source; {@code prov} is where the source keeps the province. */
    static String rawExpr(String raw, String prov) {
        return switch (raw) {
            case "prov" -> prov;
            case "city" -> "r.city";
            default -> "c." + raw;
        };
    }

    static String key(Dim d) {
        return switch (d) {
            case REGION -> "COALESCE(pv.sales_region, '')";
            case PROVINCE -> "x.prov";
            case CITY -> "x.city";
            case CHANNEL_TYPE -> "ch.type";
            case CHANNEL -> "x.channel_id";
            case DEALER -> "x.dealer_id";
            case STORE -> "x.store_id";
            case CATEGORY -> "COALESCE(p.category, '')";
            case SERIES -> "COALESCE(p.series, '')";
            case MODEL -> "COALESCE(p.model, '')";
            case SKU -> "x.product_id";
        };
    }

    static String label(Dim d) {
        return switch (d) {
            case PROVINCE -> "COALESCE(pv.name_zh, x.prov)";
            case CHANNEL -> "ch.name";
            case DEALER -> "COALESCE(dl.code || COALESCE(' ' || dl.name, ''), '')";
            case STORE -> "COALESCE(st.code || COALESCE(' ' || st.name, ''), '')";
            case SKU -> "p.sku || COALESCE(' ' || p.name, '')";
            default -> key(d);
        };
    }

    /** The join the outer query needs for a dimension's key or label. */
    static String join(Dim d) {
        return switch (d) {
            case REGION, PROVINCE -> "LEFT JOIN province pv ON pv.code = x.prov";
            case CITY -> "";
            case CHANNEL_TYPE, CHANNEL -> "LEFT JOIN channel ch ON ch.id = x.channel_id";
            case DEALER -> "LEFT JOIN dealer dl ON dl.id = x.dealer_id";
            case STORE -> "LEFT JOIN store st ON st.id = x.store_id";
            case CATEGORY, SERIES, MODEL, SKU -> "LEFT JOIN product p ON p.id = x.product_id";
        };
    }

    /** A filter keeping the given keys (n placeholders), over a source that keeps the province in {@code prov}. */
    static String filter(Dim d, String prov, int n) {
        String in = "(" + "?,".repeat(n - 1) + "?)";
        return switch (d) {
            case REGION -> prov + " IN (SELECT code FROM province WHERE sales_region IN " + in + ")";
            case PROVINCE -> prov + " IN " + in;
            case CITY -> "r.city IN " + in;
            case CHANNEL_TYPE -> "c.channel_id IN (SELECT id FROM channel WHERE type IN " + in + ")";
            case CHANNEL -> "c.channel_id IN " + in;
            case DEALER -> "c.dealer_id IN " + in;
            case STORE -> "c.store_id IN " + in;
            case CATEGORY -> "c.product_id IN (SELECT id FROM product WHERE COALESCE(category, '') IN " + in + ")";
            case SERIES -> "c.product_id IN (SELECT id FROM product WHERE COALESCE(series, '') IN " + in + ")";
            case MODEL -> "c.product_id IN (SELECT id FROM product WHERE COALESCE(model, '') IN " + in + ")";
            case SKU -> "c.product_id IN " + in;
        };
    }

    /** Whether the dimension's keys are numeric ids (bound as numbers so indexes apply). */
    static boolean numericKey(Dim d) {
        return d == Dim.CHANNEL || d == Dim.DEALER || d == Dim.STORE || d == Dim.SKU;
    }
}
