package org.salestrack.report;

import org.apache.poi.ss.usermodel.Sheet;
import org.salestrack.model.report.ForecastLine;
import org.salestrack.model.report.SalesReportData;

/**
 * The latest stored forecast of each series for the periods after the report month, with its model and
 * P10/P50/P90. When nothing was forecast the sheet says so rather than showing invented numbers.
 */
final class ForecastSheet {
    static final int HEADER = 3;
    static final String[] COLUMNS = {"col.level", "col.series", "col.model", "col.runAt", "col.step", "col.period",
        "col.p10", "col.p50", "col.p90", "col.mean"};

    private final ReportLabels labels;

    ForecastSheet(ReportLabels labels) { this.labels = labels; }

    void write(Sheet sheet, Grid g, SalesReportData d) {
        g.banner(0, 0, labels.format("forecast.title", d.period().toString()), g.styles().title());
        g.banner(1, 0, labels.get("forecast.note"), g.styles().note());
        for (int c = 0; c < COLUMNS.length; c++) g.header(HEADER, c, labels.get(COLUMNS[c]));
        SheetLayout.frame(sheet, HEADER, 2);
        if (d.forecasts().isEmpty()) {
            g.banner(HEADER + 1, 0, labels.get("none.forecast"), g.styles().note());
            return;
        }
        int r = HEADER + 1;
        for (ForecastLine f : d.forecasts()) {
            g.text(r, 0, f.level());
            g.text(r, 1, f.seriesKey());
            g.text(r, 2, f.model());
            g.text(r, 3, f.runAt());
            g.id(r, 4, f.step());
            g.text(r, 5, f.period());
            if (f.p10() != null) g.decimal(r, 6, f.p10());
            if (f.p50() != null) g.decimal(r, 7, f.p50());
            if (f.p90() != null) g.decimal(r, 8, f.p90());
            g.decimal(r, 9, f.mean());
            r++;
        }
        SheetLayout.filter(sheet, HEADER, r - 1, COLUMNS.length - 1);
    }
}
