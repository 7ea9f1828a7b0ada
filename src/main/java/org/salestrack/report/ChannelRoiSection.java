package org.salestrack.report;

import java.util.List;
import org.salestrack.model.Money;
import org.salestrack.model.marketing.CampaignCustomers;
import org.salestrack.model.marketing.ChannelReturn;
import org.salestrack.report.Styles.Kind;

/**
 * The Marketing sheet's channel ROI by month and the customers campaigns brought, below the campaigns:
 * ROI, incremental revenue / spend, CAC and the repeat rate are live formulas over the written cells.
 */
final class ChannelRoiSection {
    static final String[] MONTH_COLUMNS = {"col.channel", "col.month", "col.adSpend", "col.incrementalRevenue", "col.incrementalMargin",
        "col.roi", "marketing.roi.revenuePerSpend", "marketing.roi.newCustomers", "marketing.roi.cac"};
    static final String[] CUSTOMER_COLUMNS = {"col.campaign", "col.name", "col.adSpend", "marketing.roi.brought", "marketing.roi.repeaters",
        "marketing.roi.repeatRate", "marketing.roi.cac"};

    private ChannelRoiSection() {}

    /** Writes the channel x month table from {@code top} (title, note, header, rows, total); returns the row after it. */
    static int months(ReportLabels labels, Grid g, List<ChannelReturn> rows, int top) {
        g.banner(top, 0, labels.get("marketing.roi.title"), g.styles().title());
        g.banner(top + 1, 0, labels.get("marketing.roi.note"), g.styles().note());
        int header = top + 2;
        for (int c = 0; c < MONTH_COLUMNS.length; c++) g.header(header, c, labels.get(MONTH_COLUMNS[c]));
        if (rows.isEmpty()) {
            g.banner(header + 1, 0, labels.get("marketing.roi.none"), g.styles().note());
            return header + 2;
        }
        int first = header + 1, r = first;
        for (ChannelReturn m : rows) {
            g.text(r, 0, m.channel());
            g.text(r, 1, m.month().toString());
            g.money(r, 2, Money.roundedE4(m.spend()), false);
            g.money(r, 3, MarketingSheet.e4(m.incrementalRevenue()), false);
            g.money(r, 4, MarketingSheet.e4(m.incrementalMargin()), false);
            g.integer(r, 7, m.newCustomers(), false);
            ratios(g, r, false);
            r++;
        }
        g.totalLabel(r, 1, labels.get("total"));
        for (int c : new int[] {2, 3, 4, 7}) {
            Kind kind = c == 7 ? Kind.INTEGER : Kind.MONEY;
            g.formula(r, c, "SUM(" + Grid.range(first, c, r - 1, c) + ")", kind, true);
        }
        ratios(g, r, true);
        return r + 1;
    }

    private static void ratios(Grid g, int r, boolean total) {
        g.formula(r, 5, MarketingSheet.ratio(Grid.ref(r, 4), Grid.ref(r, 2)), Kind.DECIMAL, total);
        g.formula(r, 6, MarketingSheet.ratio(Grid.ref(r, 3), Grid.ref(r, 2)), Kind.DECIMAL, total);
        g.formula(r, 8, cac(Grid.ref(r, 2), Grid.ref(r, 7)), Kind.MONEY, total);
    }

    /** Writes the customers each campaign brought from {@code top}; returns the row after it. */
    static int customers(ReportLabels labels, Grid g, List<CampaignCustomers> rows, int top) {
        g.banner(top, 0, labels.get("marketing.customers.title"), g.styles().title());
        g.banner(top + 1, 0, labels.get("marketing.customers.note"), g.styles().note());
        int header = top + 2;
        for (int c = 0; c < CUSTOMER_COLUMNS.length; c++) g.header(header, c, labels.get(CUSTOMER_COLUMNS[c]));
        if (rows.isEmpty()) {
            g.banner(header + 1, 0, labels.get("none.campaigns"), g.styles().note());
            return header + 2;
        }
        int r = header + 1;
        for (CampaignCustomers c : rows) {
            g.text(r, 0, c.code());
            g.text(r, 1, c.name());
            g.money(r, 2, Money.roundedE4(c.spend()), false);
            g.integer(r, 3, c.newCustomers(), false);
            g.integer(r, 4, c.repeaters(), false);
            g.formula(r, 5, MarketingSheet.ratio(Grid.ref(r, 4), Grid.ref(r, 3)), Kind.PERCENT, false);
            g.formula(r, 6, cac(Grid.ref(r, 2), Grid.ref(r, 3)), Kind.MONEY, false);
            r++;
        }
        return r;
    }

    /** Blank where nobody was brought or nothing was spent, as on the screen. */
    private static String cac(String spend, String customers) {
        return "IF(OR(" + customers + "=0," + spend + "=0),\"\"," + spend + "/" + customers + ")";
    }
}
