package org.salestrack.report;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Sheet;
import org.salestrack.model.dealer.DealerBoard;
import org.salestrack.model.dealer.DealerRow;
import org.salestrack.model.dealer.Grade;
import org.salestrack.model.dealer.GradeRules;
import org.salestrack.model.report.SalesReportData;
import org.salestrack.report.Styles.Kind;

/**
 * The quarter's dealer rebates for finance to audit: the rules' rates in a block of their own, each dealer's
 * grade, sales, target and digital-tools flag as values, and every amount a live formula over them, so a
 * changed rate or a corrected sales figure recomputes the sheet. The formulas are the engine's
 * (analytics.dealer.Rebates): base = ROUND(sales x rate of the grade, 2), excess = ROUND(MAX(0, sales -
 * target) x excess rate, 2) on the excess only, logistics = ROUND(sales x digital rate x flag, 2).
 */
final class RebatesSheet {
    static final int RATES = 3;
    static final int HEADER = RATES + 7;
    static final String[] COLUMNS = {"col.dealer", "col.name", "col.tier", "col.grade", "col.sales", "col.target", "col.digital",
        "col.baseRate", "col.base", "col.overTarget", "col.excess", "col.logistics", "col.rebate"};
    private static final String[] RATE_LABELS = {"rebates.rate.a", "rebates.rate.b", "rebates.rate.c", "rebates.rate.excess", "rebates.rate.digital"};

    private final ReportLabels labels;

    RebatesSheet(ReportLabels labels) { this.labels = labels; }

    void write(Sheet sheet, Grid g, SalesReportData d) {
        DealerBoard b = d.rebates();
        g.banner(0, 0, labels.format("rebates.title", b == null ? d.period().toString() : b.period().toString()), g.styles().title());
        g.banner(1, 0, labels.get("rebates.note"), g.styles().note());
        if (b == null || b.rows().isEmpty()) {
            g.banner(HEADER + 1, 0, labels.get("none.rebates"), g.styles().note());
            return;
        }
        GradeRules r = b.rules();
        g.header(RATES, 0, labels.get("rebates.rates"));
        BigDecimal[] rates = {r.rateA(), r.rateB(), r.rateC(), r.excessRate(), r.digitalRate()};
        for (int i = 0; i < rates.length; i++) {
            g.text(RATES + 1 + i, 0, labels.get(RATE_LABELS[i]));
            g.rate(RATES + 1 + i, 1, rates[i].doubleValue());
        }
        for (int c = 0; c < COLUMNS.length; c++) g.header(HEADER, c, labels.get(COLUMNS[c]));
        SheetLayout.frame(sheet, HEADER, 2);
        int first = HEADER + 1;
        int row = first;
        for (DealerRow x : b.rows()) {
            g.text(row, 0, x.code());
            g.text(row, 1, x.card().dealer().name());
            g.text(row, 2, x.card().dealer().tier());
            g.text(row, 3, x.grade().name());
            g.money(row, 4, x.card().salesE4(), false);
            if (x.card().targetE4() != null) g.money(row, 5, x.card().targetE4(), false);
            g.integer(row, 6, x.card().dealer().digitalTools() ? 1 : 0, false);
            formulas(g, row);
            row++;
        }
        int total = row;
        g.totalLabel(total, COLUMNS.length - 1, labels.get("total"));
        for (int c : new int[] {4, 5, 8, 9, 10, 11, 12}) {
            g.formula(total, c, "SUM(" + Grid.range(first, c, total - 1, c) + ")", Kind.MONEY, true);
        }
        SheetLayout.filter(sheet, HEADER, total - 1, COLUMNS.length - 1);
    }

    /** The amounts of one dealer's row, as formulas over its values and the rates block. */
    static void formulas(Grid g, int r) {
        String grade = Grid.ref(r, 3);
        String sales = Grid.ref(r, 4);
        String target = Grid.ref(r, 5);
        g.formula(r, 7, "IF(" + grade + "=\"" + Grade.A + "\"," + rate(0) + ",IF(" + grade + "=\"" + Grade.B + "\"," + rate(1) + "," + rate(2) + "))",
                Kind.PERCENT, false);
        g.formula(r, 8, "ROUND(" + sales + "*" + Grid.ref(r, 7) + ",2)", Kind.MONEY, false);
        // no target, no excess: an empty target is not a target of zero
        g.formula(r, 9, "IF(" + target + "=\"\",0,MAX(0," + sales + "-" + target + "))", Kind.MONEY, false);
        g.formula(r, 10, "ROUND(" + Grid.ref(r, 9) + "*" + rate(3) + ",2)", Kind.MONEY, false);
        g.formula(r, 11, "ROUND(" + sales + "*" + rate(4) + "*" + Grid.ref(r, 6) + ",2)", Kind.MONEY, false);
        g.formula(r, 12, Grid.ref(r, 8) + "+" + Grid.ref(r, 10) + "+" + Grid.ref(r, 11), Kind.MONEY, false);
    }

    private static String rate(int i) { return Grid.abs(RATES + 1 + i, 1); }
}
