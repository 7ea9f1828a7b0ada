package org.salestrack.report;

import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.salestrack.model.report.CustomerLines;
import org.salestrack.model.report.SalesReportData;
import org.salestrack.report.Styles.Kind;

/**
 * The customer base at the month's end: the headline counts, the segments with their shares and mean
 * spend as formulas, the recency x frequency grid and churn by region. Pseudonymous counts only: no
 * customer id leaves the workspace through this sheet.
 */
final class CustomersSheet {
    static final int HEADER = 4;
    static final String[] SEGMENT_COLUMNS = {"col.segment", "col.customers", "col.customerShare", "col.spend", "col.spendShare", "col.meanSpend"};

    private final ReportLabels labels;

    CustomersSheet(ReportLabels labels) { this.labels = labels; }

    void write(Sheet sheet, Grid g, SalesReportData d) {
        CustomerLines c = d.customers();
        g.banner(0, 0, labels.format("customers.title", c.asOf() == null ? d.period().toString() : c.asOf().toString()), g.styles().title());
        g.banner(1, 0, labels.format("customers.note", Integer.toString(c.churnMonths())), g.styles().note());
        SheetLayout.frame(sheet, HEADER, 1);
        if (c.isEmpty()) {
            g.banner(HEADER, 0, labels.get("none.customers"), g.styles().note());
            return;
        }
        int r = headline(g, c);
        r = segments(g, c, r + 2);
        r = grid(g, c, r + 2);
        if (!c.emptyScores().isEmpty()) g.banner(++r, 0, labels.format("customers.emptyScores", String.join(", ", c.emptyScores())), g.styles().note());
        churn(g, c, r + 2);
    }

    /** Customers, churned, high value and ecosystem buyers, each with its share of all customers. */
    private int headline(Grid g, CustomerLines c) {
        int r = HEADER - 2;
        String[] keys = {"customers.all", "customers.churned", "customers.highValue", "customers.ecosystem"};
        long[] values = {c.customers(), c.churned(), c.highValue(), c.ecosystemCustomers()};
        g.header(r, 0, labels.get("col.measure"));
        g.header(r, 1, labels.get("col.customers"));
        g.header(r, 2, labels.get("col.customerShare"));
        for (int i = 0; i < keys.length; i++) {
            int row = r + 1 + i;
            g.text(row, 0, labels.get(keys[i]));
            g.integer(row, 1, values[i], false);
            g.formula(row, 2, Grid.ref(row, 1) + "/" + Grid.abs(r + 1, 1), Kind.PERCENT, false);
        }
        return r + keys.length;
    }

    private int segments(Grid g, CustomerLines c, int top) {
        int header = top + 1;
        g.banner(top, 0, labels.get("customers.segments"), g.styles().title());
        for (int i = 0; i < SEGMENT_COLUMNS.length; i++) g.header(header, i, labels.get(SEGMENT_COLUMNS[i]));
        int first = header + 1;
        int r = first;
        for (CustomerLines.Segment s : c.segments()) {
            g.text(r, 0, labels.get("segment." + s.segment().name().toLowerCase(Locale.ROOT)));
            g.integer(r, 1, s.customers(), false);
            g.money(r, 3, s.spendE4(), false);
            r++;
        }
        int total = r;
        g.totalLabel(total, 0, labels.get("total"));
        g.formula(total, 1, "SUM(" + Grid.range(first, 1, total - 1, 1) + ")", Kind.INTEGER, true);
        g.formula(total, 3, "SUM(" + Grid.range(first, 3, total - 1, 3) + ")", Kind.MONEY, true);
        for (int row = first; row <= total; row++) {
            boolean t = row == total;
            g.formula(row, 2, "IF(" + Grid.abs(total, 1) + "=0,\"\"," + Grid.ref(row, 1) + "/" + Grid.abs(total, 1) + ")", Kind.PERCENT, t);
            g.formula(row, 4, "IF(" + Grid.abs(total, 3) + "=0,\"\"," + Grid.ref(row, 3) + "/" + Grid.abs(total, 3) + ")", Kind.PERCENT, t);
            g.formula(row, 5, "IF(" + Grid.ref(row, 1) + "=0,\"\"," + Grid.ref(row, 3) + "/" + Grid.ref(row, 1) + ")", Kind.MONEY, t);
        }
        return total;
    }

    /** Recency 5 (bought most recently) on top, frequency 1 on the left: the screen's grid. */
    private int grid(Grid g, CustomerLines c, int top) {
        g.banner(top, 0, labels.get("customers.grid"), g.styles().title());
        int header = top + 1;
        g.header(header, 0, labels.get("col.recencyFrequency"));
        for (int f = 1; f <= 5; f++) g.header(header, f, "F" + f);
        for (int r = 5; r >= 1; r--) {
            int row = header + 1 + (5 - r);
            g.text(row, 0, "R" + r);
            for (int f = 1; f <= 5; f++) g.integer(row, f, c.grid()[r - 1][f - 1], false);
        }
        return header + 5;
    }

    private void churn(Grid g, CustomerLines c, int top) {
        g.banner(top, 0, labels.get("customers.churnByRegion"), g.styles().title());
        int header = top + 1;
        g.header(header, 0, labels.get("col.region"));
        g.header(header, 1, labels.get("col.customers"));
        g.header(header, 2, labels.get("col.churned"));
        g.header(header, 3, labels.get("col.churnRate"));
        int r = header + 1;
        for (CustomerLines.Churn x : c.churnByRegion()) {
            g.text(r, 0, x.region().isEmpty() ? "–" : x.region());
            g.integer(r, 1, x.customers(), false);
            g.integer(r, 2, x.churned(), false);
            g.formula(r, 3, "IF(" + Grid.ref(r, 1) + "=0,\"\"," + Grid.ref(r, 2) + "/" + Grid.ref(r, 1) + ")", Kind.PERCENT, false);
            r++;
        }
    }
}
