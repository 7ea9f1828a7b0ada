package org.salestrack.sample;

import org.salestrack.model.Money;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.salestrack.model.Province;

/**
 * One workbook per dealer, as dealers fill in the brand's monthly template: a title row, then sheet
 * 销售明细 (sell-through by month, city, SKU and county: 销售区县, the last column, a name like 天河区) and sheet 库存 (month-end warehouse stock). The month is
 * a real date cell (the month's last day) shown as yyyy-mm; each dealer spells provinces its own way.
 */
final class DealerWorkbookWriter {
    static final String SALES_SHEET = "销售明细";
    static final String STOCK_SHEET = "库存";
    static final String[] SALES_COLUMNS = {"月份", "经销商编码", "销售省份", "销售城市", "物料编码", "产品型号", "销量",
        "零售单价", "销售额", "销售区县"};
    static final String[] STOCK_COLUMNS = {"月份", "经销商编码", "物料编码", "产品型号", "期末库存", "在途数量"};
    /** Zero-based header row on both sheets (a title row and a blank row come first). */
    static final int HEADER_ROW = 2;

    private DealerWorkbookWriter() {}

    static String fileName(Dealer d) { return "dealers/dealer-" + d.code() + ".xlsx"; }

    static void write(Path dir, Dealer d, int index, List<SaleRecord> sales, List<StockRecord> stock, Geography geo)
            throws IOException {
        SXSSFWorkbook wb = XlsxFiles.create();
        CellStyle month = wb.createCellStyle();
        month.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm"));
        Sheet s = wb.createSheet(SALES_SHEET);
        title(s, d.name() + " 月度销售明细（2024-2025）", SALES_COLUMNS);
        int r = HEADER_ROW + 1;
        for (SaleRecord x : sales) {
            Row row = s.createRow(r++);
            date(row, month, x);
            row.createCell(1).setCellValue(d.code());
            row.createCell(2).setCellValue(spell(geo.province(x.provinceCode()), index));
            row.createCell(3).setCellValue(x.city());
            row.createCell(4).setCellValue(x.product().sku());
            row.createCell(5).setCellValue(x.product().name());
            row.createCell(6).setCellValue(x.qty());
            row.createCell(7).setCellValue(Money.yuan(x.unitPriceE4()));
            row.createCell(8).setCellValue(Money.yuan(x.amountE4()));
            row.createCell(9).setCellValue(x.county().name());
        }
        Sheet k = wb.createSheet(STOCK_SHEET);
        title(k, d.name() + " 月末库存", STOCK_COLUMNS);
        r = HEADER_ROW + 1;
        for (StockRecord x : stock) {
            Row row = k.createRow(r++);
            Cell c = row.createCell(0);
            c.setCellValue(x.asOf());
            c.setCellStyle(month);
            row.createCell(1).setCellValue(d.code());
            row.createCell(2).setCellValue(x.product().sku());
            row.createCell(3).setCellValue(x.product().name());
            row.createCell(4).setCellValue(x.onHand());
            row.createCell(5).setCellValue(x.inTransit());
        }
        XlsxFiles.save(wb, dir.resolve(fileName(d)));
    }

    private static void date(Row row, CellStyle style, SaleRecord x) {
        Cell c = row.createCell(0);
        c.setCellValue(x.soldAt().toLocalDate());
        c.setCellStyle(style);
    }

    private static void title(Sheet s, String text, String[] columns) {
        s.createRow(0).createCell(0).setCellValue(text);
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.length - 1));
        Row header = s.createRow(HEADER_ROW);
        for (int i = 0; i < columns.length; i++) header.createCell(i).setCellValue(columns[i]);
    }

    /** Dealers write provinces as 河南, 河南省 or 豫, each in its own habit. */
    static String spell(Province p, int dealerIndex) {
        return switch (dealerIndex % 3) {
            case 0 -> p.nameZh();
            case 1 -> p.fullNameZh();
            default -> p.abbr();
        };
    }
}
