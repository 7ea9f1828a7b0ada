package org.salestrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook's Customers sheet, as finance gets it: a planted transaction list imported with the CLI,
 * {@code report} for December 2025, the sheet's counts and its formulas read back with POI. The
 * figures are the ones worked out by hand in CustomersCommandTest.
 */
class CustomersSheetTest {
    @TempDir
    Path tmp;

    @Test
    void theCustomersSheetCountsThePlantedBuyersAndItsFormulasAddUp() throws Exception {
        Path ws = tmp.resolve("ws.db");
        Path csv = tmp.resolve("orders.csv");
        Files.write(csv, List.of("customer_id,date,quantity,amount",
                "A,2025-01-10,1,3000.00", "A,2025-11-20,1,3500.50",
                "B,2024-03-01,1,6000.00",
                "C,2025-06-01,1,2000.00", "C,2025-06-01,1,1000.00",
                "D,2025-12-01,1,99.90"));
        assertThat(CliRunner.run("import", "--workspace", ws.toString(), csv.toString()).exit).isZero();
        Path out = tmp.resolve("report.xlsx");

        CliRunner r = CliRunner.run("report", "--workspace", ws.toString(), "--out", out.toString(), "--period", "2025-12");

        assertThat(r.exit).as(r.err).isZero();
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("Customers");
            assertThat(s).as("a Customers sheet").isNotNull();
            FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
            Map<String, Row> byLabel = rowsByLabel(s);
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Customers as of 2025-12-01");
            assertThat(number(byLabel.get("All customers"), 1, eval)).isEqualTo(4);
            // the data stops on 1 December, so the sheet looks from there: B (2024-03) has not bought for six
            // months, C's last purchase (2025-06-01) is exactly six months back and still counts; only B's
            // ¥6,000 order makes a high-value buyer
            assertThat(number(byLabel.get("Churned"), 1, eval)).isEqualTo(1);
            assertThat(number(byLabel.get("Churned"), 2, eval)).isEqualTo(0.25);
            assertThat(number(byLabel.get("High value"), 1, eval)).isEqualTo(1);
            Row total = byLabel.get("Total");
            assertThat(number(total, 1, eval)).isEqualTo(4);
            assertThat(number(total, 3, eval)).isEqualTo(15600.40);
            assertThat(number(total, 5, eval)).isEqualTo(3900.10);
            double shares = 0;
            for (int i = byLabel.get("Segment").getRowNum() + 1; i < total.getRowNum(); i++) shares += number(s.getRow(i), 2, eval);
            assertThat(shares).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
            long inGrid = 0;
            Row gridHeader = byLabel.get("R \\ F");
            for (int i = 1; i <= 5; i++) for (int f = 1; f <= 5; f++) inGrid += (long) number(s.getRow(gridHeader.getRowNum() + i), f, eval);
            assertThat(inGrid).isEqualTo(4);
        }
    }

    private static Map<String, Row> rowsByLabel(Sheet s) {
        Map<String, Row> out = new HashMap<>();
        DataFormatter f = new DataFormatter();
        for (Row row : s) {
            Cell c = row.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING) out.putIfAbsent(f.formatCellValue(c), row);
        }
        return out;
    }

    private static double number(Row row, int col, FormulaEvaluator eval) {
        Cell c = row.getCell(col);
        return c.getCellType() == CellType.FORMULA ? eval.evaluate(c).getNumberValue() : c.getNumericCellValue();
    }
}
