package org.salestrack.report;

import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.salestrack.model.report.FeedbackLines;
import org.salestrack.model.report.SalesReportData;
import org.salestrack.report.Styles.Kind;

/**
 * Customer feedback over the three months to the report month: negative share by model (a formula over its
 * reviews) and by model and aspect (a red heat map), the complaints made most often with the newest sentences
 * behind them, the dealers' service tickets with the share resolved within 48 hours as a formula over the
 * counts, slowest dealer first, the refunds of the complaining reviewers' own orders, the reviews by the province of
 * their order and negative share by months since the model's launch.
 */
final class FeedbackSheet {
    static final int GRID_HEADER = 4;
    /** Columns before the aspects in the grid: model, reviews, negative, negative share. */
    static final int ASPECT_COL = 4;

    private final ReportLabels labels;

    FeedbackSheet(ReportLabels labels) { this.labels = labels; }

    void write(Sheet sheet, Grid g, SalesReportData d) {
        FeedbackLines f = d.feedback();
        g.banner(0, 0, labels.format("feedback.title", String.valueOf(f.from()), String.valueOf(f.to()), f.reviews(), f.negative()),
                g.styles().title());
        g.banner(1, 0, labels.get("feedback.note"), g.styles().note());
        SheetLayout.print(sheet, 1);
        g.banner(GRID_HEADER - 1, 0, labels.get("feedback.grid"), g.styles().section());
        int last = grid(sheet, g, f);
        int top = last + 3;
        g.banner(top - 1, 0, labels.get("feedback.top"), g.styles().section());
        last = complaints(g, top, f.complaints());
        int tickets = last + 3;
        g.banner(tickets - 1, 0, labels.get("feedback.tickets"), g.styles().section());
        last = tickets(g, tickets, f.dealers());
        int refunds = last + 3;
        g.banner(refunds - 1, 0, labels.get("feedback.refunds"), g.styles().section());
        last = refunds(g, refunds, f.refunds());
        int provinces = last + 3;
        g.banner(provinces - 1, 0, labels.get("feedback.places.title"), g.styles().section());
        last = provinces(g, provinces, f.provinces());
        int life = last + 3;
        g.banner(life - 1, 0, labels.get("feedback.life.title"), g.styles().section());
        lifeCycle(g, life, f.lifeCycle());
    }

    /** Returns the grid's last row. */
    private int grid(Sheet sheet, Grid g, FeedbackLines f) {
        String[] keys = {"feedback.col.model", "feedback.col.reviews", "feedback.col.negative", "feedback.col.negativeShare"};
        for (int c = 0; c < keys.length; c++) g.header(GRID_HEADER, c, labels.get(keys[c]));
        for (int a = 0; a < f.aspects().size(); a++) g.header(GRID_HEADER, ASPECT_COL + a, f.aspects().get(a));
        if (f.models().isEmpty()) {
            g.banner(GRID_HEADER + 1, 0, labels.get("feedback.none"), g.styles().note());
            return GRID_HEADER + 1;
        }
        int first = GRID_HEADER + 1;
        int r = first;
        for (FeedbackLines.ModelRow m : f.models()) {
            g.text(r, 0, m.model());
            g.integer(r, 1, m.reviews(), false);
            g.integer(r, 2, m.negative(), false);
            g.formula(r, 3, share(r, 2, 1), Kind.PERCENT, false);
            for (int a = 0; a < m.cells().size(); a++) {
                FeedbackLines.Cell c = m.cells().get(a);
                if (c.mentions() > 0) g.rate(r, ASPECT_COL + a, (double) c.complaints() / c.mentions());
            }
            r++;
        }
        int lastAspect = ASPECT_COL + f.aspects().size() - 1;
        if (!f.aspects().isEmpty()) {
            MonthMatrixSheet.heatMap(sheet, new CellRangeAddress(first, r - 1, ASPECT_COL, lastAspect), MonthMatrixSheet.rgb(0xF8, 0x69, 0x6B));
        }
        // the shown models are the most reviewed: the total is theirs, the title counts every review
        g.totalLabel(r, Math.max(3, lastAspect), labels.get("total"));
        g.formula(r, 1, "SUM(" + Grid.range(first, 1, r - 1, 1) + ")", Kind.INTEGER, true);
        g.formula(r, 2, "SUM(" + Grid.range(first, 2, r - 1, 2) + ")", Kind.INTEGER, true);
        g.formula(r, 3, share(r, 2, 1), Kind.PERCENT, true);
        return r;
    }

    private int complaints(Grid g, int header, List<FeedbackLines.Complaint> rows) {
        String[] keys = {"feedback.col.model", "feedback.col.aspect", "feedback.col.complaints", "feedback.col.mentions",
                "feedback.col.complaintShare", "feedback.col.samples"};
        for (int c = 0; c < keys.length; c++) g.header(header, c, labels.get(keys[c]));
        if (rows.isEmpty()) {
            g.banner(header + 1, 0, labels.get("feedback.none"), g.styles().note());
            return header + 1;
        }
        int r = header + 1;
        for (FeedbackLines.Complaint c : rows) {
            g.text(r, 0, c.model());
            g.text(r, 1, c.aspect());
            g.integer(r, 2, c.complaints(), false);
            g.integer(r, 3, c.mentions(), false);
            g.formula(r, 4, share(r, 2, 3), Kind.PERCENT, false);
            // the sentences run over the empty cells to their right instead of widening the grid's aspect column above
            g.banner(r, 5, samples(c.samples()), g.styles().of(Kind.TEXT));
            r++;
        }
        return r - 1;
    }

