package org.salestrack.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.salestrack.model.report.ReportSection;
import org.salestrack.model.report.SalesReportData;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;

/**
 * Writes the monthly sales workbook. The small sheets are built in memory (they carry charts and
 * conditional formats), their formulas are evaluated so every viewer shows values even before it
 * recalculates, and the detail sheets are then streamed behind them through SXSSF. The file appears
 * under its name only when complete.
 */
public final class SalesWorkbookWriter {
    private static final int STREAM_WINDOW = 500;
    public static final int STEPS = 1000;
    static final int SHEETS_DONE = 100;
    static final int DETAIL_DONE = 850;

    private final ReportLabels labels;
    private final int detailRowsPerSheet;

    public SalesWorkbookWriter(ReportLabels labels) { this(labels, DetailSheets.EXCEL_MAX_ROWS); }

    /** @param detailRowsPerSheet rows per detail sheet including its header; Excel's limit unless testing rollover */
    public SalesWorkbookWriter(ReportLabels labels, int detailRowsPerSheet) {
        this.labels = labels;
        this.detailRowsPerSheet = detailRowsPerSheet;
    }

    /** The workbook with sheet names and headers in {@code locale}'s language. */
    public static void writeWorkbook(SalesReportData d, Locale locale, Path out, ProgressListener progress, Cancellation cancel) throws IOException {
        new SalesWorkbookWriter(ReportLabels.of(locale)).write(d, out, progress, cancel);
    }

    public void write(SalesReportData d, Path out, ProgressListener progress, Cancellation cancel) throws IOException {
        AtomicFile.write(out, ".report-", ".xlsx.part", os -> write(d, os, progress, cancel));
    }

    /**
     * @param progress reports 0..{@link #STEPS}: the formatted sheets up to {@link #SHEETS_DONE}, the detail
     *                 lines up to {@link #DETAIL_DONE}, then saving, which creeps on with the bytes written
     */
    public void write(SalesReportData d, OutputStream os, ProgressListener progress, Cancellation cancel) throws IOException {
        XSSFWorkbook xssf = new XSSFWorkbook();
        Styles styles = new Styles(xssf, labels.chinese());
        progress.progress(0, STEPS, labels.get("progress.sheets"));
        List<Grid> grids = new ArrayList<>();
        for (ReportSection s : ReportSection.values()) {
            if (s == ReportSection.DETAIL || !d.request().wants(s)) continue;
            cancel.check();
            XSSFSheet sheet = xssf.createSheet(labels.get("sheet." + s.id()));
            Grid g = new Grid(sheet, styles);
            grids.add(g);
            switch (s) {
                case SUMMARY -> new SummarySheet(labels).write(sheet, g, d);
                case REGIONS -> new MonthMatrixSheet(labels).write(sheet, g, d.regions(), labels.get("regions.title"), null, "col.region");
                case PROVINCES -> new MonthMatrixSheet(labels).write(sheet, g, d.provinces(), labels.get("provinces.title"),
                        "col.region", "col.province");
                case SERIES -> new MonthMatrixSheet(labels).write(sheet, g, d.series(), labels.get("series.title"), null, "col.series");
                case CHANNELS -> new ChannelsSheet(labels).write(sheet, g, d);
                case DEALERS -> new DealersSheet(labels).write(sheet, g, d);
                case CUSTOMERS -> new CustomersSheet(labels).write(sheet, g, d);
                case REBATES -> new RebatesSheet(labels).write(sheet, g, d);
                case MARKET -> new MarketSheet(labels).write(sheet, g, d);
                case FORECAST -> new ForecastSheet(labels).write(sheet, g, d);
                case MARKETING -> new MarketingSheet(labels).write(sheet, g, d);
                case INVENTORY -> new InventorySheet(labels).write(sheet, g, d);
                case STOCK_RISKS -> new StockRisksSheet(labels).write(sheet, g, d);
                case FEEDBACK -> new FeedbackSheet(labels).write(sheet, g, d);
                case QUALITY -> new QualitySheet(labels).write(sheet, g, d);
                case PROVENANCE -> new ProvenanceSheet(labels).write(sheet, g, d);
                default -> throw new IllegalStateException("no writer for " + s);
            }
        }
        XSSFFormulaEvaluator.evaluateAllFormulaCells(xssf);
        DataFormatter shown = new DataFormatter(labels.locale());
        shown.setUseCachedValuesForFormulaCells(true);
        for (Grid g : grids) g.fitColumns(shown);
        xssf.setForceFormulaRecalculation(true);
        xssf.getProperties().getCoreProperties().setTitle(labels.format("summary.title", d.period().toString()));
        xssf.getProperties().getCoreProperties().setCreator(d.provenance().appVersion());
        progress.progress(SHEETS_DONE, STEPS, labels.get("progress.sheets"));
        try (SXSSFWorkbook wb = new FastZipWorkbook(xssf, STREAM_WINDOW)) {
            wb.setCompressTempFiles(false);
            try {
                long lines = 0;
                if (d.request().wants(ReportSection.DETAIL)) {
                    ProgressListener detail = (done, total, message) -> progress.progress(
                            SHEETS_DONE + (total <= 0 ? 0 : Math.min(done, total) * (DETAIL_DONE - SHEETS_DONE) / total), STEPS, message);
                    lines = new DetailSheets(labels, detailRowsPerSheet).write(wb, styles, d.detail(), detail, cancel);
                }
                cancel.check();
                String saving = labels.get("progress.saving");
                progress.progress(DETAIL_DONE, STEPS, saving);
                wb.write(new SavingStream(os, cancel, lines, done -> progress.progress(done, STEPS, saving)));
            } catch (IOException | RuntimeException e) {
                StreamedWorkbooks.abandon(wb);
                throw e;
            }
        }
        progress.progress(STEPS, STEPS, labels.get("progress.saving"));
    }
}
