package org.salestrack.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.store.Workspace;

/**
 * Issue 23: after a validation held half the lines, the workbook's figures fell by half and nothing in it
 * said so. Its provenance states what open findings hold out of the window's figures.
 */
class ProvenanceHeldTest {
    @TempDir
    Path dir;

    @Test
    void theProvenanceSaysHowManyPaidLinesOfTheWindowAreHeldAndTheirAmount() throws Exception {
        Workspace ws = ReportWorkspace.build(dir);
        try (XSSFWorkbook wb = WorkbookFiles.writeAndOpen(ws, YearMonth.of(2025, 3), Locale.ENGLISH, dir.resolve("before.xlsx"))) {
            assertThat(value(wb.getSheet("Provenance"), "Held for review")).isEqualTo("None: every paid line of the window counts");
        }
        long[] held = holdTwoMarchLines(ws);
        assertThat(held[0]).isEqualTo(2);
        try (XSSFWorkbook wb = WorkbookFiles.writeAndOpen(ws, YearMonth.of(2025, 3), Locale.ENGLISH, dir.resolve("en.xlsx"))) {
            assertThat(value(wb.getSheet("Provenance"), "Held for review")).isEqualTo("2 paid lines ("
                    + String.format(Locale.ROOT, "¥%,.2f", held[1] / 10000.0) + ") of the window are held out of every figure pending review on the Data quality screen");
        }
        try (XSSFWorkbook wb = WorkbookFiles.writeAndOpen(ws, YearMonth.of(2025, 3), Locale.SIMPLIFIED_CHINESE, dir.resolve("zh.xlsx"))) {
            assertThat(value(wb.getSheet("数据来源"), "待审核挂起"))
                    .startsWith("窗口内有 2 条已付款销售行");
        }
    }

    /** What a holding rule does to two paid March lines: an open finding with hold = 1 on each, sale.hold = 2. */
    private static long[] holdTwoMarchLines(Workspace ws) throws Exception {
        try (Connection c = ws.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TEMP TABLE picked AS SELECT id, batch_id, src_row, amount_e4 FROM sale WHERE hold = 0 AND status = 'paid' "
                    + "AND sale_date BETWEEN '2025-03-01' AND '2025-03-31' ORDER BY id LIMIT 2");
            s.executeUpdate("INSERT INTO validation_issue(batch_id, fact, row_id, src_row, rule, severity, why, status, at, hold) "
                    + "SELECT batch_id, 'sale', id, src_row, 'diversion', 'error', 'sold outside its province', 'open', '2025-04-01T00:00:00', 1 FROM temp.picked");
            s.executeUpdate("UPDATE sale SET hold = 2 WHERE id IN (SELECT id FROM temp.picked)");
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*), SUM(amount_e4) FROM temp.picked")) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }

    private static String value(Sheet sheet, String label) {
        for (Row r : sheet) {
            if (r.getCell(0) != null && r.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && label.equals(r.getCell(0).getStringCellValue())) return r.getCell(1).getStringCellValue();
        }
        throw new AssertionError("no row " + label + " in " + sheet.getSheetName());
    }
}
