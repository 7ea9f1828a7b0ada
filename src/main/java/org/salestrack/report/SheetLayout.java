package org.salestrack.report;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** What makes a sheet usable on screen and on paper: frozen headers, a filter, and a print setup. */
final class SheetLayout {
    private SheetLayout() {}

    /**
     * Freezes the rows up to and including {@code headerRow} and the first {@code keyColumns} columns, and
     * prints landscape, one page wide, with those rows repeated on every page.
     */
    static void frame(Sheet sheet, int headerRow, int keyColumns) {
        sheet.createFreezePane(keyColumns, headerRow + 1);
        print(sheet, headerRow);
    }

    /**
     * Like {@link #frame}, for tables too wide for one readable page (a year of months in money): printed
     * {@code pagesWide} pages across, each repeating the header rows and the {@code keyColumns} name columns,
     * so the print stays near full size instead of shrinking to a few points.
     */
    static void frameWide(Sheet sheet, int headerRow, int keyColumns, int pagesWide) {
        frame(sheet, headerRow, keyColumns);
        sheet.getPrintSetup().setFitWidth((short) pagesWide);
        sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, keyColumns - 1));
    }

    static void print(Sheet sheet, int lastTitleRow) {
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(0, lastTitleRow, -1, -1));
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.getFooter().setCenter("&P / &N");
    }

    /** A filter over the header and data rows only, so sorting never moves a totals row. */
    static void filter(Sheet sheet, int headerRow, int lastDataRow, int lastColumn) {
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, lastDataRow), 0, lastColumn));
    }
}
