package org.salestrack.report;

import org.salestrack.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.poi.ss.usermodel.Sheet;
import org.salestrack.model.marketing.CampaignImpact;
import org.salestrack.model.report.SalesReportData;
import org.salestrack.report.Styles.Kind;

/**
 * Campaigns against their baselines: spend, baseline and actual revenue and margin, the increment and its
 * interval, and ROI and revenue / spend as live formulas over those cells, so finance can audit the ratio.
 */
final class MarketingSheet {
    static final int HEADER = 3;
    static final String[] COLUMNS = {"col.campaign", "col.name", "col.starts", "col.ends", "col.adSpend", "col.baselineRevenue",
        "col.actualRevenue", "col.incrementalRevenue", "col.incrementalLow", "col.incrementalHigh", "col.baselineMargin",
        "col.actualMargin", "col.incrementalMargin", "col.roi", "col.revenuePerSpend", "col.dipRevenue", "col.dipLow", "col.dipHigh",
        "col.haloRevenue", "col.haloLow", "col.haloHigh", "col.syntheticBaseline", "col.syntheticIncremental", "col.syntheticLow",
        "col.syntheticHigh", "col.syntheticDonors"};
    /** The column of the dip after, where the totals' label stands (the columns after it are blank for a campaign without them). */
    private static final int DIP = 15;

    private final ReportLabels labels;

    MarketingSheet(ReportLabels labels) { this.labels = labels; }

    void write(Sheet sheet, Grid g, SalesReportData d) {
        g.banner(0, 0, labels.get("marketing.title"), g.styles().title());
        g.banner(1, 0, labels.get("marketing.note"), g.styles().note());
        for (int c = 0; c < COLUMNS.length; c++) g.header(HEADER, c, labels.get(COLUMNS[c]));
        SheetLayout.frame(sheet, HEADER, 2);
        int next = campaigns(sheet, g, d) + 2;
        next = ChannelRoiSection.months(labels, g, d.channelRoi().months(), next) + 2;
        ChannelRoiSection.customers(labels, g, d.channelRoi().campaigns(), next);
    }

    /** The campaigns table; returns the row after it. */
    private int campaigns(Sheet sheet, Grid g, SalesReportData d) {
        if (d.campaigns().isEmpty()) {
            g.banner(HEADER + 1, 0, labels.get("none.campaigns"), g.styles().note());
            return HEADER + 2;
        }
        int first = HEADER + 1;
        int r = first;
        for (CampaignImpact c : d.campaigns()) {
            g.text(r, 0, c.code());
            g.text(r, 1, c.name());
            g.date(r, 2, c.starts());
            g.date(r, 3, c.ends());
            g.money(r, 4, Money.roundedE4(c.spend()), false);
            g.money(r, 5, e4(c.revenue().baseline()), false);
            g.money(r, 6, e4(c.revenue().actual()), false);
            g.formula(r, 7, Grid.ref(r, 6) + "-" + Grid.ref(r, 5), Kind.MONEY, false);
            g.money(r, 8, e4(c.revenue().incrementalLow()), false);
            g.money(r, 9, e4(c.revenue().incrementalHigh()), false);
            g.money(r, 10, e4(c.margin().baseline()), false);
            g.money(r, 11, e4(c.margin().actual()), false);
            g.formula(r, 12, Grid.ref(r, 11) + "-" + Grid.ref(r, 10), Kind.MONEY, false);
            g.formula(r, 13, ratio(Grid.ref(r, 12), Grid.ref(r, 4)), Kind.DECIMAL, false);
            g.formula(r, 14, ratio(Grid.ref(r, 6), Grid.ref(r, 4)), Kind.DECIMAL, false);
            g.money(r, DIP, e4(c.dipRevenue()), false);
            if (c.dip() != null) {
                g.money(r, 16, e4(c.dip().revenue().incrementalLow()), false);
                g.money(r, 17, e4(c.dip().revenue().incrementalHigh()), false);
            }
            if (c.halo() != null) {
                g.money(r, 18, e4(c.halo().revenue().incremental()), false);
                g.money(r, 19, e4(c.halo().revenue().incrementalLow()), false);
                g.money(r, 20, e4(c.halo().revenue().incrementalHigh()), false);
            }
            CampaignImpact.Synthetic s = c.synthetic();
            if (s != null) {
                g.money(r, 21, e4(s.revenue().baseline()), false);
                g.formula(r, 22, Grid.ref(r, 6) + "-" + Grid.ref(r, 21), Kind.MONEY, false);
                g.money(r, 23, e4(s.revenue().incrementalLow()), false);
                g.money(r, 24, e4(s.revenue().incrementalHigh()), false);
                g.text(r, 25, donors(s));
            }
            r++;
        }
        int total = r;
        g.totalLabel(total, DIP, labels.get("total"));
        for (int c : new int[] {4, 5, 6, 7, 10, 11, 12}) g.formula(total, c, "SUM(" + Grid.range(first, c, total - 1, c) + ")", Kind.MONEY, true);
        g.formula(total, 13, ratio(Grid.ref(total, 12), Grid.ref(total, 4)), Kind.DECIMAL, true);
        g.formula(total, 14, ratio(Grid.ref(total, 6), Grid.ref(total, 4)), Kind.DECIMAL, true);
        SheetLayout.filter(sheet, HEADER, total - 1, COLUMNS.length - 1);
        return total + 1;
    }

    /** "name weight, ..." of the donors with a weight of at least 0.0005, heaviest first. */
    static String donors(CampaignImpact.Synthetic s) {
        StringBuilder b = new StringBuilder();
        for (int i : s.heaviest()) {
            if (b.length() > 0) b.append(", ");
            b.append(s.donors().get(i)).append(' ').append(BigDecimal.valueOf(s.weights()[i]).setScale(3, RoundingMode.HALF_UP).toPlainString());
        }
        return b.toString();
    }

    static long e4(double yuan) { return Money.roundedE4(BigDecimal.valueOf(yuan)); }

    /** Blank, not an error, for a campaign without spend. */
    static String ratio(String num, String den) { return "IF(" + den + "=0,\"\"," + num + "/" + den + ")"; }
}
