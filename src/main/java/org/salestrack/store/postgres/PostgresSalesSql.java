package org.salestrack.store.postgres;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.salestrack.model.Dimension;
import org.salestrack.model.SaleStatus;
import org.salestrack.model.cube.Grain;
import org.salestrack.model.cube.Slice;
import org.salestrack.model.report.ReportSection;
import org.salestrack.store.CountedSale;
import org.salestrack.store.SalesSql;
import org.salestrack.store.sqlite.SqliteSalesSql;

/**
 * The national store's PostgreSQL dialect of the sales queries. Its tables carry the workspace's names and
 * columns, so the texts that are plain SQL (a dimension's value on a line, the lines joined with their
 * dimensions) are the workspace's own; what differs is said here: ISO weeks, text ordered byte-wise as
 * SQLite orders it, and the rollups. The cube reads {@code sale_pc_month} (province x channel x month) when a
 * query touches only geography and channels in whole months, else {@code sale_day}.
 */
public final class PostgresSalesSql implements SalesSql {
    public static final PostgresSalesSql INSTANCE = new PostgresSalesSql();

    private static final SalesSql SHARED = SqliteSalesSql.INSTANCE;
    private static final Set<Dimension> PROVINCE_CHANNEL = EnumSet.of(Dimension.REGION, Dimension.PROVINCE, Dimension.CHANNEL,
            Dimension.CHANNEL_TYPE);
    private static final String PAID = "'" + SaleStatus.PAID.id() + "'";
    /** sale_day joined with every dimension its cube keys and labels read */
    private static final String DAYS = " FROM sale_day c JOIN region r ON r.id = c.region_id LEFT JOIN province pv ON pv.code = r.province "
            + "JOIN channel ch ON ch.id = c.channel_id LEFT JOIN dealer dl ON dl.id = c.dealer_id LEFT JOIN store st ON st.id = c.store_id "
            + "JOIN product p ON p.id = c.product_id";
    private static final String MONTHS = " FROM sale_pc_month c LEFT JOIN province pv ON pv.code = c.province JOIN channel ch ON ch.id = c.channel_id";

    private PostgresSalesSql() {}

    @Override
    public List<Dimension> summaryDimensions() { return SHARED.summaryDimensions(); }

    @Override
    public List<Dimension> seriesDimensions() { return SHARED.seriesDimensions(); }

    @Override
    public Set<Dimension> cubeDimensions() { return SHARED.cubeDimensions(); }

    @Override
    public String dimension(Dimension d) { return SHARED.dimension(d); }

    @Override
    public String factsWithDimensions() { return SHARED.factsWithDimensions(); }

    /** A period key of a day column (YYYY-MM-DD), the keys {@link Grain#key} computes. */
    static String period(Grain g, String day) {
        return switch (g) {
            case DAY -> day;
            case WEEK -> "to_char(CAST(" + day + " AS date), 'IYYY-\"W\"IW')";
            case MONTH -> "substr(" + day + ", 1, 7)";
            case QUARTER -> "substr(" + day + ", 1, 4) || '-Q' || ((CAST(substr(" + day + ", 6, 2) AS INTEGER) + 2) / 3)";
            case YEAR -> "substr(" + day + ", 1, 4)";
        };
    }

    /** Text ordered by its bytes, as SQLite orders it, whatever the database's collation. */
    private static String bytewise(String expr) { return expr + " COLLATE \"C\""; }

