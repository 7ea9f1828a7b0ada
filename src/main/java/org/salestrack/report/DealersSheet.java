package org.salestrack.report;

import org.apache.poi.ss.usermodel.Sheet;
import org.salestrack.model.report.DealerLine;
import org.salestrack.model.report.SalesReportData;
import org.salestrack.report.Styles.Kind;

/**
 * Dealers in the period: sell-in, sell-out, stock and target, with target completion and sell-through as
 * formulas. A dealer without a target shows an empty completion, not 0%.
 */
final class DealersSheet {
    static final int HEADER = 3;
    static final String[] COLUMNS = {"col.dealer", "col.name", "col.tier", "col.grade", "col.province", "col.sellInQty",
        "col.sellInAmount", "col.sellOutQty", "col.sellOutAmount", "col.stock", "col.targetQty", "col.targetAmount",
        "col.completion", "col.sellThrough"};

    private final ReportLabels labels;

    DealersSheet(ReportLabels labels) { this.labels = labels; }

    void write(Sheet sheet, Grid g, SalesReportData d) {
        g.banner(0, 0, labels.format("dealers.title", d.period().toString()), g.styles().title());
        g.banner(1, 0, labels.get("dealers.note"), g.styles().note());
        for (int c = 0; c < COLUMNS.length; c++) g.header(HEADER, c, labels.get(COLUMNS[c]));
        SheetLayout.frame(sheet, HEADER, 2);
        if (d.dealers().isEmpty()) {
            g.banner(HEADER + 1, 0, labels.get("none.dealers"), g.styles().note());
            return;
        }
        int first = HEADER + 1;
        int r = first;
        for (DealerLine x : d.dealers()) {
            g.text(r, 0, x.code());
            g.text(r, 1, x.name());
            g.text(r, 2, x.tier());
            g.text(r, 3, x.grade());
            g.text(r, 4, x.province());
            g.integer(r, 5, x.sellInQty(), false);
            g.money(r, 6, x.sellInE4(), false);
            g.integer(r, 7, x.sellOutQty(), false);
            g.money(r, 8, x.sellOutE4(), false);
            g.integer(r, 9, x.stockOnHand(), false);
            if (x.targetQty() != null) g.integer(r, 10, x.targetQty(), false);
            if (x.targetE4() != null) g.money(r, 11, x.targetE4(), false);
            ratios(g, r);
            r++;
        }
        int total = r;
        g.totalLabel(total, COLUMNS.length - 1, labels.get("total"));
        for (int c = 5; c <= 11; c++) {
            Kind k = c == 6 || c == 8 || c == 11 ? Kind.MONEY : Kind.INTEGER;
            g.formula(total, c, "SUM(" + Grid.range(first, c, total - 1, c) + ")", k, true);
        }
        // only dealers with a target (or with shipments) count in the ratio of the totals
        g.formula(total, 12, "IF(" + Grid.ref(total, 11) + "=0,\"\",SUMIF(" + Grid.range(first, 11, total - 1, 11) + ",\">0\","
                + Grid.range(first, 8, total - 1, 8) + ")/" + Grid.ref(total, 11) + ")", Kind.PERCENT, true);
        g.formula(total, 13, "IF(" + Grid.ref(total, 5) + "=0,\"\",SUMIF(" + Grid.range(first, 5, total - 1, 5) + ",\">0\","
                + Grid.range(first, 7, total - 1, 7) + ")/" + Grid.ref(total, 5) + ")", Kind.PERCENT, true);
        SheetLayout.filter(sheet, HEADER, total - 1, COLUMNS.length - 1);
    }

    /** Completion = sell-out amount / target amount; sell-through = sell-out units / sell-in units. */
    private static void ratios(Grid g, int r) {
        g.formula(r, 12, share(Grid.ref(r, 8), Grid.ref(r, 11)), Kind.PERCENT, false);
        g.formula(r, 13, share(Grid.ref(r, 7), Grid.ref(r, 5)), Kind.PERCENT, false);
    }

    /** Blank, not an error or 0%, when there is nothing to divide by. */
    private static String share(String num, String den) {
        return "IF(OR(" + den + "=\"\"," + den + "=0),\"\"," + num + "/" + den + ")";
    }
}
