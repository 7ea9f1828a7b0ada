package org.salestrack.analytics.explore;

import java.util.List;
import java.util.OptionalDouble;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Measure;
import org.salestrack.model.cube.Measures;
import org.salestrack.model.market.ShareRow;
import org.salestrack.model.market.SliceShare;

/**
 * One row of the explorer: a member of a level with its measures per period, its total, the total of
 * the previous period (for growth) and the whole level's total (for share). The grand-total row has
 * {@code grandTotal} set and the level's total as its own. {@code market} holds our share of the market
 * panel per period and over the range, or is null until the market share is asked for.
 */
public record ExplorerRow(Dimension dim, String key, String label, List<Measures> periods, Measures total, Measures previous,
                          Measures levelTotal, boolean grandTotal, MarketShares market) {

    /** Our share of the market panel in each period and over the whole range (each one covered or saying why not). */
    public record MarketShares(List<SliceShare> periods, SliceShare total) {}

    public ExplorerRow(Dimension dim, String key, String label, List<Measures> periods, Measures total, Measures previous,
                       Measures levelTotal, boolean grandTotal) {
        this(dim, key, label, periods, total, previous, levelTotal, grandTotal, null);
    }

    public ExplorerRow withMarket(MarketShares shares) {
        return new ExplorerRow(dim, key, label, periods, total, previous, levelTotal, grandTotal, shares);
    }

    /** The chosen measure in one period, or over the whole range with {@code period} -1; NaN where there is none. */
    public double value(Measure m, int period) {
        if (!m.isMarketShare()) return m.of(period < 0 ? total : periods.get(period));
        if (market == null) return Double.NaN;
        SliceShare s = period < 0 ? market.total() : market.periods().get(period);
        return s.covered() ? share(m, s.share().get()) : Double.NaN;
    }

    /**
     * Change of the chosen measure against the previous period of the same length; empty without a base. For a
     * market share it is the change of the share itself (0.012 reads "+1.2 points"), not a growth rate.
     */
    public OptionalDouble growth(Measure m) {
        if (!m.isMarketShare()) return Kpis.growth(exact(m, total), exact(m, previous));
        if (market == null || market.total().previous().isEmpty() || !market.total().covered()) return OptionalDouble.empty();
        double now = share(m, market.total().share().get());
        double before = share(m, market.total().previous().get());
        return Double.isNaN(now) || Double.isNaN(before) ? OptionalDouble.empty() : OptionalDouble.of(now - before);
    }

    /**
     * This row's part of the level for the chosen measure; empty for ASP and market shares, which are ratios and
     * do not add up across rows, and when the level's total is zero.
     */
    public OptionalDouble share(Measure m) {
        if (m == Measure.ASP || m.isMarketShare()) return OptionalDouble.empty();
        long all = exact(m, levelTotal);
        if (all == 0) return OptionalDouble.empty();
        return OptionalDouble.of((double) exact(m, total) / all);
    }

    /** The measure in its exact unit: units, or e4 (a market share has none: ask {@link #value}). */
    public static long exact(Measure m, Measures v) {
        return switch (m) {
            case UNITS -> v.qty();
            case REVENUE -> v.amountE4();
            case ASP -> v.aspE4();
            case MARGIN -> v.marginE4();
            case MARKET_SHARE_UNITS, MARKET_SHARE_VALUE -> throw new IllegalArgumentException(m + " is not a sum of our lines");
        };
    }

    private static double share(Measure m, ShareRow r) { return m == Measure.MARKET_SHARE_UNITS ? r.shareUnits() : r.shareValue(); }
}
