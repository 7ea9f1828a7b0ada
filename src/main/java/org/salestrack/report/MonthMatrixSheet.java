package org.salestrack.report;

import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.Color;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.ColorScaleFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.salestrack.model.report.MatrixRow;
import org.salestrack.model.report.MonthMatrix;
import org.salestrack.report.Styles.Kind;

/**
 * A member x month table of sales amounts (regions, provinces or product series) with a colour-scale
 * heat map over the months, and formulas for each row's total, share, and change over the last month.
 */
final class MonthMatrixSheet {
    static final int HEADER = 3;

    private final ReportLabels labels;

    MonthMatrixSheet(ReportLabels labels) { this.labels = labels; }

    /**
     * @param groupHeaderKey header of a parent column (a province's region), or null for none
     */
    void write(Sheet sheet, Grid g, MonthMatrix m, String title, String groupHeaderKey, String memberHeaderKey) {
        g.banner(0, 0, title, g.styles().title());
        g.banner(1, 0, labels.get("matrix.note"), g.styles().note());
        List<YearMonth> months = m.months();
        int keyCols = groupHeaderKey == null ? 1 : 2;
        int firstMonth = keyCols;
        int lastMonth = keyCols + months.size() - 1;
        int totalCol = lastMonth + 1;
        int shareCol = totalCol + 1;
        int momCol = shareCol + 1;
        if (groupHeaderKey != null) g.header(HEADER, 0, labels.get(groupHeaderKey));
        g.header(HEADER, keyCols - 1, labels.get(memberHeaderKey));
        for (int i = 0; i < months.size(); i++) g.header(HEADER, firstMonth + i, months.get(i).toString());
        g.header(HEADER, totalCol, labels.get("col.total"));
        g.header(HEADER, shareCol, labels.get("col.share"));
        g.header(HEADER, momCol, labels.get("col.mom"));
        int first = HEADER + 1;
        int totalRow = first + m.rows().size();
        int r = first;
        for (MatrixRow row : m.rows()) {
            if (groupHeaderKey != null) g.text(r, 0, row.group());
            g.text(r, keyCols - 1, row.name().isEmpty() ? labels.get("unknown") : row.name());
            for (int i = 0; i < months.size(); i++) g.money(r, firstMonth + i, row.amountE4()[i], false);
            g.formula(r, totalCol, "SUM(" + Grid.range(r, firstMonth, r, lastMonth) + ")", Kind.MONEY, false);
            g.formula(r, shareCol, "IFERROR(" + Grid.ref(r, totalCol) + "/" + Grid.abs(totalRow, totalCol) + ",\"\")", Kind.PERCENT, false);
            g.formula(r, momCol, momFormula(r, lastMonth, months.size()), Kind.PERCENT, false);
            r++;
        }
        if (m.rows().isEmpty()) {
            g.banner(first, 0, labels.get("none.sales"), g.styles().note());
            SheetLayout.frame(sheet, HEADER, keyCols);
            return;
        }
        g.totalLabel(totalRow, momCol, labels.get("total"));
        for (int c = firstMonth; c <= totalCol; c++) {
            g.formula(totalRow, c, "SUM(" + Grid.range(first, c, totalRow - 1, c) + ")", Kind.MONEY, true);
        }
        g.formula(totalRow, shareCol, "SUM(" + Grid.range(first, shareCol, totalRow - 1, shareCol) + ")", Kind.PERCENT, true);
        g.formula(totalRow, momCol, momFormula(totalRow, lastMonth, months.size()), Kind.PERCENT, true);
        heatMap(sheet, new CellRangeAddress(first, totalRow - 1, firstMonth, lastMonth));
        SheetLayout.frameWide(sheet, HEADER, keyCols, pagesWide(months.size()));
        SheetLayout.filter(sheet, HEADER, totalRow - 1, momCol);
    }

    /** About seven money columns fit a landscape page at a readable size. */
    static int pagesWide(int months) { return Math.max(1, (months + 3 + 6) / 7); }

    /** The last month against the month before it; blank with only one month. */
    private static String momFormula(int r, int lastMonth, int monthCount) {
        if (monthCount < 2) return "\"\"";
        return "IFERROR(" + Grid.ref(r, lastMonth) + "/" + Grid.ref(r, lastMonth - 1) + "-1,\"\")";
    }

    static XSSFColor rgb(int r, int g, int b) {
        return new XSSFColor(new byte[] {(byte) r, (byte) g, (byte) b}, null);
    }

    /** White for the smallest amount through green for the largest: a heat map that survives re-sorting. */
    static void heatMap(Sheet sheet, CellRangeAddress range) { heatMap(sheet, range, rgb(0x63, 0xBE, 0x7B)); }

    /** White for the smallest value through {@code high} for the largest. */
    static void heatMap(Sheet sheet, CellRangeAddress range, XSSFColor high) {
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule rule = cf.createConditionalFormattingColorScaleRule();
        ColorScaleFormatting scale = rule.getColorScaleFormatting();
        scale.setNumControlPoints(2);
        scale.getThresholds()[0].setRangeType(RangeType.MIN);
        scale.getThresholds()[1].setRangeType(RangeType.MAX);
        scale.setColors(new Color[] {rgb(0xFF, 0xFF, 0xFF), high});
        cf.addConditionalFormatting(new CellRangeAddress[] {range}, rule);
    }

}
