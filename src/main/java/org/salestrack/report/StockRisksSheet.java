package org.salestrack.report;

import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.Sheet;
import org.salestrack.model.inventory.ReplenishmentLine;
import org.salestrack.model.inventory.SlowMover;
import org.salestrack.model.report.SalesReportData;
import org.salestrack.model.report.StockRisks;
import org.salestrack.report.Styles.Kind;

/**
 * Slow movers and stock-out risks as of the period's last day (issue 15 item 8), two tables on one sheet.
 * Slow movers: SKU, region, life-cycle stage, weeks below, units expected and sold over those weeks, the
 * share as a live formula, the action and its reason (in the screen's words: stages, actions and reasons
 * come from the application's message bundle). Stock-out risks: each location x SKU whose projected stock
 * at the end of the lead time (a live formula: on hand + in transit - demand over the lead time) is under
 * its safety stock, and by how much (also a formula). A location x SKU without any stock count is not a risk but
 * unknown: the sheet says how many there are; above {@code SalesReportService.INVENTORY_ROWS} risks the largest by
 * value at unit cost are listed and the rest counted below them (issue 23).
 */
final class StockRisksSheet {
    static final int SLOW_HEADER = 3;
    static final String[] SLOW_COLUMNS = {"col.sku", "col.region", "risks.col.stage", "risks.col.weeksBelow", "risks.col.expected",
        "risks.col.actual", "risks.col.share", "risks.col.action", "risks.col.reason"};
    static final String[] RISK_COLUMNS = {"col.location", "col.province", "col.sku", "col.onHand", "col.inTransit", "col.leadTime",
        "col.demandLt", "risks.col.projected", "col.safetyStock", "risks.col.shortfall"};

    private final ReportLabels labels;
    private final ResourceBundle words;

    StockRisksSheet(ReportLabels labels) {
        this.labels = labels;
        this.words = ResourceBundle.getBundle("i18n.messages", labels.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    void write(Sheet sheet, Grid g, SalesReportData d) {
        StockRisks risks = d.stockRisks();
        g.banner(0, 0, labels.format("risks.title", d.period().atEndOfMonth().toString()), g.styles().title());
        g.banner(1, 0, labels.get("risks.note"), g.styles().note());
        g.banner(SLOW_HEADER - 1, 0, labels.get("risks.slow.title"), g.styles().note());
        for (int c = 0; c < SLOW_COLUMNS.length; c++) g.header(SLOW_HEADER, c, labels.get(SLOW_COLUMNS[c]));
        SheetLayout.frame(sheet, SLOW_HEADER, 2);
        int r = SLOW_HEADER + 1;
        if (risks.slowMovers().isEmpty()) g.banner(r++, 0, labels.get("risks.slow.none"), g.styles().note());
        for (SlowMover m : risks.slowMovers()) {
            double expected = 0;
            double actual = 0;
            for (int i = m.actual().length - m.slowWeeks(); i < m.actual().length; i++) {
                expected += m.expected()[i];
                actual += m.actual()[i];
            }
            g.text(r, 0, m.sku());
            g.text(r, 1, m.region());
            g.text(r, 2, words.getString("inventory.stage." + m.stage().name().toLowerCase(Locale.ROOT)));
            g.integer(r, 3, m.slowWeeks(), false);
            g.decimal(r, 4, expected);
            g.decimal(r, 5, actual);
            g.formula(r, 6, "IF(" + Grid.ref(r, 4) + ">0," + Grid.ref(r, 5) + "/" + Grid.ref(r, 4) + ",0)", Kind.PERCENT, false);
            g.text(r, 7, words.getString("inventory.action." + m.action().name().toLowerCase(Locale.ROOT)));
            g.text(r, 8, m.reason().format(words::getString, labels.locale()));
            r++;
        }
        int riskTitle = r + 1;
        int riskHeader = riskTitle + 1;
        g.banner(riskTitle, 0, labels.get("risks.stockout.title"), g.styles().note());
        for (int c = 0; c < RISK_COLUMNS.length; c++) g.header(riskHeader, c, labels.get(RISK_COLUMNS[c]));
        r = riskHeader + 1;
        if (risks.stockOuts().isEmpty()) g.banner(r++, 0, labels.get("risks.stockout.none"), g.styles().note());
        for (ReplenishmentLine l : risks.stockOuts()) {
            g.text(r, 0, l.location());
            g.text(r, 1, org.salestrack.model.Provinces.get().name(l.province(), labels.chinese(), l.province()));
            g.text(r, 2, l.sku());
            g.integer(r, 3, l.onHand(), false);
            g.integer(r, 4, l.inTransit(), false);
            g.integer(r, 5, l.leadTimeDays(), false);
            g.decimal(r, 6, l.demandLt());
            g.formula(r, 7, Grid.ref(r, 3) + "+" + Grid.ref(r, 4) + "-" + Grid.ref(r, 6), Kind.DECIMAL, false);
            g.decimal(r, 8, l.safetyStock());
            g.formula(r, 9, Grid.ref(r, 8) + "-" + Grid.ref(r, 7), Kind.DECIMAL, false);
            r++;
        }
        // issue 23: the risks left out above the listed count, and the location x SKU whose stock is unknown (not judged)
        if (risks.stockOutsNotShown() > 0) {
            g.banner(r++, 0, labels.format("risks.stockout.more", risks.stockOutsNotShown(), risks.stockOuts().size()), g.styles().note());
        }
        if (risks.uncounted() > 0) g.banner(r, 0, labels.format("risks.stockout.uncounted", risks.uncounted()), g.styles().note());
    }

    /** The row of the stock-out risks' header, below the slow movers (one row when there are none) and a blank and a title row. */
    static int riskHeader(int slowMovers) { return SLOW_HEADER + 1 + Math.max(1, slowMovers) + 2; }
}
