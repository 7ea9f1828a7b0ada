package org.salestrack.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.salestrack.model.Money;
import org.salestrack.report.Styles.Kind;
import org.salestrack.task.Cancellation;

/**
 * Writes any table of the app (explorer, issue list, forecast table) to an XLSX sheet, keeping types:
 * numbers stay numbers, money gets the yuan format, dates are date cells. Rows are streamed, so a table
 * of any length costs a constant heap; one sheet holds up to Excel's 1,048,575 data rows.
 */
public final class XlsxExport {
    private static final int MEASURED_ROWS = 1_000;
    private static final int MAX_CELL_TEXT = 32_767;

    private XlsxExport() {}

    /**
     * @param rows each row holds one value per column, typed as {@link TableColumn} describes
     * @throws IllegalArgumentException when a value does not fit its column's type, naming row and column
     */
    public static void write(String title, List<TableColumn> columns, Iterable<? extends List<?>> rows, boolean chinese, Path out,
                             Cancellation cancel) throws IOException {
        AtomicFile.write(out, ".table-", ".xlsx.part", os -> write(title, columns, rows, chinese, os, cancel));
    }

    public static void write(String title, List<TableColumn> columns, Iterable<? extends List<?>> rows, boolean chinese,
                             OutputStream out, Cancellation cancel) throws IOException {
        try (SXSSFWorkbook wb = new FastZipWorkbook(500)) {
            try {
                writeSheet(wb, new Styles(wb, chinese), title, columns, rows, cancel);
                wb.write(out);
            } catch (IOException | RuntimeException e) {
                StreamedWorkbooks.abandon(wb);
                throw e;
            }
        }
    }

    private static void writeSheet(SXSSFWorkbook wb, Styles styles, String title, List<TableColumn> columns,
                                   Iterable<? extends List<?>> rows, Cancellation cancel) {
        SXSSFSheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(title == null || title.isBlank() ? "Table" : title));
        int[] widths = new int[columns.size()];
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).name());
            cell.setCellStyle(styles.header());
            widths[c] = Math.min(Grid.displayWidth(columns.get(c).name()), 18);
        }
        int r = 1;
        for (List<?> values : rows) {
            if (values.size() != columns.size()) {
                throw new IllegalArgumentException("row " + r + " has " + values.size() + " values for " + columns.size() + " columns");
            }
            Row row = sheet.createRow(r);
            for (int c = 0; c < columns.size(); c++) {
                Object v = values.get(c);
                if (v == null) continue;
                TableColumn col = columns.get(c);
                try {
                    int w = set(row.createCell(c), col.type(), v, styles);
                    if (r <= MEASURED_ROWS) widths[c] = Math.max(widths[c], w);
                } catch (ClassCastException e) {
                    throw new IllegalArgumentException("row " + r + ", column '" + col.name() + "': " + v.getClass().getSimpleName()
                            + " value '" + v + "' does not fit type " + col.type(), e);
                }
            }
            if ((r++ & 1023) == 0) cancel.check();
        }
        for (int c = 0; c < widths.length; c++) sheet.setColumnWidth(c, Math.max(6, Math.min(70, widths[c] + 2)) * 256);
        SheetLayout.frame(sheet, 0, 0);
        SheetLayout.filter(sheet, 0, r - 1, columns.size() - 1);
    }

    /** Sets a typed value; returns the characters it takes on screen. */
    private static int set(Cell cell, TableColumn.Type type, Object v, Styles styles) {
        switch (type) {
            case TEXT -> {
                String s = v.toString();
                // Excel's cell limit; POI refuses longer text, and a table of raw rows may hold some
                if (s.length() > MAX_CELL_TEXT) s = s.substring(0, MAX_CELL_TEXT - 1) + "…";
                cell.setCellValue(s);
                cell.setCellStyle(styles.of(Kind.TEXT));
                return Grid.displayWidth(s);
            }
            case INTEGER -> {
                long n = ((Number) v).longValue();
                cell.setCellValue(n);
                cell.setCellStyle(styles.of(Kind.INTEGER));
                return Long.toString(n).length() * 4 / 3 + 1;
            }
            case DECIMAL -> {
                cell.setCellValue(((Number) v).doubleValue());
                cell.setCellStyle(styles.of(Kind.DECIMAL));
                return Long.toString(((Number) v).longValue()).length() * 4 / 3 + 4;
            }
            case MONEY, MONEY_E4 -> {
                BigDecimal yuan = type == TableColumn.Type.MONEY ? (BigDecimal) v : Money.ofE4((Long) v);
                cell.setCellValue(yuan.doubleValue());
                cell.setCellStyle(styles.of(Kind.MONEY));
                return yuan.toBigInteger().toString().length() * 4 / 3 + 5;
            }
            case PERCENT -> {
                cell.setCellValue(((Number) v).doubleValue());
                cell.setCellStyle(styles.of(Kind.PERCENT));
                return 8;
            }
            case DATE -> {
                cell.setCellValue((LocalDate) v);
                cell.setCellStyle(styles.of(Kind.DATE));
                return 11;
            }
            case DATE_TIME -> {
                cell.setCellValue((LocalDateTime) v);
                cell.setCellStyle(styles.of(Kind.DATE_TIME));
                return 20;
            }
            case BOOLEAN -> {
                cell.setCellValue((Boolean) v);
                return 6;
            }
            default -> throw new IllegalStateException("unhandled column type " + type);
        }
    }
}
