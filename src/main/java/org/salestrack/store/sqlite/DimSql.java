package org.salestrack.store.sqlite;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Slice;
import org.salestrack.store.sqlite.Source.Products;

/**
 * How each dimension reads in SQL. A query groups first by the raw column in the rollup (a province code,
 * a product id), which is cheap, and only then maps raw values to keys and labels through the dimension
 * tables, so the joins run once per group rather than once per rollup row.
 */
final class DimSql {
    /** The sale lines joined with every dimension table, as {@link #fact} reads them. */
    static final String FACTS = " FROM sale s JOIN region r ON r.id = s.region_id LEFT JOIN province pv ON pv.code = r.province "
            + "JOIN channel ch ON ch.id = s.channel_id LEFT JOIN dealer dl ON dl.id = s.dealer_id "
            + "LEFT JOIN store st ON st.id = s.store_id JOIN product p ON p.id = s.product_id ";
    /** The sale_day rollup joined with the dimension tables of the geography, channel and product levels. */
    static final String DAYS = " FROM sale_day s JOIN region r ON r.id = s.region_id LEFT JOIN province pv ON pv.code = r.province "
            + "JOIN channel ch ON ch.id = s.channel_id JOIN product p ON p.id = s.product_id ";

    private DimSql() {}

    /**
     * A dimension's value on a sale line (or a sale_day row) joined as in {@link #FACTS}. The region is the
     * sales region of the line's province, as in the cube, so that region totals agree everywhere and a
     * province sits under one region; a line without a Chinese province has the region ''.
     */
    static String fact(Dimension d) {
        return switch (d) {
            case COUNTRY -> "r.country";
            case REGION -> "COALESCE(pv.sales_region, '')";
            case PROVINCE -> "COALESCE(pv.name_zh, r.province)";
            case CITY -> "r.city";
            case CHANNEL -> "ch.name";
            case CHANNEL_TYPE -> "ch.type";
            case DEALER_TIER -> "COALESCE(dl.tier, '')";
            case DEALER -> "COALESCE(dl.code, '')";
            case STORE -> "COALESCE(st.code, '')";
            case CATEGORY -> "COALESCE(p.category, '')";
            case SERIES -> "COALESCE(p.series, '')";
            case MODEL -> "COALESCE(p.model, '')";
            case SKU -> "p.sku";
            case COUNTY, CUSTOMER_SEGMENT, CAMPAIGN -> throw new IllegalArgumentException("the workspace does not sum sales by " + d.id());
        };
    }

    /**
     * A cube key filter on the sale table's own columns (no join): ids directly, text-valued levels
     * through the small dimension tables. {@code in} is the placeholder list.
     */
    static String lineCondition(Dimension d, String in) {
        return switch (d) {
            case COUNTRY -> "s.region_id IN (SELECT id FROM region WHERE country IN " + in + ")";
            case REGION -> "s.region_id IN (SELECT r.id FROM region r JOIN province pv ON pv.code = r.province WHERE pv.sales_region IN " + in + ")";
            case PROVINCE -> "s.region_id IN (SELECT id FROM region WHERE province IN " + in + ")";
            case CITY -> "s.region_id IN (SELECT id FROM region WHERE city IN " + in + ")";
            case CHANNEL_TYPE -> "s.channel_id IN (SELECT id FROM channel WHERE type IN " + in + ")";
            case CHANNEL -> "s.channel_id IN " + in;
            case DEALER_TIER -> "s.dealer_id IN (SELECT id FROM dealer WHERE tier IN " + in + ")";
            // the cube keys a line without a dealer or store as 0 (the storeless row), so the same key finds it here
            case DEALER -> "COALESCE(s.dealer_id, 0) IN " + in;
            case STORE -> "COALESCE(s.store_id, 0) IN " + in;
            case CATEGORY -> "s.product_id IN (SELECT id FROM product WHERE COALESCE(category, '') IN " + in + ")";
            case SERIES -> "s.product_id IN (SELECT id FROM product WHERE COALESCE(series, '') IN " + in + ")";
            case MODEL -> "s.product_id IN (SELECT id FROM product WHERE COALESCE(model, '') IN " + in + ")";
            case SKU -> "s.product_id IN " + in;
            case COUNTY, CUSTOMER_SEGMENT, CAMPAIGN -> throw new IllegalArgumentException("the workspace does not filter sales by " + d.id());
        };
    }

    /** Whether a dimension's cube key is a row id (bound as a number) rather than text. */
    static boolean lineKeyIsId(Dimension d) {
        return d == Dimension.CHANNEL || d == Dimension.DEALER || d == Dimension.STORE || d == Dimension.SKU;
    }

    static IllegalArgumentException notInCube(Dimension d) {
        return new IllegalArgumentException("the cube's rollups do not keep " + d.id());
    }

    /** The raw column alias a dimension groups on, in a source keeping products as {@code products}. */
    static String raw(Dimension d, Products products) {
        return switch (d) {
            case REGION, PROVINCE -> "prov";
            case CITY -> "city";
            case CHANNEL_TYPE, CHANNEL -> "channel_id";
            case DEALER -> "dealer_id";
            case STORE -> "store_id";
            case CATEGORY -> products == Products.TEXT ? "category" : "product_id";
            case SERIES -> products == Products.TEXT ? "series" : "product_id";
            case MODEL, SKU -> "product_id";
            default -> throw notInCube(d);
        };
    }

