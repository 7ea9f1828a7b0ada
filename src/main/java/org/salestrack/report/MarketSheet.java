package org.salestrack.report;

import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.salestrack.model.market.ShareRow;
import org.salestrack.model.report.SalesReportData;
import org.salestrack.report.Styles.Kind;

/**
 * Our share of the market panel: by province in the report month, then by month over the trend, each with
 * our units and value, the market's, and the shares as live formulas (ours over the market's), totals summed.
 * Only the cells the panel covers are counted, so a province or month it lacks is not on the sheet.
 */
final class MarketSheet {
    static final int HEADER = 3;
    private static final int LAST_COL = 6;

    private final ReportLabels labels;

    MarketSheet(ReportLabels labels) { this.labels = labels; }

    void write(Sheet sheet, Grid g, SalesReportData d) {
        g.banner(0, 0, labels.format("market.title", d.period().toString()), g.styles().title());
        g.banner(1, 0, labels.get("market.note"), g.styles().note());
        int last = table(g, HEADER, "col.province", d.market().provinces());
        SheetLayout.frame(sheet, HEADER, 1);
        if (d.market().provinces().isEmpty()) {
            g.banner(HEADER + 1, 0, labels.get("none.market"), g.styles().note());
            last = HEADER + 1;
        }
        int byMonth = last + 3;
        g.banner(byMonth - 1, 0, labels.get("market.byMonth"), g.styles().section());
        table(g, byMonth, "col.month", d.market().months());
    }

    /** One table with its header at row {@code header}; returns its total row. */
    private int table(Grid g, int header, String firstKey, List<ShareRow> rows) {
        String[] keys = {firstKey, "col.qty", "col.marketUnits", "col.shareUnits", "col.amount", "col.marketValue", "col.shareValue"};
        for (int c = 0; c < keys.length; c++) g.header(header, c, labels.get(keys[c]));
        int first = header + 1;
        int r = first;
        for (ShareRow row : rows) {
            g.text(r, 0, row.keys().get(0));
            g.integer(r, 1, row.units(), false);
            g.integer(r, 2, row.marketUnits(), false);
            g.formula(r, 3, share(r, 1, 2), Kind.PERCENT, false);
            g.money(r, 4, row.valueE4(), false);
            g.money(r, 5, row.marketValueE4(), false);
            g.formula(r, 6, share(r, 4, 5), Kind.PERCENT, false);
            r++;
        }
        if (rows.isEmpty()) return header;
        g.totalLabel(r, LAST_COL, labels.get("total"));
        for (int c : new int[] {1, 2, 4, 5}) {
            g.formula(r, c, "SUM(" + Grid.range(first, c, r - 1, c) + ")", c >= 4 ? Kind.MONEY : Kind.INTEGER, true);
        }
        g.formula(r, 3, share(r, 1, 2), Kind.PERCENT, true);
        g.formula(r, 6, share(r, 4, 5), Kind.PERCENT, true);
        return r;
    }

    private static String share(int r, int ours, int market) {
        return "IFERROR(" + Grid.ref(r, ours) + "/" + Grid.ref(r, market) + ",\"\")";
    }
}
