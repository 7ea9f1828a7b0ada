package org.salestrack.ingest.read;

import com.github.pjfanning.xlsx.StreamingReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Streams one sheet of an XLSX workbook (a large sheet never loads whole). Date cells become ISO text,
 * numbers their shortest decimal text, and a cell inside a merged region takes the region's value so
 * merged header cells and merged row labels read as people see them.
 */
public final class XlsxTableReader implements TableReader {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Workbook workbook;
    private final Iterator<Row> rows;
    private final List<CellRangeAddress> merged;
    private final List<List<String>> recent = new ArrayList<>();
    private int rowNumber;
    private final boolean hidden;

    private XlsxTableReader(Workbook workbook, Sheet sheet, boolean hidden, List<CellRangeAddress> merged) {
        this.workbook = workbook;
        this.hidden = hidden;
        this.rows = sheet.rowIterator();
        this.merged = merged;
    }

    /** Opens {@code sheetName}, or the sheet at {@code index} when the name is null. */
    public static XlsxTableReader open(Path file, String sheetName, int index) throws IOException {
        Workbook wb = StreamingReader.builder().rowCacheSize(32).bufferSize(8192).open(file.toFile());
        try {
            Sheet sheet;
            if (sheetName != null) {
                // the streaming workbook throws on an unknown name rather than returning null
                if (!hasSheet(wb, sheetName)) throw new NoSuchSheetException("the workbook has no sheet named '" + sheetName + "'");
                sheet = wb.getSheet(sheetName);
            } else {
                if (index >= wb.getNumberOfSheets()) throw new NoSuchSheetException("the workbook has no sheet " + (index + 1));
                sheet = wb.getSheetAt(index);
            }
            int at = wb.getSheetIndex(sheet);
            return new XlsxTableReader(wb, sheet, at >= 0 && (wb.isSheetHidden(at) || wb.isSheetVeryHidden(at)), merged(file, at));
        } catch (IOException | RuntimeException e) {
            wb.close();
            throw e;
        }
    }

    /** The sheet's merged regions; none when they cannot be read, as the rows then say what is wrong with the file. */
    private static List<CellRangeAddress> merged(Path file, int sheet) {
        try {
            return SheetMergedRegions.of(file, sheet);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static boolean hasSheet(Workbook wb, String name) {
        for (int i = 0; i < wb.getNumberOfSheets(); i++) if (wb.getSheetName(i).equals(name)) return true;
        return false;
    }

    /** Whether the sheet is hidden in Excel: its user does not see it. */
    public boolean hidden() { return hidden; }

    /** The workbook's sheets, read from the open workbook rather than by opening the file again. */
    public int sheetCount() { return workbook.getNumberOfSheets(); }

    @Override
    public List<String> next() throws IOException {
        if (!rows.hasNext()) return null;
        Row row;
        try {
            row = rows.next();
        } catch (RuntimeException e) {
            throw new IOException("the workbook is damaged after row " + rowNumber + ": " + e.getMessage(), e);
        }
        int gap = row.getRowNum() + 1 - rowNumber - 1;
        rowNumber = row.getRowNum() + 1;
        List<String> cells = new ArrayList<>();
        for (Cell cell : row) {
            int col = cell.getColumnIndex();
            while (cells.size() < col) cells.add("");
            cells.add(text(cell));
        }
        if (!merged.isEmpty()) fillMerged(cells, gap);
        return cells;
    }

    /** Copies the top-left value of a merged region into the cells it covers. */
    private void fillMerged(List<String> cells, int gap) {
        if (gap > 0) recent.clear();
        int r = rowNumber - 1;
        for (CellRangeAddress m : merged) {
            if (r < m.getFirstRow() || r > m.getLastRow() || m.getFirstRow() < r - 20) continue;
            String v;
            if (r == m.getFirstRow()) {
                v = m.getFirstColumn() < cells.size() ? cells.get(m.getFirstColumn()) : "";
            } else {
                int back = r - m.getFirstRow();
                if (back > recent.size()) continue;
                List<String> top = recent.get(recent.size() - back);
                v = m.getFirstColumn() < top.size() ? top.get(m.getFirstColumn()) : "";
            }
            for (int c = m.getFirstColumn(); c <= m.getLastColumn(); c++) {
                while (cells.size() <= c) cells.add("");
                if (cells.get(c).isEmpty()) cells.set(c, v);
            }
        }
        recent.add(cells);
        if (recent.size() > 20) recent.remove(0);
    }

    private static String text(Cell cell) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) type = cell.getCachedFormulaResultType();
        switch (type) {
            case STRING:
                return cell.getStringCellValue().strip();
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                    // Excel's serial 60 is a 29 February 1900 that never was (kept for Lotus 1-2-3); POI moves it to
                    // 1 March silently: hand the date over as Excel shows it, which the date reader refuses as no such date
                    if (Math.floor(cell.getNumericCellValue()) == 60) return "1900-02-29";
                    return ISO.format(cell.getLocalDateTimeCellValue());
                }
                double d = cell.getNumericCellValue();
                if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
                return java.math.BigDecimal.valueOf(d).toPlainString();
            case BOOLEAN:
                return Boolean.toString(cell.getBooleanCellValue());
            default:
                return "";
        }
    }

    @Override
    public int rowNumber() { return rowNumber; }

    @Override
    public void close() throws IOException { workbook.close(); }
}
