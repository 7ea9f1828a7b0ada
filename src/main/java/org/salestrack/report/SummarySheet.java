package org.salestrack.report;

import java.time.YearMonth;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.salestrack.model.report.ChannelLine;
import org.salestrack.model.report.MonthTotals;
import org.salestrack.model.report.SalesReportData;
import org.salestrack.report.Styles.Kind;

/**
 * The first sheet: the period's KPIs against the month before and the same month a year before, the
 * monthly trend they are read from, the channel mix, and a chart of each. Every KPI cell refers to the
 * trend table and every change, ratio and total is a formula, so a reader can trace each number.
 */
final class SummarySheet {
    static final int KPI_HEADER = 3;
    static final int TREND_COLUMNS = 8;
    /** The trend's total covers a year ending at the report month. */
    static final int TOTAL_MONTHS = 12;
    private static final int CHART_COL = 9;

    private final ReportLabels labels;

    SummarySheet(ReportLabels labels) { this.labels = labels; }

    /** Row of the trend table's header: below the seven KPI rows and a title row. */
    static int trendHeader() { return KPI_HEADER + 1 + Kpi.values().length + 2; }

    enum Kpi { AMOUNT, QTY, ORDERS, LINES, MARGIN, ASP, MARGIN_RATE }

    void write(XSSFSheet sheet, Grid g, SalesReportData d) {
        g.banner(0, 0, labels.format("summary.title", d.period().toString()), g.styles().title());
        g.banner(1, 0, labels.format("summary.note", d.provenance().from(), d.provenance().to()), g.styles().note());
        int trendHeader = trendHeader();
        int first = trendHeader + 1;
        int last = first + d.trend().size() - 1;
        writeTrend(g, d.trend(), trendHeader);
        if (d.request().wants(org.salestrack.model.report.ReportSection.DETAIL)) {
            g.banner(2, 0, labels.format("summary.detail.print", d.detail().count(), DetailSheets.PRINTED_LINES), g.styles().note());
        }
        writeKpis(g, d, first);
        int mixHeader = last + 4;
        int mixLast = writeMix(g, d.channels(), mixHeader);
        SheetLayout.frame(sheet, 1, 0);
        SummaryCharts charts = new SummaryCharts(sheet);
        charts.line(CHART_COL, KPI_HEADER, CHART_COL + 9, KPI_HEADER + 18, labels.get("summary.chart.trend"), 0, 1, first, last);
        if (!d.channels().isEmpty()) {
            charts.pie(CHART_COL, KPI_HEADER + 19, CHART_COL + 9, KPI_HEADER + 37, labels.format("summary.chart.mix", d.period().toString()),
                    0, 2, mixHeader + 1, mixLast);
        }
    }

    /**
     * The months of the trend, and a total of the last twelve of them (a year ending at the report month):
     * the thirteenth, earliest month is there to be compared with, not added in.
     */
    private void writeTrend(Grid g, List<MonthTotals> trend, int header) {
        YearMonth firstMonth = trend.get(0).month();
        YearMonth lastMonth = trend.get(trend.size() - 1).month();
        g.banner(header - 1, 0, labels.format("summary.trend", firstMonth.toString(), lastMonth.toString(), trend.size()), g.styles().section());
        String[] keys = {"col.month", "col.amount", "col.qty", "col.orders", "col.lines", "col.margin", "col.asp", "col.mom"};
        for (int c = 0; c < keys.length; c++) g.header(header, c, labels.get(keys[c]));
        int r = header + 1;
        for (MonthTotals m : trend) {
            g.text(r, 0, m.month().toString());
            g.money(r, 1, m.amountE4(), false);
            g.integer(r, 2, m.qty(), false);
            g.integer(r, 3, m.orders(), false);
            g.integer(r, 4, m.rows(), false);
            g.money(r, 5, m.marginE4(), false);
            g.formula(r, 6, "IFERROR(" + Grid.ref(r, 1) + "/" + Grid.ref(r, 2) + ",\"\")", Kind.MONEY, false);
            if (r > header + 1) g.formula(r, 7, "IFERROR(" + Grid.ref(r, 1) + "/" + Grid.ref(r - 1, 1) + "-1,\"\")", Kind.PERCENT, false);
            r++;
        }
        int last = r - 1;
        int totalled = Math.min(TOTAL_MONTHS, trend.size());
        int first = last - totalled + 1;
        g.totalLabel(r, TREND_COLUMNS - 1, labels.format("summary.trend.total", trend.get(trend.size() - totalled).month().toString(),
                lastMonth.toString(), totalled));
        // orders add up across months: an order's lines are sold at one moment
        for (int c : new int[] {1, 2, 3, 4, 5}) {
            g.formula(r, c, "SUM(" + Grid.range(first, c, last, c) + ")", c == 1 || c == 5 ? Kind.MONEY : Kind.INTEGER, true);
        }
        g.formula(r, 6, "IFERROR(" + Grid.ref(r, 1) + "/" + Grid.ref(r, 2) + ",\"\")", Kind.MONEY, true);
    }

