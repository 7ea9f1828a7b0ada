package org.salestrack.report;

import org.salestrack.model.Money;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.salestrack.model.ImportBatch;
import org.salestrack.model.report.Provenance;
import org.salestrack.model.report.ReportSection;
import org.salestrack.model.report.SalesReportData;

/**
 * Where the numbers come from: when and by which version the workbook was made, the window and filter,
 * and every import batch with its file's SHA-256, so a reader can tie each figure to the files sent in.
 */
final class ProvenanceSheet {
    static final String[] COLUMNS = {"col.batch", "col.file", "col.kind", "col.profile", "col.sha256", "col.read", "col.stored",
        "col.quarantined", "col.rejected", "col.duplicates", "col.status", "col.started", "col.finished"};

    private final ReportLabels labels;

    ProvenanceSheet(ReportLabels labels) { this.labels = labels; }

    static final int HEADER = 3;

    /**
     * The batch table first, so its header can stay frozen on screen, then how the workbook was made.
     * Returns the row of the batch table's header.
     */
    int write(Sheet sheet, Grid g, SalesReportData d) {
        g.banner(0, 0, labels.get("provenance.title"), g.styles().title());
        g.banner(1, 0, labels.format("provenance.note", d.batches().size()), g.styles().note());
        for (int c = 0; c < COLUMNS.length; c++) g.header(HEADER, c, labels.get(COLUMNS[c]));
        int row = HEADER + 1;
        for (ImportBatch b : d.batches()) {
            g.id(row, 0, b.id());
            g.text(row, 1, b.fileName());
            g.text(row, 2, b.kind());
            g.text(row, 3, b.profile());
            g.text(row, 4, b.sha256());
            g.integer(row, 5, b.read(), false);
            g.integer(row, 6, b.stored(), false);
            g.integer(row, 7, b.quarantined(), false);
            g.integer(row, 8, b.rejected(), false);
            g.integer(row, 9, b.duplicates(), false);
            g.text(row, 10, b.status().id());
            g.dateTime(row, 11, time(b.startedAt()));
            g.dateTime(row, 12, time(b.finishedAt()));
            row++;
        }
        if (d.batches().isEmpty()) g.banner(row, 0, labels.get("none.batches"), g.styles().note());
        SheetLayout.frame(sheet, HEADER, 2);
        SheetLayout.filter(sheet, HEADER, row - 1, COLUMNS.length - 1);
        writeMaking(g, d, row + 2);
        return HEADER;
    }

    private void writeMaking(Grid g, SalesReportData d, int first) {
        Provenance p = d.provenance();
        int r = first;
        g.text(r, 0, labels.get("prov.generated"));
        g.dateTime(r++, 1, p.generatedAt());
        r = pair(g, r, "prov.version", p.appVersion());
        r = pair(g, r, "prov.workspace", p.workspace());
        r = pair(g, r, "prov.period", d.period().toString());
        g.text(r, 0, labels.get("prov.from"));
        g.date(r++, 1, LocalDate.parse(p.from()));
        g.text(r, 0, labels.get("prov.to"));
        g.date(r++, 1, LocalDate.parse(p.to()));
        r = pair(g, r, "prov.filter", labels.get("prov.filterText"));
        r = pair(g, r, "prov.held", p.heldLines() == 0 ? labels.get("prov.held.none")
                : labels.format("prov.held.some", p.heldLines(), Money.ofE4(p.heldE4())));
        r = pair(g, r, "prov.sections", d.request().sections().stream().sorted().map(ReportSection::id).collect(Collectors.joining(",")));
        // the detail lists every counted line of the month; left out (by default above a line count), say how many it would hold
        long lines = d.trend().isEmpty() ? 0 : d.trend().get(d.trend().size() - 1).rows();
        r = pair(g, r, "prov.detail", d.request().wants(ReportSection.DETAIL) ? labels.format("prov.detail.in", lines)
                : labels.format("prov.detail.out", lines));
        // issue 23: the inventory sheets list a bounded number of lines, and plan counted stock only
        if (d.request().wants(ReportSection.INVENTORY)) r = pair(g, r, "prov.orders", listed(d.purchaseOrders().lines().size(), d.purchaseOrders().notShown()));
        if (d.request().wants(ReportSection.STOCK_RISKS)) r = pair(g, r, "prov.risks", listed(d.stockRisks().stockOuts().size(), d.stockRisks().stockOutsNotShown()));
        int uncounted = Math.max(d.purchaseOrders().uncounted(), d.stockRisks().uncounted());
        if (uncounted > 0) r = pair(g, r, "prov.uncounted", labels.format("prov.uncounted.value", uncounted));
        pair(g, r, "prov.language", labels.locale().toLanguageTag());
    }

    private String listed(int shown, int notShown) {
        return notShown == 0 ? labels.format("prov.listed.all", shown) : labels.format("prov.listed.some", shown, notShown);
    }

    private int pair(Grid g, int r, String key, String value) {
        g.text(r, 0, labels.get(key));
        g.banner(r, 1, value, g.styles().of(Styles.Kind.TEXT));
        return r + 1;
    }

    private static LocalDateTime time(String iso) {
        if (iso == null) return null;
        try {
            return LocalDateTime.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
