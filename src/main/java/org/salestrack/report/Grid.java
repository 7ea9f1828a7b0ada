package org.salestrack.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.salestrack.model.Money;

/**
 * Writes typed cells onto one sheet and remembers how wide each column's content is, so columns can be
 * fitted at the end without POI's autoSizeColumn (slow, needs fonts, and misjudges Chinese text).
 */
public final class Grid {
    private static final int MAX_WIDTH = 70;

    private final Sheet sheet;
    private final Styles styles;
    private final Map<Integer, Integer> widths = new HashMap<>();
    private final List<Cell> formulas = new ArrayList<>();

    public Grid(Sheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    public Sheet sheet() { return sheet; }

    public Styles styles() { return styles; }

    /** "B7": an A1 reference to a 0-based row and column. */
    public static String ref(int row, int col) {
        return CellReference.convertNumToColString(col) + (row + 1);
    }

    /** "$B$7": the same, absolute. */
    public static String abs(int row, int col) {
        return "$" + CellReference.convertNumToColString(col) + "$" + (row + 1);
    }

    public static String range(int row1, int col1, int row2, int col2) {
        return ref(row1, col1) + ":" + ref(row2, col2);
    }

    public static String absRange(int row1, int col1, int row2, int col2) {
        return abs(row1, col1) + ":" + abs(row2, col2);
    }

    private Cell cell(int r, int c, CellStyle style) {
        Row row = sheet.getRow(r);
        if (row == null) row = sheet.createRow(r);
        Cell cell = row.createCell(c);
        cell.setCellStyle(style);
        return cell;
    }

    public void text(int r, int c, String v, CellStyle style) {
        if (v == null) v = "";
        cell(r, c, style).setCellValue(v);
        fit(c, displayWidth(v));
    }

    public void text(int r, int c, String v) { text(r, c, v, styles.of(Styles.Kind.TEXT)); }

    /** A text that may run over empty neighbours (titles, notes): it does not widen its column. */
    public void banner(int r, int c, String v, CellStyle style) {
        cell(r, c, style).setCellValue(v);
    }

    /**
     * The label of a totals row, and the row's rule drawn across columns 1..lastCol: cells written later
     * replace the blanks, the blanks keep the line unbroken under text columns.
     */
    public void totalLabel(int r, int lastCol, String label) {
        for (int c = 1; c <= lastCol; c++) cell(r, c, styles.total(Styles.Kind.TEXT)).setBlank();
        text(r, 0, label, styles.total(Styles.Kind.TEXT));
    }

    public void header(int r, int c, String v) {
        cell(r, c, styles.header()).setCellValue(v);
        fit(c, Math.min(displayWidth(v), 18));
    }

    public void integer(int r, int c, long v, boolean total) {
        cell(r, c, total ? styles.total(Styles.Kind.INTEGER) : styles.of(Styles.Kind.INTEGER)).setCellValue(v);
        fit(c, digits(v) + 2);
    }

    /** A number that names something (batch id, source row): no thousands separator. */
    public void id(int r, int c, long v) {
        cell(r, c, styles.of(Styles.Kind.ID)).setCellValue(v);
        fit(c, Long.toString(v).length() + 2);
    }

    /** Money from exact e4; the double a cell must hold is the one nearest the decimal amount. */
    public void money(int r, int c, long e4, boolean total) {
        BigDecimal amount = Money.ofE4(e4);
        cell(r, c, total ? styles.total(Styles.Kind.MONEY) : styles.of(Styles.Kind.MONEY)).setCellValue(amount.doubleValue());
        fit(c, digits(e4 / Money.E4_PER_YUAN) + 5);
    }

    /** A rate (0.05 shows as 5.0%). */
    public void rate(int r, int c, double v) {
        cell(r, c, styles.of(Styles.Kind.PERCENT)).setCellValue(v);
        fit(c, 8);
    }

    public void decimal(int r, int c, double v) {
        cell(r, c, styles.of(Styles.Kind.DECIMAL)).setCellValue(v);
        fit(c, digits((long) v) + 4);
    }

    public void date(int r, int c, LocalDate v) {
        if (v == null) return;
        cell(r, c, styles.of(Styles.Kind.DATE)).setCellValue(v);
        fit(c, Styles.Kind.DATE.typicalWidth());
    }

    public void dateTime(int r, int c, LocalDateTime v) {
        if (v == null) return;
        cell(r, c, styles.of(Styles.Kind.DATE_TIME)).setCellValue(v);
        fit(c, Styles.Kind.DATE_TIME.typicalWidth());
    }

    /** A formula cell; its width is measured from its value once the workbook's formulas are evaluated. */
    public void formula(int r, int c, String formula, Styles.Kind kind, boolean total) {
        Cell cell = cell(r, c, total ? styles.total(kind) : styles.of(kind));
        cell.setCellFormula(formula);
        formulas.add(cell);
    }

    public void fit(int c, int chars) {
        widths.merge(c, chars, Math::max);
    }

    /**
     * Sets every written column to its widest content, within Excel's sensible bounds; formula cells are
     * measured as shown, so call this after the formulas were evaluated.
     */
    public void fitColumns(DataFormatter formatter) {
        for (Cell f : formulas) fit(f.getColumnIndex(), displayWidth(formatter.formatCellValue(f, null)) + 1);
        widths.forEach((c, w) -> sheet.setColumnWidth(c, Math.max(6, Math.min(MAX_WIDTH, w + 1)) * 256));
    }

    /** Characters on screen: CJK and other wide characters take two columns. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean isWide(int cp) {
        Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
        return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA || sc == Character.UnicodeScript.KATAKANA
                || sc == Character.UnicodeScript.HANGUL || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x3000 && cp <= 0x303F);
    }

    /** Digits with thousands separators and sign. */
    private static int digits(long v) {
        String s = Long.toString(Math.abs(v));
        return s.length() + (s.length() - 1) / 3 + (v < 0 ? 1 : 0);
    }
}
