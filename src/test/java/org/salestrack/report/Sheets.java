package org.salestrack.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Finds cells in a generated sheet by the labels a reader would look for, and evaluates them with POI. */
final class Sheets {
    private Sheets() {}

    /** The first row at or below {@code from} whose column {@code col} reads {@code label}. */
    static int row(Sheet s, int col, String label, int from) {
        for (int r = from; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            if (row == null) continue;
            Cell c = row.getCell(col);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) return r;
        }
        throw new AssertionError("no row labelled '" + label + "' in column " + col + " of sheet " + s.getSheetName());
    }

    static int row(Sheet s, String label) { return row(s, 0, label, 0); }

    /** The column of {@code headerRow} that reads {@code label}. */
    static int col(Sheet s, int headerRow, String label) {
        Row row = s.getRow(headerRow);
        for (Cell c : row) {
            if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) return c.getColumnIndex();
        }
        throw new AssertionError("no column '" + label + "' in row " + headerRow + " of sheet " + s.getSheetName());
    }

    static Cell cell(Sheet s, int r, int c) {
        Row row = s.getRow(r);
        Cell cell = row == null ? null : row.getCell(c);
        if (cell == null) throw new AssertionError("no cell at row " + r + ", column " + c + " of " + s.getSheetName());
        return cell;
    }

    /** The number a cell shows: its value, or its formula evaluated now by POI (not the cached result). */
    static double number(FormulaEvaluator ev, Sheet s, int r, int c) {
        Cell cell = cell(s, r, c);
        if (cell.getCellType() != CellType.FORMULA) return cell.getNumericCellValue();
        CellValue v = ev.evaluate(cell);
        if (v.getCellType() != CellType.NUMERIC) {
            throw new AssertionError(s.getSheetName() + "!" + cell.getAddress() + " = " + cell.getCellFormula() + " gives " + v.formatAsString());
        }
        return v.getNumberValue();
    }

    /** A money cell as exact yuan: POI holds a double, which is within a rounding error of the e4. */
    static BigDecimal money(FormulaEvaluator ev, Sheet s, int r, int c) {
        return BigDecimal.valueOf(number(ev, s, r, c)).setScale(2, RoundingMode.HALF_UP);
    }

    static String text(Sheet s, int r, int c) { return cell(s, r, c).getStringCellValue(); }

    static boolean isFormula(Sheet s, int r, int c) { return cell(s, r, c).getCellType() == CellType.FORMULA; }
}
