package org.salestrack.store;

import java.util.List;
import java.util.Set;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Grain;
import org.salestrack.model.cube.Slice;
import org.salestrack.model.report.ReportSection;

/**
 * Every SQL text the summary, the series and the cube run, built by one engine's dialect: the query
 * classes bind, execute and read rows; what the text says is the dialect's. The workspace's SQLite
 * answers through {@code store.sqlite.SqliteSalesSql}; a shared server store (PostgreSQL) would implement
 * this interface over its own tables and rollups, and analytics and ui would not notice.
 * <p>
 * Result columns are part of the contract: each method says what its rows hold, in order.
 */
public interface SalesSql {
    /** Dimensions {@link #summary} groups by, in the order the {@code summary} command lists them. */
    List<Dimension> summaryDimensions();

    /** Dimensions {@link #monthlySeries} groups by. */
    List<Dimension> seriesDimensions();

    /** Dimensions the cube groups and filters by. */
    Set<Dimension> cubeDimensions();

    /**
     * Totals of counted sale lines. Rows: one key per group (in order), then lines, orders, qty,
     * amount_e4, margin_e4; ordered by the keys. Binds the first day, then the last day, when asked for.
     *
     * @param groups each a {@link Dimension} of {@link #summaryDimensions()} or a {@link Grain} (period keys)
     */
    String summary(List<Enum<?>> groups, boolean fromDay, boolean toDay);

    /**
     * The same leaving out the lines of the campaigns {@code pure} names (its tags go to {@code pureArgs}, bound after
     * the days); only a workspace keeps the campaign cover.
     */
    default String summary(List<Enum<?>> groups, boolean fromDay, boolean toDay, org.salestrack.model.cube.PureSales pure,
                           List<Object> pureArgs) {
        if (pure.on()) throw new UnsupportedOperationException("pure sales are answered by a workspace, not by the national store");
        return summary(groups, fromDay, toDay);
    }

    /**
     * Counted sales by group and month, read from the cube's month rollups (the smallest that holds the
     * level; the caller brings them up to date). Rows: one key per level, the month (YYYY-MM), qty,
     * amount_e4; ordered by keys then month. Binds the first month twice, then the last month twice
     * (either may be null).
     *
     * @param provinceDecidesCountry whether every province lies in one country ({@link #provincesInSeveralCountries}
     *        counts none), so a country level may be read from rollups that keep only provinces
     */
    String monthlySeries(List<Dimension> level, boolean provinceDecidesCountry);

    /** The same leaving out the campaigns {@code pure} names; its tags go to {@code pureArgs}, bound before the months. */
    default String monthlySeries(List<Dimension> level, boolean provinceDecidesCountry, org.salestrack.model.cube.PureSales pure,
                                 List<Object> pureArgs) {
        if (pure.on()) throw new UnsupportedOperationException("pure sales are answered by a workspace, not by the national store");
        return monthlySeries(level, provinceDecidesCountry);
    }

    /** One row, one column: how many provinces the geography places in more than one country. */
    String provincesInSeveralCountries();

    /** One row, one column: the last day with counted sales (YYYY-MM-DD), or null. */
    String lastSaleDate();

    /**
     * Sales of a slice grouped by dimensions and, when {@code grain} is given, by period. Rows: key and label
     * of each dimension, the period key (or null), lines, qty, amount_e4, margin_e4. Adds the values
     * to bind, in order, to {@code args}.
     */
    String cube(Slice slice, List<Dimension> by, Grain grain, List<Object> args);

    /** Members of a cube dimension. Rows: key, label, parent key; ordered by parent key then label. */
    String members(Dimension d);

    /** One row: the first and the last day with counted sales (nulls for none). */
    String span();

    /**
     * One row: units on hand at the slice's end and how many snapshot rows made them, under the slice's
     * geography, channel, dealer, store and product filters (kept and left-out members) as sales are
     * filtered. Adds the values to bind to {@code args}.
     */
    String stockOnHand(Slice slice, List<Object> args);

    /**
     * The channels the slice's channel filters keep that sell but hold no stock location (online platforms):
     * no cover can be given for them. Rows: the channel's name, by channel id. Adds the values to bind to {@code args}.
     */
    String unstockedChannels(Slice slice, List<Object> args);

    /**
     * One row: lines, qty, amount_e4, margin_e4 of the paid lines an open finding holds out of every
     * total, in the slice's dates and under its member filters. Adds the values to bind to {@code args}.
     */
    String heldSales(Slice slice, List<Object> args);

    /** A dimension's value on a sale line of {@link #factsWithDimensions()} (table {@code s}), for queries that read the lines themselves. */
    String dimension(Dimension d);

    /** {@code FROM} the sale lines as {@code s} joined with every dimension table. */
    String factsWithDimensions();

    /**
     * A slice's member filters (kept and left-out members, not its dates) as {@code AND ...} conditions on
     * the sale table's own id columns ({@code s.region_id}, {@code s.product_id}, ...), for queries that read lines without joining
     * the dimension tables. Adds the values to bind, in order, to {@code args}; empty for no filter.
     */
    String lineFilter(Slice slice, List<Object> args);

    /**
     * The month rollups the workbook reads, each named by what it keeps; whichever table answers has the columns
     * listed (a table may keep more).
     */
    enum MonthRollup {
        /** month, province, channel_id, rows, qty, amount_e4, margin_e4 */
        PROVINCE_CHANNEL,
        /** month, region_id, channel_id, store_id (0: none), dealer_id (0: none), rows, qty, amount_e4, margin_e4 */
        STORE,
        /** month, channel_id, product_id, rows, qty, amount_e4, margin_e4 */
        CHANNEL_PRODUCT
    }

    /** The table that answers {@code rollup} in this engine, to be read with {@code FROM} and an alias. */
    String monthRollup(MonthRollup rollup);

    /**
     * The workbook's sections this engine's tables hold the data of: every one for a workspace; the national store
     * keeps sales, sell-in, stock and targets but not spend, the market panel, reviews or forecast runs.
     */
    default Set<ReportSection> reportSections() {
        return ReportSection.all();
    }
}