    @Override
    public String summary(List<Enum<?>> groups, boolean fromDay, boolean toDay) {
        List<String> exprs = new ArrayList<>();
        for (Enum<?> g : groups) {
            if (g instanceof Grain grain) exprs.add(period(grain, "s.sale_date"));
            else if (g instanceof Dimension d && summaryDimensions().contains(d)) exprs.add(dimension(d));
            else throw new IllegalArgumentException("the summary does not group by " + g);
        }
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < exprs.size(); i++) sql.append(exprs.get(i)).append(" AS k").append(i).append(", ");
        sql.append("COUNT(*), ").append(CountedSale.ORDERS).append(", SUM(s.qty), SUM(s.amount_e4), SUM(COALESCE(s.margin_e4, 0))")
                .append(factsWithDimensions()).append("WHERE ").append(CountedSale.where("s"));
        if (fromDay) sql.append(" AND s.sale_date >= ?");
        if (toDay) sql.append(" AND s.sale_date <= ?");
        if (!exprs.isEmpty()) {
            List<String> keys = new ArrayList<>();
            List<String> order = new ArrayList<>();
            for (int i = 0; i < exprs.size(); i++) {
                keys.add("k" + i);
                order.add(bytewise("k" + i));
            }
            sql.append(" GROUP BY ").append(String.join(", ", keys));
            // ORDER BY may name an output column but not use one in an expression: order outside
            return "SELECT * FROM (" + sql + ") q ORDER BY " + String.join(", ", order);
        }
        return sql.toString();
    }

    @Override
    public String monthlySeries(List<Dimension> level, boolean provinceDecidesCountry) {
        List<String> keys = new ArrayList<>();
        List<String> order = new ArrayList<>();
        for (Dimension d : level) {
            if (!seriesDimensions().contains(d)) throw new IllegalArgumentException("the series do not group by " + d.id());
            keys.add(dimension(d));
            order.add(bytewise(dimension(d)));
        }
        String k = keys.isEmpty() ? "" : String.join(", ", keys) + ", ";
        String o = order.isEmpty() ? "" : String.join(", ", order) + ", ";
        // the months bounded through sale_day's date index (national V7 dropped its month index): a day of month M or later
        // sorts at or after 'M', a day of M or earlier at or before M's '-31'
        return "SELECT " + k + "c.month AS m, SUM(c.qty), SUM(c.amount_e4)" + DAYS + " WHERE (CAST(? AS text) IS NULL OR c.sale_date >= ?) "
                + "AND (CAST(? AS text) IS NULL OR c.sale_date <= CAST(? AS text) || '-31') GROUP BY " + k + "m ORDER BY " + o + "m";
    }

    @Override
    public String provincesInSeveralCountries() {
        return "SELECT COUNT(*) FROM (SELECT province FROM region WHERE province <> '' GROUP BY province HAVING COUNT(DISTINCT country) > 1) x";
    }

    @Override
    public String lastSaleDate() { return "SELECT MAX(sale_date) FROM sale_day"; }

    /** The store keeps two rollups, both current after every publish: province x channel x month, and the day rollup with every id. */
    @Override
    public String monthRollup(MonthRollup rollup) {
        return rollup == MonthRollup.PROVINCE_CHANNEL ? "sale_pc_month" : "sale_day";
    }

    /**
     * The sheets of sales, sell-in, stock, targets, the findings and the batches; the store holds spend, the panel,
     * reviews and tickets too, but their sheets are not read from it yet (forecast runs, customers and inventory
     * parameters stay in workspaces).
     */
    @Override
    public Set<ReportSection> reportSections() {
        return EnumSet.of(ReportSection.SUMMARY, ReportSection.REGIONS, ReportSection.PROVINCES, ReportSection.SERIES, ReportSection.DEALERS,
                ReportSection.QUALITY, ReportSection.PROVENANCE, ReportSection.DETAIL);
    }

    @Override
    public String span() { return "SELECT MIN(sale_date), MAX(sale_date) FROM sale_day"; }

    @Override
    public String members(Dimension d) {
        String sql = switch (d) {
            case REGION -> "SELECT DISTINCT pv.sales_region, pv.sales_region, '' FROM region r JOIN province pv ON pv.code = r.province "
                    + "WHERE pv.sales_region <> ''";
            case PROVINCE -> "SELECT DISTINCT r.province, COALESCE(pv.name_zh, r.province), COALESCE(pv.sales_region, '') "
                    + "FROM region r LEFT JOIN province pv ON pv.code = r.province WHERE r.province <> ''";
            case CITY -> "SELECT DISTINCT city, city, province FROM region WHERE city <> ''";
            case CHANNEL_TYPE -> "SELECT DISTINCT type, type, '' FROM channel";
            case CHANNEL -> "SELECT CAST(id AS text), name, type FROM channel";
            case DEALER -> "SELECT CAST(id AS text), code || COALESCE(' ' || name, ''), COALESCE(tier, '') FROM dealer";
            case STORE -> "SELECT CAST(st.id AS text), st.code || COALESCE(' ' || st.name, ''), COALESCE(r.province, '') FROM store st "
                    + "LEFT JOIN region r ON r.id = st.region_id";
            case CATEGORY -> "SELECT DISTINCT COALESCE(category, ''), COALESCE(category, ''), '' FROM product";
            case SERIES -> "SELECT DISTINCT COALESCE(series, ''), COALESCE(series, ''), COALESCE(category, '') FROM product";
            case MODEL -> "SELECT DISTINCT COALESCE(model, ''), COALESCE(model, ''), COALESCE(series, '') FROM product";
            case SKU -> "SELECT CAST(id AS text), sku || COALESCE(' ' || name, ''), COALESCE(model, '') FROM product";
            default -> throw new IllegalArgumentException("the cube's rollups do not keep " + d.id());
        };
        return "SELECT k, label, parent FROM (" + sql + ") m(k, label, parent) ORDER BY " + bytewise("parent") + ", " + bytewise("label");
    }

    @Override
    public String cube(Slice slice, List<Dimension> by, Grain grain, List<Object> args) {
        if (slice.pure().on()) throw new UnsupportedOperationException("pure sales are answered by a workspace, not by the national store");
        Set<Dimension> touched = new LinkedHashSet<>(by);
        touched.addAll(slice.filtered());
        for (Dimension d : touched) if (!cubeDimensions().contains(d)) throw new IllegalArgumentException("the cube's rollups do not keep " + d.id());
        boolean wholeMonths = slice.from().getDayOfMonth() == 1 && slice.to().equals(YearMonth.from(slice.to()).atEndOfMonth());
        boolean months = PROVINCE_CHANNEL.containsAll(touched) && wholeMonths
                && (grain == null || grain == Grain.MONTH || grain == Grain.QUARTER || grain == Grain.YEAR);
        StringBuilder sql = new StringBuilder("SELECT ");
        List<String> groups = new ArrayList<>();
        List<String> order = new ArrayList<>();
        for (Dimension d : by) {
            String key = key(d, months);
            sql.append(key).append(", MAX(").append(label(d, months)).append("), ");
            groups.add(key);
            order.add(numericKey(d) ? key : bytewise(key));
        }
        String per = grain == null ? null : months ? period(grain, "(c.month || '-01')") : period(grain, "c.sale_date");
        sql.append(per == null ? "NULL" : per).append(" AS per, SUM(c.rows), SUM(c.qty), SUM(c.amount_e4), SUM(c.margin_e4)")
                .append(months ? MONTHS : DAYS);
        if (months) {
            sql.append(" WHERE c.month BETWEEN ? AND ?");
            args.add(YearMonth.from(slice.from()).toString());
            args.add(YearMonth.from(slice.to()).toString());
        } else {
            sql.append(" WHERE c.sale_date BETWEEN ? AND ?");
            args.add(slice.from().toString());
            args.add(slice.to().toString());
        }
        sql.append(filters(slice, "c", months, args));
        if (per != null) {
            groups.add("per");
            order.add("per");
        }
        if (!groups.isEmpty()) sql.append(" GROUP BY ").append(String.join(", ", groups)).append(" ORDER BY ").append(String.join(", ", order));
        return sql.toString();
    }

    /** A dimension's cube key, the key the workspace's cube gives it (ids for channels, dealers, stores and SKUs). */
    private static String key(Dimension d, boolean months) {
        return switch (d) {
            case REGION -> "c.sales_region";
            case PROVINCE -> months ? "c.province" : "r.province";
            case CITY -> "r.city";
            case CHANNEL_TYPE -> "ch.type";
            case CHANNEL -> "c.channel_id";
            case DEALER -> "c.dealer_id";
            case STORE -> "c.store_id";
            case CATEGORY -> "COALESCE(p.category, '')";
            case SERIES -> "COALESCE(p.series, '')";
            case MODEL -> "COALESCE(p.model, '')";
            case SKU -> "c.product_id";
            default -> throw new IllegalArgumentException("the cube's rollups do not keep " + d.id());
        };
    }

    private static String label(Dimension d, boolean months) {
        return switch (d) {
            case PROVINCE -> "COALESCE(pv.name_zh, " + key(d, months) + ")";
            case CHANNEL -> "ch.name";
            case DEALER -> "COALESCE(dl.code || COALESCE(' ' || dl.name, ''), '')";
            case STORE -> "COALESCE(st.code || COALESCE(' ' || st.name, ''), '')";
            case SKU -> "p.sku || COALESCE(' ' || p.name, '')";
            default -> key(d, months);
        };
    }

    private static boolean numericKey(Dimension d) {
        return d == Dimension.CHANNEL || d == Dimension.DEALER || d == Dimension.STORE || d == Dimension.SKU;
    }

    /**
     * A slice's member filters on a table aliased {@code t} that keeps the sale's id columns (region_id,
     * channel_id, dealer_id, store_id, product_id and sales_region), or with {@code months} province x
     * channel rollup's (province, channel_id, sales_region). A line without the level (no store) is not one
     * of the left-out members.
     */
    private static String filters(Slice slice, String t, boolean months, List<Object> args) {
        StringBuilder sql = new StringBuilder();
        for (Map.Entry<Dimension, Set<String>> e : slice.members().entrySet()) {
            sql.append(" AND ").append(condition(e.getKey(), t, months, e.getValue().size()));
            bind(e.getKey(), e.getValue(), args);
        }
        for (Map.Entry<Dimension, Set<String>> e : slice.excluded().entrySet()) {
            sql.append(" AND NOT COALESCE(").append(condition(e.getKey(), t, months, e.getValue().size())).append(", false)");
            bind(e.getKey(), e.getValue(), args);
        }
        return sql.toString();
    }

    private static String condition(Dimension d, String t, boolean months, int n) {
        String in = "(" + "?,".repeat(n - 1) + "?)";
        if (months && d == Dimension.PROVINCE) return t + ".province IN " + in;
        return switch (d) {
            case REGION -> t + ".sales_region IN " + in;
            case PROVINCE -> t + ".region_id IN (SELECT id FROM region WHERE province IN " + in + ")";
            case CITY -> t + ".region_id IN (SELECT id FROM region WHERE city IN " + in + ")";
            case CHANNEL_TYPE -> t + ".channel_id IN (SELECT id FROM channel WHERE type IN " + in + ")";
            case CHANNEL -> t + ".channel_id IN " + in;
            case DEALER -> "COALESCE(" + t + ".dealer_id, 0) IN " + in;
            case STORE -> "COALESCE(" + t + ".store_id, 0) IN " + in;
            case CATEGORY -> t + ".product_id IN (SELECT id FROM product WHERE COALESCE(category, '') IN " + in + ")";
            case SERIES -> t + ".product_id IN (SELECT id FROM product WHERE COALESCE(series, '') IN " + in + ")";
            case MODEL -> t + ".product_id IN (SELECT id FROM product WHERE COALESCE(model, '') IN " + in + ")";
            case SKU -> t + ".product_id IN " + in;
            default -> throw new IllegalArgumentException("the national store does not filter sales by " + d.id());
        };
    }

    private static void bind(Dimension d, Set<String> keys, List<Object> args) {
        for (String k : keys) args.add(numericKey(d) ? parseId(k) : k);
    }

    private static Object parseId(String k) {
        try {
            return Long.parseLong(k);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    @Override
    public String lineFilter(Slice slice, List<Object> args) {
        return slice == null ? "" : filters(slice, "s", false, args);
    }

    @Override
    public String heldSales(Slice slice, List<Object> args) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*), COALESCE(SUM(s.qty), 0), COALESCE(SUM(s.amount_e4), 0), "
                + "COALESCE(SUM(s.margin_e4), 0) FROM sale s WHERE s.hold = 2 AND s.status = " + PAID + " AND s.sale_date BETWEEN ? AND ?");
        args.add(slice.from().toString());
        args.add(slice.to().toString());
        return sql.append(lineFilter(slice, args)).toString();
    }

    /**
     * Units on hand from each location's latest snapshot in the 35 days up to the slice's end, under the
     * slice's region and product filters (stock rows carry their sales region and product).
     */
    @Override
    public String stockOnHand(Slice slice, List<Object> args) {
        StringBuilder sql = new StringBuilder("SELECT SUM(s.on_hand), COUNT(*) FROM stock s JOIN (SELECT location_code, MAX(as_of) AS last "
                + "FROM stock WHERE as_of <= ? AND as_of >= ? GROUP BY location_code) t ON t.location_code = s.location_code AND t.last = s.as_of WHERE true");
        args.add(slice.to().toString() + "T99");
        args.add(slice.to().minusDays(35).toString());
        for (Dimension d : List.of(Dimension.REGION, Dimension.CATEGORY, Dimension.SERIES, Dimension.MODEL, Dimension.SKU)) {
            Set<String> keep = slice.keys(d);
            if (keep.isEmpty()) continue;
            sql.append(" AND ").append(condition(d, "s", false, keep.size()));
            bind(d, keep, args);
        }
        return sql.toString();
    }

    @Override
    public String unstockedChannels(Slice slice, List<Object> args) {
        StringBuilder sql = new StringBuilder("SELECT c.name FROM channel c WHERE c.id IN (SELECT DISTINCT channel_id FROM sale_pc_month) "
                + "AND NOT EXISTS (SELECT 1 FROM store st JOIN stock k ON k.location_code = st.code WHERE st.channel_id = c.id)");
        for (Dimension d : List.of(Dimension.CHANNEL, Dimension.CHANNEL_TYPE)) {
            Set<String> keep = slice.keys(d);
            if (!keep.isEmpty()) {
                sql.append(" AND ").append(condition(d, "c", false, keep.size()).replace("c.channel_id", "c.id"));
                bind(d, keep, args);
            }
        }
        return sql.append(" ORDER BY c.id").toString();
    }
}
