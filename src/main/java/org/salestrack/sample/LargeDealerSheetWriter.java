package org.salestrack.sample;

import org.salestrack.model.Money;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.salestrack.model.Province;

/**
 * Streams a benchmark-sized dealer workbook: sheet 销售明细 in the shape of the sample dealers' monthly
 * template (title row, blank row, Chinese header, a month date cell shown as yyyy-mm), so the shipped
 * dealer-sellthrough profile picks it. A national dealer reporting every month, city and SKU it sold:
 * rows run month by month over 2024-2025 through cities and SKUs until {@code rows} are written.
 */
public final class LargeDealerSheetWriter {
    private LargeDealerSheetWriter() {}

    public static void write(Path file, int rows, long seed) throws IOException {
        Geography geo = Geography.load();
        List<Product> products = Catalogue.standard().products();
        SplittableRandom rng = new SplittableRandom(seed);
        SXSSFWorkbook wb = XlsxFiles.create();
        CellStyle month = wb.createCellStyle();
        month.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm"));
        Sheet s = wb.createSheet(DealerWorkbookWriter.SALES_SHEET);
        String[] columns = DealerWorkbookWriter.SALES_COLUMNS;
        s.createRow(0).createCell(0).setCellValue("全国分销商 月度销售明细（2024-2025）");
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.length - 1));
        Row header = s.createRow(DealerWorkbookWriter.HEADER_ROW);
        for (int i = 0; i < columns.length; i++) header.createCell(i).setCellValue(columns[i]);
        int perMonth = (rows + 23) / 24;
        int r = DealerWorkbookWriter.HEADER_ROW + 1;
        int written = 0;
        for (int m = 0; m < 24 && written < rows; m++) {
            LocalDate end = LocalDate.of(2024, 1, 1).plusMonths(m + 1).minusDays(1);
            for (int i = 0; i < perMonth && written < rows; i++, written++) {
                Province p = geo.pickProvince(rng);
                City city = geo.pickCity(p.code(), rng);
                Product product = products.get(rng.nextInt(products.size()));
                int qty = 1 + rng.nextInt(40);
                Row row = s.createRow(r++);
                Cell c = row.createCell(0);
                c.setCellValue(end);
                c.setCellStyle(month);
                row.createCell(1).setCellValue("D900");
                row.createCell(2).setCellValue(p.nameZh());
                row.createCell(3).setCellValue(city.name());
                row.createCell(4).setCellValue(product.sku());
                row.createCell(5).setCellValue(product.name());
                row.createCell(6).setCellValue(qty);
                row.createCell(7).setCellValue(Money.yuan(product.listPriceE4()));
                row.createCell(8).setCellValue(Money.yuan(product.listPriceE4() * qty));
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        XlsxFiles.save(wb, file);
    }
}
