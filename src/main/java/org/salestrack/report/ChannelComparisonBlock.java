package org.salestrack.report;

import java.util.List;
import org.salestrack.model.ChannelType;
import org.salestrack.model.channel.AgeBandUnits;
import org.salestrack.model.channel.ChannelReport;
import org.salestrack.model.channel.ChannelRow;
import org.salestrack.model.channel.CustomerMix;
import org.salestrack.model.channel.ShopperGroup;
import org.salestrack.report.Styles.Kind;

/**
 * The Channels screen's comparison on the Channels sheet, below the month's mix: each channel's units, revenue,
 * margin and the revenue of the periods compared with as values, every ratio (shares, ASP, margin rate, growth)
 * a formula over them; online and offline as SUMIFs over the channels; the ASP gap, O2O and the customers seen
 * in one or both channel types with their spend per customer and repeat rate as formulas; units by age band.
 */
final class ChannelComparisonBlock {
    static final int UNITS = 2;
    static final int REVENUE = 3;
    static final int MARGIN = 4;
    static final int PREVIOUS = 5;
    static final int YEAR_BEFORE = 6;
    private static final int LAST_COL = 12;

    private final ReportLabels labels;

    ChannelComparisonBlock(ReportLabels labels) { this.labels = labels; }

    /** Writes the block from row {@code top}; returns the last row written. */
    int write(Grid g, ChannelReport report, int top) {
        g.banner(top, 0, labels.get("channels.compare"), g.styles().section());
        g.banner(top + 1, 0, labels.get("channels.compare.note"), g.styles().note());
        int header = top + 2;
        String[] keys = {"col.channel", "col.type", "col.qty", "col.amount", "col.margin", "col.previousPeriod", "col.yearBefore",
                "col.shareUnits", "col.revenueShare", "col.asp", "col.marginRate", "col.growthPrevious", "col.growthYear"};
        for (int c = 0; c < keys.length; c++) g.header(header, c, labels.get(keys[c]));
        List<ChannelRow> channels = report.board().channels();
        if (channels.isEmpty()) {
            g.banner(header + 1, 0, labels.get("none.sales"), g.styles().note());
            return header + 1;
        }
        int first = header + 1;
        int last = first + channels.size() - 1;
        int r = first;
        for (ChannelRow ch : channels) {
            g.text(r, 0, ch.name());
            g.text(r, 1, labels.get("type." + ch.type().id()));
            g.integer(r, UNITS, ch.now().qty(), false);
            g.money(r, REVENUE, ch.now().amountE4(), false);
            g.money(r, MARGIN, ch.now().marginE4(), false);
            g.money(r, PREVIOUS, ch.previousE4(), false);
            g.money(r, YEAR_BEFORE, ch.lastYearE4(), false);
            ratios(g, r, first, last, false);
            r++;
        }
        int typeHeader = last + 2;
        g.header(typeHeader, 0, labels.get("col.type"));
        int online = -1;
        int offline = -1;
        r = typeHeader + 1;
        String types = Grid.absRange(first, 1, last, 1);
        for (ChannelType t : ChannelType.values()) {
            g.text(r, 0, labels.get("type." + t.id()));
            for (int c = UNITS; c <= YEAR_BEFORE; c++) {
                g.formula(r, c, "SUMIF(" + types + "," + Grid.ref(r, 0) + "," + Grid.absRange(first, c, last, c) + ")",
                        c == UNITS ? Kind.INTEGER : Kind.MONEY, true);
            }
            ratios(g, r, first, last, true);
            if (t == ChannelType.ONLINE) online = r; else offline = r;
            r++;
        }
        g.text(r, 0, labels.get("channels.aspGap"));
        g.formula(r, 1, "IFERROR(" + Grid.ref(offline, 9) + "/" + Grid.ref(online, 9) + "-1,\"\")", Kind.PERCENT, true);
        return customers(g, report.customers(), r + 2, online);
    }

