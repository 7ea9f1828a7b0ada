package org.salestrack.ingest;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds XLSX test inputs shaped like marketplace exports: a title banner and merged header cells. */
final class XlsxFiles {
    private XlsxFiles() {}

    /**
     * Sheet "订单" of a workbook whose first sheet is a cover: row 1 a merged banner, row 2 group headers
     * (订单信息 over two columns, 金额 over two), row 3 the headers, where 下单时间 is merged down from row 2.
     */
    static Path bannerSheet(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("说明").createRow(0).createCell(0).setCellValue("本文件由京东商家后台导出");
            Sheet s = wb.createSheet("订单");
            s.createRow(0).createCell(0).setCellValue("京东订单明细导出 2024年3月");
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
            Row g = s.createRow(1);
            g.createCell(0).setCellValue("订单信息");
            g.createCell(2).setCellValue("下单时间");
            g.createCell(3).setCellValue("商品");
            g.createCell(4).setCellValue("金额");
            s.addMergedRegion(new CellRangeAddress(1, 1, 0, 1));
            s.addMergedRegion(new CellRangeAddress(1, 2, 2, 2));
            s.addMergedRegion(new CellRangeAddress(1, 1, 4, 5));
            Row h = s.createRow(2);
            h.createCell(0).setCellValue("订单号");
            h.createCell(1).setCellValue("收货地区");
            h.createCell(3).setCellValue("商品编号");
            h.createCell(4).setCellValue("数量");
            h.createCell(5).setCellValue("应付金额");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            Object[][] data = {
                {"JD1", "广东", LocalDateTime.of(2024, 3, 1, 9, 30), "P10", 1, "¥5,999.00"},
                {"JD2", "四川省", "2024/3/2 14:05", "W2", 2, 1998.0},
                {"JD3", "Shanghai", LocalDateTime.of(2024, 3, 3, 20, 0), "P10", 1, 5899.5},
            };
            for (int i = 0; i < data.length; i++) {
                Row r = s.createRow(3 + i);
                for (int c = 0; c < data[i].length; c++) {
                    Object v = data[i][c];
                    if (v instanceof LocalDateTime t) {
                        r.createCell(c).setCellValue(t);
                        r.getCell(c).setCellStyle(date);
                    } else if (v instanceof Number n) {
                        r.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        r.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            Row total = s.createRow(3 + data.length);
            total.createCell(0).setCellValue("合计");
            total.createCell(4).setCellValue(4);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }
}
