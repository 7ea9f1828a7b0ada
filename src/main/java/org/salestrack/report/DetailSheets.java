package org.salestrack.report;

import java.util.function.IntFunction;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.salestrack.model.Money;
import org.salestrack.model.report.DetailFeed;
import org.salestrack.model.report.DetailLine;
import org.salestrack.report.Styles.Kind;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;

/**
 * The sale lines, streamed through SXSSF (a small window of rows in memory, the rest flushed to a temp
 * file). A sheet holds at most {@code maxRows} rows including its header and its totals row; past that
 * the lines continue on "Detail (2)", "Detail (3)"... each with its own header, filter, frozen row and totals.
 */
final class DetailSheets {
    /** Excel's limit: 1,048,576 rows per sheet. */
    static final int EXCEL_MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    static final String[] COLUMNS = {"col.soldAt", "col.order", "col.line", "col.channel", "col.type", "col.store", "col.dealer",
        "col.region", "col.province", "col.city", "col.sku", "col.product", "col.series", "col.qty", "col.unitPrice",
        "col.amount", "col.margin", "col.batch", "col.sourceRow"};
    private static final int QTY = 13;
    private static final int AMOUNT = 15;
    private static final int MARGIN = 16;
    /** Lines of each detail sheet inside its print area (about two pages). */
    static final int PRINTED_LINES = 60;
    private static final int[] WIDTHS = {20, 18, 6, 14, 8, 12, 12, 8, 10, 10, 16, 24, 14, 8, 14, 16, 14, 7, 9};

    private final ReportLabels labels;
    private final int maxRows;

    DetailSheets(ReportLabels labels, int maxRows) {
        if (maxRows < 3) throw new IllegalArgumentException("a detail sheet needs room for a header, a line and its totals");
        this.labels = labels;
        this.maxRows = Math.min(maxRows, EXCEL_MAX_ROWS);
    }

    /** Writes every line of the feed; returns how many lines were written. */
    long write(SXSSFWorkbook wb, Styles styles, DetailFeed feed, ProgressListener progress, Cancellation cancel) {
        long total = feed.count();
        IntFunction<String> name = i -> i == 1 ? labels.get("sheet.detail") : labels.get("sheet.detail") + " (" + i + ")";
        Writer w = new Writer(wb, styles, name, total, progress, cancel);
        w.startSheet();
        // the read sorts the month's lines before the first arrives: say so rather than sit at zero silently
        progress.progress(0, total, labels.format("progress.detail.reading", total));
        feed.forEach(w::add);
        w.finishSheet();
        return w.written;
    }

    private final class Writer {
        private final SXSSFWorkbook wb;
        private final Styles styles;
        private final IntFunction<String> name;
        private final long total;
        private final ProgressListener progress;
        private final Cancellation cancel;
        private SXSSFSheet sheet;
        private int sheets;
        private int row;
        private long written;
        private long qtySum;
        private long amountSum;
        private long marginSum;

        Writer(SXSSFWorkbook wb, Styles styles, IntFunction<String> name, long total, ProgressListener progress, Cancellation cancel) {
            this.wb = wb;
            this.styles = styles;
            this.name = name;
            this.total = total;
            this.progress = progress;
            this.cancel = cancel;
        }

        void startSheet() {
            sheet = wb.createSheet(name.apply(++sheets));
            Row h = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.length; c++) {
                var cell = h.createCell(c);
                cell.setCellValue(labels.get(COLUMNS[c]));
                cell.setCellStyle(styles.header());
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            row = 1;
            qtySum = 0;
            amountSum = 0;
            marginSum = 0;
        }

        void finishSheet() {
            int last = row - 1;
            Row t = sheet.createRow(row);
            var label = t.createCell(0);
            label.setCellValue(labels.get("total"));
            label.setCellStyle(styles.total(Kind.TEXT));
            for (int c = 1; c < COLUMNS.length; c++) {
                var cell = t.createCell(c);
                boolean summed = c == QTY || c == AMOUNT || c == MARGIN;
                cell.setCellStyle(styles.total(c == QTY ? Kind.INTEGER : summed ? Kind.MONEY : Kind.TEXT));
                // SUBTOTAL(9) sums the rows the filter shows, so a filtered detail still adds up on screen
                if (summed && last >= 1) {
                    cell.setCellFormula("SUBTOTAL(9," + Grid.range(1, c, last, c) + ")");
                    // the result as computed exactly while streaming, so viewers that do not recalculate show it
                    cell.setCellValue(c == QTY ? qtySum : Money.ofE4(c == AMOUNT ? amountSum : marginSum).doubleValue());
                }
            }
            SheetLayout.frame(sheet, 0, 0);
            SheetLayout.filter(sheet, 0, last, COLUMNS.length - 1);
            // printing the workbook must not send thousands of pages: the detail prints its first lines
            // and the totals' header only; the Summary's note says how to print it all
            wb.setPrintArea(wb.getSheetIndex(sheet), 0, COLUMNS.length - 1, 0, Math.min(row, PRINTED_LINES));
        }

        void add(DetailLine d) {
            // the last row of a sheet is kept for its totals
            if (row >= maxRows - 1) {
                finishSheet();
                startSheet();
            }
            Row r = sheet.createRow(row++);
            qtySum += d.qty();
            amountSum += d.amountE4();
            if (d.marginE4() != null) marginSum += d.marginE4();
            int c = 0;
            cell(r, c++, Kind.DATE_TIME).setCellValue(d.soldAt());
            text(r, c++, d.orderId());
            cell(r, c++, Kind.ID).setCellValue(d.lineNo());
            text(r, c++, d.channel());
            text(r, c++, labels.get("type." + d.channelType()));
            text(r, c++, d.store());
            text(r, c++, d.dealer());
            text(r, c++, d.region());
            text(r, c++, d.province());
            text(r, c++, d.city());
            text(r, c++, d.sku());
            text(r, c++, d.product());
            text(r, c++, d.series());
            cell(r, c++, Kind.INTEGER).setCellValue(d.qty());
            cell(r, c++, Kind.MONEY).setCellValue(Money.ofE4(d.unitPriceE4()).doubleValue());
            cell(r, c++, Kind.MONEY).setCellValue(Money.ofE4(d.amountE4()).doubleValue());
            if (d.marginE4() != null) cell(r, c, Kind.MONEY).setCellValue(Money.ofE4(d.marginE4()).doubleValue());
            c++;
            cell(r, c++, Kind.ID).setCellValue(d.batchId());
            cell(r, c, Kind.ID).setCellValue(d.sourceRow());
            if ((++written & 4095) == 0) {
                cancel.check();
                progress.progress(written, total, labels.get("sheet.detail") + ": " + written);
            }
        }

        private org.apache.poi.ss.usermodel.Cell cell(Row r, int c, Kind k) {
            var cell = r.createCell(c);
            cell.setCellStyle(styles.of(k));
            return cell;
        }

        private void text(Row r, int c, String v) {
            if (v != null) cell(r, c, Kind.TEXT).setCellValue(v);
        }
    }

}