    private void writeKpis(Grid g, SalesReportData d, int trendFirst) {
        String[] keys = {"col.kpi", "col.this", "col.previous", "col.change", "col.lastYear", "col.yoy"};
        for (int c = 0; c < keys.length; c++) g.header(KPI_HEADER, c, labels.get(keys[c]));
        List<YearMonth> months = d.months();
        int thisRow = trendFirst + months.size() - 1;
        int prevIdx = months.indexOf(d.period().minusMonths(1));
        int lyIdx = months.indexOf(d.period().minusYears(1));
        int[] trendCol = {1, 2, 3, 4, 5};
        Kind[] kinds = {Kind.MONEY, Kind.INTEGER, Kind.INTEGER, Kind.INTEGER, Kind.MONEY};
        int r = KPI_HEADER + 1;
        for (Kpi k : Kpi.values()) {
            int row = r + k.ordinal();
            g.text(row, 0, labels.get("kpi." + k.name().toLowerCase(java.util.Locale.ROOT)));
            for (int c : new int[] {1, 2, 4}) {
                int source = c == 1 ? thisRow : c == 2 ? at(trendFirst, prevIdx) : at(trendFirst, lyIdx);
                if (k.ordinal() < trendCol.length) {
                    if (source >= 0) g.formula(row, c, Grid.ref(source, trendCol[k.ordinal()]), kinds[k.ordinal()], false);
                } else if (k == Kpi.ASP) {
                    g.formula(row, c, ratio(Grid.ref(r, c), Grid.ref(r + 1, c)), Kind.MONEY, false);
                } else {
                    g.formula(row, c, ratio(Grid.ref(r + 4, c), Grid.ref(r, c)), Kind.PERCENT, false);
                }
            }
            boolean rate = k == Kpi.MARGIN_RATE;
            g.formula(row, 3, change(Grid.ref(row, 1), Grid.ref(row, 2), rate), Kind.PERCENT, false);
            g.formula(row, 5, change(Grid.ref(row, 1), Grid.ref(row, 4), rate), Kind.PERCENT, false);
        }
    }

    private static int at(int trendFirst, int index) { return index < 0 ? -1 : trendFirst + index; }

    private static String ratio(String num, String den) { return "IFERROR(" + num + "/" + den + ",\"\")"; }

    /** Relative change, or for a rate the difference in points; blank when there is nothing to compare with. */
    private static String change(String now, String before, boolean rate) {
        if (rate) return "IF(OR(" + now + "=\"\"," + before + "=\"\"),\"\"," + now + "-" + before + ")";
        return "IFERROR(" + now + "/" + before + "-1,\"\")";
    }

    /** Channel mix of the period, with shares as formulas; returns the last channel row. */
    private int writeMix(Grid g, List<ChannelLine> channels, int header) {
        g.banner(header - 1, 0, labels.get("summary.mix"), g.styles().section());
        String[] keys = {"col.channel", "col.type", "col.amount", "col.share"};
        for (int c = 0; c < keys.length; c++) g.header(header, c, labels.get(keys[c]));
        int r = header + 1;
        int totalRow = header + 1 + channels.size();
        for (ChannelLine ch : channels) {
            g.text(r, 0, ch.name());
            g.text(r, 1, labels.get("type." + ch.type().id()));
            g.money(r, 2, ch.amountE4(), false);
            g.formula(r, 3, ratio(Grid.ref(r, 2), Grid.abs(totalRow, 2)), Kind.PERCENT, false);
            r++;
        }
        if (channels.isEmpty()) {
            g.banner(r, 0, labels.get("none.sales"), g.styles().note());
            return r;
        }
        g.totalLabel(totalRow, 3, labels.get("total"));
        g.formula(totalRow, 2, "SUM(" + Grid.range(header + 1, 2, totalRow - 1, 2) + ")", Kind.MONEY, true);
        g.formula(totalRow, 3, "SUM(" + Grid.range(header + 1, 3, totalRow - 1, 3) + ")", Kind.PERCENT, true);
        return totalRow - 1;
    }
}
