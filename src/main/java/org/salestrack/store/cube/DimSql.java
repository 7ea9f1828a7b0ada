package org.salestrack.store.cube;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.salestrack.model.cube.Dim;
import org.salestrack.model.cube.Slice;
import org.salestrack.store.cube.Source.Products;

/**
 * How each dimension reads in SQL. A query groups first by the raw column in the rollup (a province code,
 * a product id), which is cheap, and only then maps raw values to keys and labels through the dimension
 * tables, so the joins run once per group rather than once per rollup row.
 */
final class DimSql {
    private DimSql() {}

    /** The raw column alias a dimension groups on, in a source keeping products as {@code products}. */
    static String raw(Dim d, Products products) {
        return switch (d) {
            case REGION, PROVINCE -> "prov";
            case CITY -> "city";
            case CHANNEL_TYPE, CHANNEL -> "channel_id";
            case DEALER -> "dealer_id";
            case STORE -> "store_id";
            case CATEGORY -> products == Products.TEXT ? "category" : "product_id";
            case SERIES -> products == Products.TEXT ? "series" : "product_id";
            case MODEL, SKU -> "product_id";
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

    static String key(Dim d, Products products) {
        if (products == Products.TEXT && (d == Dim.CATEGORY || d == Dim.SERIES)) return "x." + raw(d, products);
        return key(d);
    }

    static String label(Dim d, Products products) {
        if (products == Products.TEXT && (d == Dim.CATEGORY || d == Dim.SERIES)) return "x." + raw(d, products);
        return label(d);
    }

    static String join(Dim d, Products products) {
        if (products == Products.TEXT && (d == Dim.CATEGORY || d == Dim.SERIES)) return "";
        return join(d);
    }

    private static String key(Dim d) {
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

    private static String label(Dim d) {
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
    private static String join(Dim d) {
        return switch (d) {
            case REGION, PROVINCE -> "LEFT JOIN province pv ON pv.code = x.prov";
            case CITY -> "";
            case CHANNEL_TYPE, CHANNEL -> "LEFT JOIN channel ch ON ch.id = x.channel_id";
            case DEALER -> "LEFT JOIN dealer dl ON dl.id = x.dealer_id";
            case STORE -> "LEFT JOIN store st ON st.id = x.store_id";
            case CATEGORY, SERIES, MODEL, SKU -> "LEFT JOIN product p ON p.id = x.product_id";
        };
    }

    /**
     * A filter keeping the given keys (n placeholders, {@link #bindings} times over), over a piece of
     * {@code source} that keeps products as {@code products}. Geography filters on the store families go
     * through region ids, which lead their keys after the period, so they seek rather than scan.
     */
    static String filter(Dim d, Source source, Products products, int n) {
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
        if (products == Products.TEXT && d == Dim.CATEGORY) return "c.category IN " + in;
        // the category first, so the series filter seeks on the table's key (category, series, month...)
        if (products == Products.TEXT && d == Dim.SERIES) {
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
        };
    }

    /**
     * The slice's member filters as {@code " AND ..."} clauses with their arguments: kept members, then
     * left-out ones. COALESCE: a line without the level (an online line has no store) is not one of the
     * left-out members.
     */
    static String where(Slice slice, Source source, Products products, List<Object> args) {
        StringBuilder sql = new StringBuilder();
        for (Map.Entry<Dim, Set<String>> f : slice.members().entrySet()) {
            sql.append(" AND ").append(filter(f.getKey(), source, products, f.getValue().size()));
            bind(f.getKey(), f.getValue(), products, args);
        }
        for (Map.Entry<Dim, Set<String>> f : slice.excluded().entrySet()) {
            sql.append(" AND NOT COALESCE(").append(filter(f.getKey(), source, products, f.getValue().size())).append(", 0)");
            bind(f.getKey(), f.getValue(), products, args);
        }
        return sql.toString();
    }

    private static void bind(Dim d, Set<String> keys, Products products, List<Object> args) {
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
    static int bindings(Dim d, Products products) { return products == Products.TEXT && d == Dim.SERIES ? 2 : 1; }

    /** Whether the dimension's keys are numeric ids (bound as numbers so indexes apply). */
    static boolean numericKey(Dim d) {
        return d == Dim.CHANNEL || d == Dim.DEALER || d == Dim.STORE || d == Dim.SKU;
    }
}