    /**
     * The raw column's expression in one piece of a query; {@code prov} is where the piece keeps the
     * province, {@code products} how it keeps products (category and series text from ids go through the
     * product table joined as {@code pp}, see {@link #needsProduct}).
     */
    static String rawExpr(String raw, String prov, Products products) {
        return switch (raw) {
            case "prov" -> prov;
            case "city" -> "r.city";
            case "category", "series" -> products == Products.TEXT ? "c." + raw : "COALESCE(pp." + raw + ", '')";
            default -> "c." + raw;
        };
    }

    /** Whether a piece keeping products as {@code products} must join the product table for this raw column. */
    static boolean needsProduct(String raw, Products products) {
        return products != Products.TEXT && (raw.equals("category") || raw.equals("series"));
    }

    static String key(Dimension d, Products products) {
        if (products == Products.TEXT && (d == Dimension.CATEGORY || d == Dimension.SERIES)) return "x." + raw(d, products);
        return key(d);
    }

    static String label(Dimension d, Products products) {
        if (products == Products.TEXT && (d == Dimension.CATEGORY || d == Dimension.SERIES)) return "x." + raw(d, products);
        return label(d);
    }

    static String join(Dimension d, Products products) {
        if (products == Products.TEXT && (d == Dimension.CATEGORY || d == Dimension.SERIES)) return "";
        return join(d);
    }

    private static String key(Dimension d) {
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
            default -> throw notInCube(d);
        };
    }

    private static String label(Dimension d) {
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
    private static String join(Dimension d) {
        return switch (d) {
            case REGION, PROVINCE -> "LEFT JOIN province pv ON pv.code = x.prov";
            case CITY -> "";
            case CHANNEL_TYPE, CHANNEL -> "LEFT JOIN channel ch ON ch.id = x.channel_id";
            case DEALER -> "LEFT JOIN dealer dl ON dl.id = x.dealer_id";
            case STORE -> "LEFT JOIN store st ON st.id = x.store_id";
            case CATEGORY, SERIES, MODEL, SKU -> "LEFT JOIN product p ON p.id = x.product_id";
            default -> throw notInCube(d);
        };
    }

    /**
     * A filter keeping the given keys (n placeholders, {@link #bindings} times over), over a piece of
     * {@code source} that keeps products as {@code products}. Geography filters on the store families go
     * through region ids, which lead their keys after the period, so they seek rather than scan.
     */
    static String filter(Dimension d, Source source, Products products, int n) {
        String in = "(" + "?,".repeat(n - 1) + "?)";
        String prov = source.province;
        if (source.regionIds()) {
            switch (d) {
                case REGION -> { return "c.region_id IN (SELECT r2.id FROM region r2 JOIN province p2 ON p2.code = r2.province "
                        + "WHERE p2.sales_region IN " + in + ")"; }
                case PROVINCE -> { return "c.region_id IN (SELECT id FROM region WHERE province IN " + in + ")"; }
                case CITY -> { return "c.region_id IN (SELECT id FROM region WHERE city IN " + in + ")"; }
                default -> { }
            }
        }
        if (products == Products.TEXT && d == Dimension.CATEGORY) return "c.category IN " + in;
        // the category first, so the series filter seeks on the table's key (category, series, month...)
        if (products == Products.TEXT && d == Dimension.SERIES) {
            return "c.category IN (SELECT COALESCE(category, '') FROM product WHERE COALESCE(series, '') IN " + in + ") AND c.series IN " + in;
        }
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
            default -> throw notInCube(d);
        };
    }

    /**
     * The slice's member filters as {@code " AND ..."} clauses with their arguments: kept members, then
     * left-out ones. COALESCE: a line without the level (an online line has no store) is not one of the
     * left-out members.
     */
    static String where(Slice slice, Source source, Products products, List<Object> args) {
        StringBuilder sql = new StringBuilder();
        for (Map.Entry<Dimension, Set<String>> f : slice.members().entrySet()) {
            sql.append(" AND ").append(filter(f.getKey(), source, products, f.getValue().size()));
            bind(f.getKey(), f.getValue(), products, args);
        }
        for (Map.Entry<Dimension, Set<String>> f : slice.excluded().entrySet()) {
            sql.append(" AND NOT COALESCE(").append(filter(f.getKey(), source, products, f.getValue().size())).append(", 0)");
            bind(f.getKey(), f.getValue(), products, args);
        }
        return sql.toString();
    }

    private static void bind(Dimension d, Set<String> keys, Products products, List<Object> args) {
        for (int i = 0; i < bindings(d, products); i++) {
            for (String k : keys) args.add(numericKey(d) ? parseId(k) : k);
        }
    }

    static Object parseId(String k) {
        try {
            return Long.parseLong(k);
        } catch (NumberFormatException e) {
            return k;
        }
    }

    /** How many times a filter's keys are bound. */
    static int bindings(Dimension d, Products products) { return products == Products.TEXT && d == Dimension.SERIES ? 2 : 1; }

    /** Whether the dimension's keys are numeric ids (bound as numbers so indexes apply). */
    static boolean numericKey(Dimension d) {
        return d == Dimension.CHANNEL || d == Dimension.DEALER || d == Dimension.STORE || d == Dimension.SKU;
    }
}
