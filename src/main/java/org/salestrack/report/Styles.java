package org.salestrack.report;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The few cell styles a workbook uses, created once per workbook: Excel allows about 64,000 styles, and a
 * style per cell is the classic way to hit that limit on a large sheet.
 */
public final class Styles {
    /** What a cell holds; decides its number format. */
    public enum Kind {
        TEXT(null), INTEGER("#,##0"), MONEY("\"¥\"#,##0.00"), DECIMAL("#,##0.00"), PERCENT("0.0%"),
        DATE("yyyy-mm-dd"), DATE_TIME("yyyy-mm-dd hh:mm:ss");

        final String format;

        Kind(String format) { this.format = format; }

        /** Characters a value of this kind usually takes on screen; dates and times are always this wide. */
        int typicalWidth() {
            return switch (this) {
                case TEXT -> 10;
                case INTEGER -> 9;
                case MONEY -> 16;
                case DECIMAL -> 12;
                case PERCENT -> 8;
                case DATE -> 11;
                case DATE_TIME -> 20;
            };
        }
    }

    private final Map<Kind, CellStyle> plain = new EnumMap<>(Kind.class);
    private final Map<Kind, CellStyle> total = new EnumMap<>(Kind.class);
    private final CellStyle header;
    private final CellStyle title;
    private final CellStyle note;
    private final CellStyle section;

    public Styles(Workbook wb, boolean chinese) {
        String fontName = chinese ? "Microsoft YaHei" : "Calibri";
        Font body = wb.createFont();
        body.setFontName(fontName);
        body.setFontHeightInPoints((short) 10);
        Font bold = wb.createFont();
        bold.setFontName(fontName);
        bold.setFontHeightInPoints((short) 10);
        bold.setBold(true);
        Font big = wb.createFont();
        big.setFontName(fontName);
        big.setFontHeightInPoints((short) 14);
        big.setBold(true);
        Font grey = wb.createFont();
        grey.setFontName(fontName);
        grey.setFontHeightInPoints((short) 9);
        grey.setItalic(true);
        grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        short fmtText = wb.createDataFormat().getFormat("@");
        for (Kind k : Kind.values()) {
            short fmt = k.format == null ? fmtText : wb.createDataFormat().getFormat(k.format);
            CellStyle p = wb.createCellStyle();
            p.setFont(body);
            p.setDataFormat(fmt);
            plain.put(k, p);
            CellStyle t = wb.createCellStyle();
            t.setFont(bold);
            t.setDataFormat(fmt);
            t.setBorderTop(BorderStyle.THIN);
            t.setBorderBottom(BorderStyle.DOUBLE);
            total.put(k, t);
        }
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setWrapText(true);
        title = wb.createCellStyle();
        title.setFont(big);
        note = wb.createCellStyle();
        note.setFont(grey);
        section = wb.createCellStyle();
        section.setFont(bold);
    }

    public CellStyle of(Kind kind) { return plain.get(kind); }

    public CellStyle total(Kind kind) { return total.get(kind); }

    public CellStyle header() { return header; }

    public CellStyle title() { return title; }

    public CellStyle note() { return note; }

    /** The title of a second or third table on a sheet. */
    public CellStyle section() { return section; }
}
