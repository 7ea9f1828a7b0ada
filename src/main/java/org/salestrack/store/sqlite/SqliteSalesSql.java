package org.salestrack.store.sqlite;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.salestrack.model.Dimension;
import org.salestrack.model.SaleStatus;
import org.salestrack.model.cube.Grain;
import org.salestrack.model.cube.PureSales;
import org.salestrack.model.cube.Slice;
import org.salestrack.store.CountedSale;
import org.salestrack.store.SalesSql;
import org.salestrack.store.sqlite.Source.Products;

/**
 * The workspace's SQLite dialect of the sales queries. The cube reads the smallest rollup family
 * ({@link Source}) that holds every level a query touches, and within it the month table for whole
 * months, the week table for whole weeks and the day table for the loose days ({@link Split}); the
 * summary reads the lines themselves so distinct orders are exact; the series read the cube's month rollups
 * ({@link SeriesRollup}).
 */
public final class SqliteSalesSql implements SalesSql {
    public static final SqliteSalesSql INSTANCE = new SqliteSalesSql();

    private static final int MAX_LISTED_DAYS = 62;
    private static final List<Dimension> SUMMARY = List.of(Dimension.COUNTRY, Dimension.REGION, Dimension.PROVINCE, Dimension.CITY,
            Dimension.CHANNEL, Dimension.CHANNEL_TYPE, Dimension.DEALER, Dimension.STORE, Dimension.CATEGORY, Dimension.SERIES,
            Dimension.MODEL, Dimension.SKU);
    private static final List<Dimension> SERIES = List.of(Dimension.COUNTRY, Dimension.REGION, Dimension.PROVINCE, Dimension.CITY,
            Dimension.CHANNEL, Dimension.CHANNEL_TYPE, Dimension.CATEGORY, Dimension.SERIES, Dimension.MODEL, Dimension.SKU);

    private SqliteSalesSql() {}

    @Override
    public List<Dimension> summaryDimensions() { return SUMMARY; }

    @Override
    public List<Dimension> seriesDimensions() { return SERIES; }

    @Override
    public Set<Dimension> cubeDimensions() { return Source.CUBE; }

    @Override
    public String dimension(Dimension d) { return DimSql.fact(d); }

    @Override
    public String factsWithDimensions() { return DimSql.FACTS; }

    @Override
    public String lineFilter(Slice slice, List<Object> args) {
        StringBuilder sql = new StringBuilder();
        if (slice == null) return "";
        sql.append(CoverSql.linesNotCovered(slice.pure(), args));
        for (var e : slice.members().entrySet()) {
            String in = "(" + "?,".repeat(e.getValue().size() - 1) + "?)";
            sql.append(" AND ").append(DimSql.lineCondition(e.getKey(), in));
            for (String k : e.getValue()) args.add(DimSql.lineKeyIsId(e.getKey()) ? DimSql.parseId(k) : k);
        }
        // COALESCE: a line without the level (an online line has no store) is not one of the left-out members
        for (var e : slice.excluded().entrySet()) {
            String in = "(" + "?,".repeat(e.getValue().size() - 1) + "?)";
            sql.append(" AND NOT COALESCE(").append(DimSql.lineCondition(e.getKey(), in)).append(", 0)");
            for (String k : e.getValue()) args.add(DimSql.lineKeyIsId(e.getKey()) ? DimSql.parseId(k) : k);
        }
        return sql.toString();
    }

    @Override
    public String summary(List<Enum<?>> groups, boolean fromDay, boolean toDay) { return summary(groups, fromDay, toDay, PureSales.OFF, new ArrayList<>()); }