    /** Shares of the channels' totals, ASP, margin rate and growth, all formulas over the row's values. */
    private static void ratios(Grid g, int r, int first, int last, boolean total) {
        g.formula(r, 7, "IFERROR(" + Grid.ref(r, UNITS) + "/SUM(" + Grid.absRange(first, UNITS, last, UNITS) + "),\"\")", Kind.PERCENT, total);
        g.formula(r, 8, "IFERROR(" + Grid.ref(r, REVENUE) + "/SUM(" + Grid.absRange(first, REVENUE, last, REVENUE) + "),\"\")", Kind.PERCENT, total);
        g.formula(r, 9, "IFERROR(" + Grid.ref(r, REVENUE) + "/" + Grid.ref(r, UNITS) + ",\"\")", Kind.MONEY, total);
        g.formula(r, 10, "IFERROR(" + Grid.ref(r, MARGIN) + "/" + Grid.ref(r, REVENUE) + ",\"\")", Kind.PERCENT, total);
        g.formula(r, 11, "IFERROR(" + Grid.ref(r, REVENUE) + "/" + Grid.ref(r, PREVIOUS) + "-1,\"\")", Kind.PERCENT, total);
        g.formula(r, LAST_COL, "IFERROR(" + Grid.ref(r, REVENUE) + "/" + Grid.ref(r, YEAR_BEFORE) + "-1,\"\")", Kind.PERCENT, total);
    }

    private int customers(Grid g, CustomerMix m, int top, int onlineRow) {
        g.banner(top, 0, labels.get("channels.o2o"), g.styles().section());
        String[] o2o = {"col.orders", "col.qty", "col.amount", "col.o2oShare"};
        for (int c = 0; c < o2o.length; c++) g.header(top + 1, c, labels.get(o2o[c]));
        int r = top + 2;
        g.integer(r, 0, m.o2oOrders(), false);
        g.integer(r, 1, m.o2oUnits(), false);
        g.money(r, 2, m.o2oAmountE4(), false);
        g.formula(r, 3, "IFERROR(" + Grid.ref(r, 1) + "/" + Grid.abs(onlineRow, UNITS) + ",\"\")", Kind.PERCENT, false);

        int header = r + 3;
        g.banner(header - 1, 0, labels.get("channels.shoppers"), g.styles().section());
        String[] keys = {"col.shoppers", "col.customers", "col.purchases", "col.repeaters", "col.spend", "col.spendPerCustomer", "col.repeatRate"};
        for (int c = 0; c < keys.length; c++) g.header(header, c, labels.get(keys[c]));
        r = header + 1;
        r = shopper(g, r, "channels.shoppers.both", m.both());
        r = shopper(g, r, "channels.shoppers.online", m.onlineOnly());
        r = shopper(g, r, "channels.shoppers.offline", m.offlineOnly());

        int ages = r + 2;
        g.banner(ages - 1, 0, labels.get("channels.ages"), g.styles().section());
        String[] ageKeys = {"col.ageBand", "type.online", "type.offline", "col.onlineShare"};
        for (int c = 0; c < ageKeys.length; c++) g.header(ages, c, labels.get(ageKeys[c]));
        r = ages + 1;
        if (m.ageBands().isEmpty()) {
            g.banner(r, 0, labels.get("channels.ages.none"), g.styles().note());
            return r;
        }
        for (AgeBandUnits a : m.ageBands()) {
            g.text(r, 0, a.band());
            g.integer(r, 1, a.online(), false);
            g.integer(r, 2, a.offline(), false);
            g.formula(r, 3, "IFERROR(" + Grid.ref(r, 1) + "/(" + Grid.ref(r, 1) + "+" + Grid.ref(r, 2) + "),\"\")", Kind.PERCENT, false);
            r++;
        }
        return r - 1;
    }

    private int shopper(Grid g, int r, String key, ShopperGroup s) {
        g.text(r, 0, labels.get(key));
        g.integer(r, 1, s.customers(), false);
        g.integer(r, 2, s.purchases(), false);
        g.integer(r, 3, s.repeaters(), false);
        g.money(r, 4, s.spendE4(), false);
        g.formula(r, 5, "IFERROR(" + Grid.ref(r, 4) + "/" + Grid.ref(r, 1) + ",\"\")", Kind.MONEY, false);
        g.formula(r, 6, "IFERROR(" + Grid.ref(r, 3) + "/" + Grid.ref(r, 1) + ",\"\")", Kind.PERCENT, false);
        return r + 1;
    }
}
