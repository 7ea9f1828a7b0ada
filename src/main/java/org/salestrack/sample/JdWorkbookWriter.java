package org.salestrack.sample;

import org.salestrack.model.Money;
import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * JD's merchant-backend order export: a workbook whose first sheet opens with a two-row title banner,
 * then a two-level header with merged cells (group captions over their columns, 订单号 merged down
 * across both header rows), real date cells for the order time and the unit price as ¥-text.
 */
final class JdWorkbookWriter {
    static final String SHEET = "订单明细";
    /** Zero-based index of the lower header row; data starts on the row after it. */
    static final int HEADER_ROW = 3;
    static final String[] COLUMNS = {"订单号", "下单时间", "订单状态", "商家SKU", "商品名称", "数量", "单价", "应付金额",
        "省份", "城市"};
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private JdWorkbookWriter() {}

    static SampleFile write(Path dir, String name, List<SaleRecord> lines, Geography geo) throws IOException {
        SXSSFWorkbook wb = XlsxFiles.create();
        CellStyle time = wb.createCellStyle();
        time.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
        CellStyle money = wb.createCellStyle();
        money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
        Sheet sheet = wb.createSheet(SHEET);
        banner(wb, sheet);
        int r = HEADER_ROW + 1;
        for (SaleRecord s : lines) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(s.orderId());
            Cell at = row.createCell(1);
            at.setCellValue(s.soldAt());
            at.setCellStyle(time);
            row.createCell(2).setCellValue("已完成");
            row.createCell(3).setCellValue(s.product().sku());
            row.createCell(4).setCellValue(s.product().name());
            row.createCell(5).setCellValue(s.qty());
            row.createCell(6).setCellValue(Formats.yuan(s.unitPriceE4()));
            Cell amount = row.createCell(7);
            amount.setCellValue(Money.yuan(s.amountE4()));
            amount.setCellStyle(money);
            row.createCell(8).setCellValue(geo.province(s.provinceCode()).nameZh());
            row.createCell(9).setCellValue(s.city());
        }
        Sheet notes = wb.createSheet("导出说明");
        notes.createRow(0).createCell(0).setCellValue("金额单位：元；单价含优惠券分摊前价格。");
        notes.createRow(1).createCell(0).setCellValue("本报表由京东商家后台自动生成。");
        XlsxFiles.save(wb, dir.resolve(name));
        return new SampleFile(name, "sales", "京东 JD merchant order export", "XLSX (banner, merged 2-row header)",
                "-", "jd-orders", lines.size());
    }

    private static void banner(SXSSFWorkbook wb, Sheet sheet) {
        CellStyle title = wb.createCellStyle();
        Font bold = wb.createFont();
        bold.setBold(true);
        bold.setFontHeightInPoints((short) 14);
        title.setFont(bold);
        CellStyle centred = wb.createCellStyle();
        centred.setAlignment(HorizontalAlignment.CENTER);
        sheet.createRow(0).createCell(0).setCellValue("京东商家后台 · 订单明细导出");
        sheet.getRow(0).getCell(0).setCellStyle(title);
        sheet.createRow(1).createCell(0).setCellValue("店铺：星河京东自营旗舰店    导出时间："
                + XlsxFiles.EXPORTED_AT.format(STAMP) + "    下单时间：2024-01-01 至 2025-12-31");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS.length - 1));
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, COLUMNS.length - 1));
        Row groups = sheet.createRow(HEADER_ROW - 1);
        Row header = sheet.createRow(HEADER_ROW);
        groups.createCell(0).setCellValue(COLUMNS[0]);
        sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW - 1, HEADER_ROW, 0, 0));
        group(sheet, groups, "订单信息", 1, 2, centred);
        group(sheet, groups, "商品信息", 3, 7, centred);
        group(sheet, groups, "收货信息", 8, 9, centred);
        for (int c = 1; c < COLUMNS.length; c++) header.createCell(c).setCellValue(COLUMNS[c]);
    }

    private static void group(Sheet sheet, Row row, String caption, int first, int last, CellStyle style) {
        Cell cell = row.createCell(first);
        cell.setCellValue(caption);
        cell.setCellStyle(style);
        sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), first, last));
    }
}
