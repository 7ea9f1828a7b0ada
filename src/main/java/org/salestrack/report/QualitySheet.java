package org.salestrack.report;

import org.apache.poi.ss.usermodel.Sheet;
import org.salestrack.model.report.IssuesByStatus;
import org.salestrack.model.report.QuarantineLine;
import org.salestrack.model.report.SalesReportData;
import org.salestrack.report.Styles.Kind;

/** Validation issues by rule and review status, and what each import kept out of the totals. */
final class QualitySheet {
    static final int HEADER = 3;

    private final ReportLabels labels;

    QualitySheet(ReportLabels labels) { this.labels = labels; }

    void write(Sheet sheet, Grid g, SalesReportData d) {
        g.banner(0, 0, labels.get("quality.title"), g.styles().title());
        g.banner(1, 0, labels.get("quality.note"), g.styles().note());
        String[] keys = {"col.rule", "col.severity", "col.open", "col.accepted", "col.rejected", "col.total"};
        for (int c = 0; c < keys.length; c++) g.header(HEADER, c, labels.get(keys[c]));
        SheetLayout.frame(sheet, HEADER, 1);
        int first = HEADER + 1;
        int r = first;
        for (IssuesByStatus i : d.issues()) {
            g.text(r, 0, i.rule());
            g.text(r, 1, i.severity());
            g.integer(r, 2, i.open(), false);
            g.integer(r, 3, i.accepted(), false);
            g.integer(r, 4, i.rejected(), false);
            g.formula(r, 5, "SUM(" + Grid.range(r, 2, r, 4) + ")", Kind.INTEGER, false);
            r++;
        }
        if (d.issues().isEmpty()) {
            g.banner(r++, 0, labels.get("none.issues"), g.styles().note());
        } else {
            g.totalLabel(r, 5, labels.get("total"));
            for (int c = 2; c <= 5; c++) g.formula(r, c, "SUM(" + Grid.range(first, c, r - 1, c) + ")", Kind.INTEGER, true);
            SheetLayout.filter(sheet, HEADER, r - 1, keys.length - 1);
            r++;
        }
        writeKeptOut(g, d, r + 2);
    }

    private void writeKeptOut(Grid g, SalesReportData d, int header) {
        g.banner(header - 1, 0, labels.get("quality.keptOut"), g.styles().section());
        String[] keys = {"col.batch", "col.file", "col.quarantined", "col.held", "col.heldAmount", "col.duplicates"};
        for (int c = 0; c < keys.length; c++) g.header(header, c, labels.get(keys[c]));
        if (d.quarantine().isEmpty()) {
            g.banner(header + 1, 0, labels.get("none.keptOut"), g.styles().note());
            return;
        }
        int first = header + 1;
        int r = first;
        for (QuarantineLine q : d.quarantine()) {
            g.id(r, 0, q.batchId());
            g.text(r, 1, q.file());
            g.integer(r, 2, q.quarantinedRows(), false);
            g.integer(r, 3, q.heldLines(), false);
            g.money(r, 4, q.heldE4(), false);
            g.integer(r, 5, q.duplicateLines(), false);
            r++;
        }
        g.totalLabel(r, 5, labels.get("total"));
        for (int c = 2; c <= 5; c++) {
            g.formula(r, c, "SUM(" + Grid.range(first, c, r - 1, c) + ")", c == 4 ? Kind.MONEY : Kind.INTEGER, true);
        }
    }
}