    /** Returns the section's last row. */
    private int tickets(Grid g, int header, List<FeedbackLines.DealerTickets> rows) {
        String[] keys = {"col.dealer", "col.name", "feedback.col.tickets", "feedback.col.open", "feedback.col.resolvedTickets", "feedback.col.judged", "feedback.col.within48h",
                "feedback.col.share48h", "feedback.col.medianHours"};
        for (int c = 0; c < keys.length; c++) g.header(header, c, labels.get(keys[c]));
        if (rows.isEmpty()) {
            g.banner(header + 1, 0, labels.get("feedback.none.tickets"), g.styles().note());
            return header + 1;
        }
        int first = header + 1;
        int r = first;
        for (FeedbackLines.DealerTickets t : rows) {
            g.text(r, 0, t.dealer());
            g.text(r, 1, t.name());
            g.integer(r, 2, t.tickets(), false);
            g.integer(r, 3, t.open(), false);
            g.integer(r, 4, t.resolved(), false);
            g.integer(r, 5, t.judged(), false);
            g.integer(r, 6, t.within48h(), false);
            g.formula(r, 7, share(r, 6, 5), Kind.PERCENT, false);
            if (!Double.isNaN(t.medianHours())) g.decimal(r, 8, t.medianHours());
            r++;
        }
        g.totalLabel(r, 8, labels.get("total"));
        for (int c = 2; c <= 6; c++) g.formula(r, c, "SUM(" + Grid.range(first, c, r - 1, c) + ")", Kind.INTEGER, true);
        g.formula(r, 7, share(r, 6, 5), Kind.PERCENT, true);
        return r;
    }

    /** Per model: the complaining reviewers' own orders and their refunds beside all the model's orders, rates as formulas. */
    private int refunds(Grid g, int header, List<FeedbackLines.Refunds> rows) {
        String[] keys = {"feedback.col.model", "feedback.col.negative", "feedback.col.orders", "feedback.col.refunded", "feedback.col.refundRate",
                "feedback.col.modelOrders", "feedback.col.modelRefunded", "feedback.col.modelRefundRate"};
        for (int c = 0; c < keys.length; c++) g.header(header, c, labels.get(keys[c]));
        if (rows.isEmpty()) {
            g.banner(header + 1, 0, labels.get("feedback.none"), g.styles().note());
            return header + 1;
        }
        int r = header + 1;
        for (FeedbackLines.Refunds x : rows) {
            g.text(r, 0, x.model());
            g.integer(r, 1, x.negative(), false);
            g.integer(r, 2, x.orders(), false);
            g.integer(r, 3, x.refunded(), false);
            g.formula(r, 4, share(r, 3, 2), Kind.PERCENT, false);
            g.integer(r, 5, x.modelOrders(), false);
            g.integer(r, 6, x.modelRefunded(), false);
            g.formula(r, 7, share(r, 6, 5), Kind.PERCENT, false);
            r++;
        }
        return r - 1;
    }

    /** By the province of the reviews' orders (issue 22 item 4): reviews, negative, the share as a formula, the top complaints. */
    private int provinces(Grid g, int header, List<FeedbackLines.ProvinceRow> rows) {
        String[] keys = {"feedback.col.province", "feedback.col.reviews", "feedback.col.negative", "feedback.col.negativeShare",
                "feedback.col.topAspects"};
        for (int c = 0; c < keys.length; c++) g.header(header, c, labels.get(keys[c]));
        if (rows.isEmpty()) {
            g.banner(header + 1, 0, labels.get("feedback.none"), g.styles().note());
            return header + 1;
        }
        int first = header + 1;
        int r = first;
        for (FeedbackLines.ProvinceRow p : rows) {
            g.text(r, 0, p.province() == null ? labels.get("feedback.places.none") : p.province());
            g.integer(r, 1, p.reviews(), false);
            g.integer(r, 2, p.negative(), false);
            g.formula(r, 3, share(r, 2, 1), Kind.PERCENT, false);
            g.text(r, 4, String.join(labels.get("feedback.places.join"), p.topAspects()));
            r++;
        }
        g.totalLabel(r, 4, labels.get("total"));
        g.formula(r, 1, "SUM(" + Grid.range(first, 1, r - 1, 1) + ")", Kind.INTEGER, true);
        g.formula(r, 2, "SUM(" + Grid.range(first, 2, r - 1, 2) + ")", Kind.INTEGER, true);
        g.formula(r, 3, share(r, 2, 1), Kind.PERCENT, true);
        return r;
    }

    /** Negative share by months since the model's launch (issue 22 item 4: the product life cycle). */
    private void lifeCycle(Grid g, int header, List<FeedbackLines.LifeMonth> rows) {
        String[] keys = {"feedback.col.monthsSinceLaunch", "feedback.col.reviews", "feedback.col.negative", "feedback.col.negativeShare"};
        for (int c = 0; c < keys.length; c++) g.header(header, c, labels.get(keys[c]));
        if (rows.isEmpty()) {
            g.banner(header + 1, 0, labels.get("feedback.none"), g.styles().note());
            return;
        }
        int r = header + 1;
        for (FeedbackLines.LifeMonth m : rows) {
            g.integer(r, 0, m.months(), false);
            g.integer(r, 1, m.reviews(), false);
            g.integer(r, 2, m.negative(), false);
            g.formula(r, 3, share(r, 2, 1), Kind.PERCENT, false);
            r++;
        }
    }

    /** The sentences quoted one after the other: 「...」 「...」. */
    static String samples(List<String> sentences) {
        StringBuilder b = new StringBuilder();
        for (String x : sentences) b.append(b.length() == 0 ? "" : " ").append('\u300c').append(x).append('\u300d');
        return b.toString();
    }

    private static String share(int r, int part, int whole) {
        return "IFERROR(" + Grid.ref(r, part) + "/" + Grid.ref(r, whole) + ",\"\")";
    }
}