    @Override
    public String summary(List<Enum<?>> groups, boolean fromDay, boolean toDay, PureSales pure, List<Object> pureArgs) {
        List<String> exprs = new ArrayList<>();
        for (Enum<?> g : groups) {
            if (g instanceof Grain grain) exprs.add(PeriodSql.of(grain, "s.sale_date"));
            else if (g instanceof Dimension d && SUMMARY.contains(d)) exprs.add(DimSql.fact(d));
            else throw new IllegalArgumentException("the summary does not group by " + g);
        }
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < exprs.size(); i++) sql.append(exprs.get(i)).append(" AS k").append(i).append(", ");
        sql.append("COUNT(*), ").append(CountedSale.ORDERS).append(", SUM(s.qty), SUM(s.amount_e4), SUM(COALESCE(s.margin_e4, 0))")
                .append(DimSql.FACTS).append("WHERE ").append(CountedSale.where("s"));
        if (fromDay) sql.append(" AND s.sale_date >= ?");
        if (toDay) sql.append(" AND s.sale_date <= ?");
        sql.append(CoverSql.linesNotCovered(pure, pureArgs));
        if (!exprs.isEmpty()) {
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < exprs.size(); i++) keys.add("k" + i);
            sql.append(" GROUP BY ").append(String.join(", ", keys)).append(" ORDER BY ").append(String.join(", ", keys));
        }
        return sql.toString();
    }

    @Override
    public String monthlySeries(List<Dimension> level, boolean provinceDecidesCountry) {
        return monthlySeries(level, provinceDecidesCountry, PureSales.OFF, new ArrayList<>());
    }

    @Override
    public String monthlySeries(List<Dimension> level, boolean provinceDecidesCountry, PureSales pure, List<Object> pureArgs) {
        StringBuilder keys = new StringBuilder();
        for (Dimension d : level) {
            if (!SERIES.contains(d)) throw new IllegalArgumentException("the series do not group by " + d.id());
            keys.append(DimSql.fact(d)).append(", ");
        }
        return "SELECT " + keys + "c.month AS m, SUM(c.qty), SUM(c.amount_e4) FROM " + SeriesRollup.from(level, provinceDecidesCountry, pure, pureArgs)
                + " WHERE (? IS NULL OR c.month >= ?) AND (? IS NULL OR c.month <= ?) "
                + "GROUP BY " + keys + "m ORDER BY " + keys + "m";
    }

    @Override
    public String provincesInSeveralCountries() { return SeriesRollup.PROVINCES_IN_SEVERAL_COUNTRIES; }

    @Override
    public String lastSaleDate() { return "SELECT MAX(sale_date) FROM sale_day"; }

    @Override
    public String monthRollup(MonthRollup rollup) {
        return switch (rollup) {
            case PROVINCE_CHANNEL -> "cube_pc_month";
            case STORE -> "cube_store_month";
            case CHANNEL_PRODUCT -> "cube_cp_month";
        };
    }

    @Override
    // one aggregate per SELECT: SQLite reads a MIN or a MAX alone off the key's ends, but scanned all of sale_day for
    // both at once (8.6M rows, seconds on 10M lines, at every import's alert step)
    public String span() { return "SELECT (SELECT MIN(sale_date) FROM sale_day), (SELECT MAX(sale_date) FROM sale_day)"; }

    @Override
    public String members(Dimension d) {
        String sql = switch (d) {
            case REGION -> "SELECT DISTINCT pv.sales_region, pv.sales_region, '' "
                    + "FROM region r JOIN province pv ON pv.code = r.province WHERE pv.sales_region <> ''";
            case PROVINCE -> "SELECT DISTINCT r.province, COALESCE(pv.name_zh, r.province), COALESCE(pv.sales_region, '') "
                    + "FROM region r LEFT JOIN province pv ON pv.code = r.province WHERE r.province <> ''";
            case CITY -> "SELECT DISTINCT city, city, province FROM region WHERE city <> ''";
            case CHANNEL_TYPE -> "SELECT DISTINCT type, type, '' FROM channel";
            case CHANNEL -> "SELECT id, name, type FROM channel";
            case DEALER -> "SELECT id, code || COALESCE(' ' || name, ''), COALESCE(tier, '') FROM dealer";
            case STORE -> "SELECT st.id, st.code || COALESCE(' ' || st.name, ''), COALESCE(r.province, '') FROM store st "
                    + "LEFT JOIN region r ON r.id = st.region_id";
            case CATEGORY -> "SELECT DISTINCT COALESCE(category, ''), COALESCE(category, ''), '' FROM product";
            case SERIES -> "SELECT DISTINCT COALESCE(series, ''), COALESCE(series, ''), COALESCE(category, '') FROM product";
            case MODEL -> "SELECT DISTINCT COALESCE(model, ''), COALESCE(model, ''), COALESCE(series, '') FROM product";
            case SKU -> "SELECT id, sku || COALESCE(' ' || name, ''), COALESCE(model, '') FROM product";
            default -> throw DimSql.notInCube(d);
        };
        return "SELECT * FROM (" + sql + ") ORDER BY 3, 2";
    }

    /**
     * Each stock location with the sales levels it belongs to, so the slice's filters apply to stock as they
     * do to sales: a store has its region, channel, dealer and id; a dealer's warehouse has the region of
     * its registered city (else any of its province) and the channel its store-less sales go through; a
     * location known to neither master (a central warehouse) has none and drops out under such filters.
     * A store's and a dealer's channel come from one grouped pass over the store rollup, not a scan per location.
     */
    private static final String LOCATIONS = "SELECT st.code AS code, 'store' AS type, st.region_id AS region_id, "
            + "COALESCE(st.channel_id, sc.channel_id) AS channel_id, st.dealer_id AS dealer_id, st.id AS store_id FROM store st "
            + "LEFT JOIN (SELECT store_id, MIN(channel_id) AS channel_id FROM cube_store_month GROUP BY store_id) sc ON sc.store_id = st.id "
            + "UNION ALL SELECT d.code, 'dealer', COALESCE((SELECT MIN(r.id) FROM region r WHERE r.province = d.province "
            + "AND r.city = COALESCE(d.city, '')), (SELECT MIN(r.id) FROM region r WHERE r.province = d.province)), dc.channel_id, d.id, NULL "
            + "FROM dealer d LEFT JOIN (SELECT dealer_id, MIN(channel_id) AS channel_id FROM cube_store_month WHERE store_id = 0 "
            + "GROUP BY dealer_id) dc ON dc.dealer_id = d.id";

    @Override
    public String stockOnHand(Slice slice, List<Object> args) {
        // each location's own latest snapshot: stores report weekly and dealers monthly, so one global
        // latest date would see only whichever reported last; a location silent for 35 days is not counted
        StringBuilder sql = new StringBuilder("SELECT SUM(c.on_hand), COUNT(*) FROM (SELECT s.on_hand, s.product_id, l.region_id, "
                + "l.channel_id, l.dealer_id, l.store_id FROM stock s JOIN (SELECT location_code, MAX(as_of) AS last FROM stock "
                + "WHERE as_of <= ? AND as_of >= ? GROUP BY location_code) t ON t.location_code = s.location_code AND t.last = s.as_of "
                + "LEFT JOIN (" + LOCATIONS + ") l ON l.code = s.location_code AND l.type = s.location_type) c WHERE 1 = 1");
        args.add(slice.to().toString() + "T99");
        args.add(slice.to().minusDays(35).toString());
        // the located snapshot rows carry region ids and product ids, as the store x product rollups do
        sql.append(DimSql.where(slice, Source.STORE_PRODUCT, Products.ID, args));
        return sql.toString();
    }

    @Override
    public String unstockedChannels(Slice slice, List<Object> args) {
        StringBuilder sql = new StringBuilder("SELECT c.name FROM channel c WHERE c.id NOT IN (SELECT l.channel_id FROM (" + LOCATIONS
                + ") l WHERE l.channel_id IS NOT NULL AND l.code IN (SELECT location_code FROM stock)) "
                + "AND c.id IN (SELECT DISTINCT channel_id FROM cube_pc_month)");
        String[] cols = {"c.id", "c.type"};
        Dimension[] dims = {Dimension.CHANNEL, Dimension.CHANNEL_TYPE};
        for (int k = 0; k < 2; k++) {
            Set<String> keep = slice.keys(dims[k]);
            Set<String> drop = slice.excludedKeys(dims[k]);
            if (!keep.isEmpty()) sql.append(" AND ").append(cols[k]).append(" IN (").append("?,".repeat(keep.size() - 1)).append("?)");
            if (!drop.isEmpty()) sql.append(" AND ").append(cols[k]).append(" NOT IN (").append("?,".repeat(drop.size() - 1)).append("?)");
            for (String key : keep) args.add(k == 0 ? DimSql.parseId(key) : key);
            for (String key : drop) args.add(k == 0 ? DimSql.parseId(key) : key);
        }
        return sql.append(" ORDER BY c.id").toString();
    }

    @Override
    public String heldSales(Slice slice, List<Object> args) {
        // hold = 2 is set only while an open holding finding covers the line; the partial index ix_sale_held (V210) holds
        // exactly those lines with every column read here, so the cost follows the held lines of the range
        StringBuilder sql = new StringBuilder("SELECT COUNT(*), COALESCE(SUM(s.qty), 0), COALESCE(SUM(s.amount_e4), 0), "
                + "COALESCE(SUM(s.margin_e4), 0) FROM sale s INDEXED BY ix_sale_held WHERE s.hold = 2 "
                + "AND s.status = '" + SaleStatus.PAID.id() + "' AND s.sale_date BETWEEN ? AND ?");
        args.add(slice.from().toString());
        args.add(slice.to().toString());
        return sql.append(lineFilter(slice, args)).toString();
    }

    @Override
    public String cube(Slice slice, List<Dimension> by, Grain grain, List<Object> args) {
        Set<Dimension> touched = new LinkedHashSet<>(by);
        touched.addAll(slice.filtered());
        for (Dimension d : touched) if (!Source.CUBE.contains(d)) throw DimSql.notInCube(d);
        // pure sales subtract the covered cells' day rows: a source keeping channels (and provinces, or the channel x
        // product days for the cells covered in every province, with the province x channel x product days for the rest)
        if (slice.pure().on()) touched.add(Dimension.CHANNEL);
        Source source = Source.smallestFor(touched);
        Set<String> raws = new LinkedHashSet<>();
        for (Dimension d : by) raws.add(DimSql.raw(d, source.products));
        List<String> parts = new ArrayList<>();
        for (Split.Piece piece : Split.of(slice.from(), slice.to(), grain, source.hasWeeks())) {
            parts.add(part(source, piece, grain, raws, slice, args));
        }
        if (slice.pure().on()) parts.add(covered(source, grain, raws, slice, args));
        StringBuilder sql = new StringBuilder("SELECT ");
        List<String> groups = new ArrayList<>();
        for (Dimension d : by) {
            sql.append(DimSql.key(d, source.products)).append(", MAX(").append(DimSql.label(d, source.products)).append("), ");
            groups.add(DimSql.key(d, source.products));
        }
        sql.append(grain == null ? "NULL" : "x.per").append(", SUM(x.rows), SUM(x.qty), SUM(x.amt), SUM(x.mar) FROM (")
                .append(String.join(" UNION ALL ", parts)).append(") x");
        Set<String> joins = new LinkedHashSet<>();
        for (Dimension d : by) joins.add(DimSql.join(d, source.products));
        for (String j : joins) if (!j.isEmpty()) sql.append(' ').append(j);
        if (grain != null) groups.add("x.per");
        if (!groups.isEmpty()) sql.append(" GROUP BY ").append(String.join(", ", groups)).append(" ORDER BY ")
                .append(String.join(", ", groups));
        return sql.toString();
    }

    /** One piece of the range read from one table of the source, grouped by the raw columns. */
    private static String part(Source source, Split.Piece piece, Grain grain, Set<String> raws, Slice slice, List<Object> args) {
        Products products = source.products(piece.level());
        String dateCol = switch (piece.level()) {
            case MONTH -> "c.month";
            case WEEK -> "c.week";
            case DAY -> "c.sale_date";
        };
        StringBuilder sql = new StringBuilder("SELECT ");
        boolean product = false;
        for (String raw : raws) {
            sql.append(DimSql.rawExpr(raw, source.province, products)).append(" AS ").append(raw).append(", ");
            product |= DimSql.needsProduct(raw, products);
        }
        sql.append(grain == null ? "NULL" : PeriodSql.of(grain, dateCol)).append(" AS per, SUM(c.rows) AS rows, SUM(c.qty) AS qty, "
                + "SUM(c.amount_e4) AS amt, SUM(c.margin_e4) AS mar FROM ").append(source.table(piece.level()));
        if (source.regionIds() && (raws.contains("prov") || raws.contains("city"))) sql.append(Source.REGION);
        if (product) sql.append(" JOIN product pp ON pp.id = c.product_id");
        sql.append(" WHERE ").append(periods(piece, dateCol, args));
        sql.append(DimSql.where(slice, source, products, args));
        List<String> groups = new ArrayList<>(raws);
        if (grain != null) groups.add("per");
        if (!groups.isEmpty()) sql.append(" GROUP BY ").append(String.join(", ", groups));
        return sql.toString();
    }

    /**
     * The day rows of the cells the slice's campaigns cover, with negative measures: the pure sales' subtrahend. The
     * channel x product family keeps no province: the pairs covered in every province come from its days, the others
     * from the province x channel x product days, which keep the same columns.
     */
    private static String covered(Source source, Grain grain, Set<String> raws, Slice slice, List<Object> args) {
        String from = slice.from().toString();
        String to = slice.to().toString();
        if (source != Source.CHANNEL_PRODUCT) {
            return subtract(source, CoverSql.cells(slice.pure(), from, to, args) + CoverSql.join(source.dayTable, source.regionIds()),
                    grain, raws, slice, args);
        }
        String national = subtract(source, CoverSql.nationalPairs(slice.pure(), from, to, args)
                + " JOIN cube_cp_day c ON c.sale_date = v.v_day AND c.channel_id = v.v_channel", grain, raws, slice, args);
        String regional = subtract(source, CoverSql.regionalCells(slice.pure(), from, to, args) + CoverSql.join("cube_day c", false),
                grain, raws, slice, args);
        return national + " UNION ALL " + regional;
    }

    private static String subtract(Source source, String rows, Grain grain, Set<String> raws, Slice slice, List<Object> args) {
        Products products = source.products(Split.Level.DAY);
        StringBuilder sql = new StringBuilder("SELECT ");
        boolean product = false;
        for (String raw : raws) {
            sql.append(DimSql.rawExpr(raw, source.province, products)).append(" AS ").append(raw).append(", ");
            product |= DimSql.needsProduct(raw, products);
        }
        sql.append(grain == null ? "NULL" : PeriodSql.of(grain, "c.sale_date")).append(" AS per, -SUM(c.rows) AS rows, -SUM(c.qty) AS qty, "
                + "-SUM(c.amount_e4) AS amt, -SUM(c.margin_e4) AS mar FROM ").append(rows);
        if (product) sql.append(" JOIN product pp ON pp.id = c.product_id");
        sql.append(" WHERE 1 = 1").append(DimSql.where(slice, source, products, args));
        List<String> groups = new ArrayList<>(raws);
        if (grain != null) groups.add("per");
        if (!groups.isEmpty()) sql.append(" GROUP BY ").append(String.join(", ", groups));
        return sql.toString();
    }

    /**
     * The piece's periods as a list rather than a range, so that a filter on the table's next key column
     * (a province, a region id, a product) seeks within each period instead of scanning the range; long
     * runs of days stay a range.
     */
    private static String periods(Split.Piece piece, String dateCol, List<Object> args) {
        List<String> keys = new ArrayList<>();
        switch (piece.level()) {
            case MONTH -> {
                for (YearMonth m = YearMonth.from(piece.from()); !m.isAfter(YearMonth.from(piece.to())); m = m.plusMonths(1)) keys.add(m.toString());
            }
            case WEEK -> {
                for (var d = piece.from(); d.isBefore(piece.to()); d = d.plusDays(7)) keys.add(d.toString());
            }
            case DAY -> {
                if (ChronoUnit.DAYS.between(piece.from(), piece.to()) >= MAX_LISTED_DAYS) {
                    args.add(piece.from().toString());
                    args.add(piece.to().toString());
                    return dateCol + " BETWEEN ? AND ?";
                }
                for (var d = piece.from(); !d.isAfter(piece.to()); d = d.plusDays(1)) keys.add(d.toString());
            }
        }
        args.addAll(keys);
        return dateCol + " IN (" + "?,".repeat(keys.size() - 1) + "?)";
    }
}
