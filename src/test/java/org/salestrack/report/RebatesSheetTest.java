package org.salestrack.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.dealer.DealerService;
import org.salestrack.analytics.dealer.DealerWorkspace;
import org.salestrack.analytics.workbook.SalesWorkbookBuilder;
import org.salestrack.model.dealer.DealerPeriod;
import org.salestrack.model.dealer.DealerRow;
import org.salestrack.model.report.ReportRequest;
import org.salestrack.model.report.ReportSection;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;

/**
 * The Rebates sheet holds formulas, not numbers: read back with POI and evaluated by POI's evaluator they
 * give the engine's amounts to the cent, and a changed rate recomputes them.
 */
class RebatesSheetTest {
    @TempDir
    Path dir;

    private static final int FIRST = RebatesSheet.HEADER + 1;

    @Test
    void theRebateCellsAreLiveFormulasThatGiveTheEnginesAmounts() throws Exception {
        Workspace ws = DealerWorkspace.create(dir);
        Path out = dir.resolve("rebates.xlsx");
        new SalesWorkbookBuilder(ws, "test", SalesWorkbookWriter::writeWorkbook).build(new ReportRequest(YearMonth.of(2025, 9),
                EnumSet.of(ReportSection.REBATES)), Locale.ENGLISH, out, ProgressListener.NONE, Cancellation.none());
        Map<String, DealerRow> engine = new HashMap<>();
        for (DealerRow r : new DealerService(ws).board(DealerPeriod.parse("2025-Q3")).rows()) engine.put(r.code(), r);

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            Sheet s = wb.getSheet("Rebates");
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Dealer rebates 2025-Q3");
            FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            int rows = 0;
            for (int r = FIRST; r < FIRST + engine.size(); r++) {
                Row row = s.getRow(r);
                DealerRow d = engine.get(row.getCell(0).getStringCellValue());
                rows++;
                for (int c = 7; c <= 12; c++) assertThat(row.getCell(c).getCellType()).isEqualTo(CellType.FORMULA);
                int excel = r + 1;
                assertThat(row.getCell(8).getCellFormula()).isEqualTo("ROUND(E" + excel + "*H" + excel + ",2)");
                assertThat(row.getCell(9).getCellFormula()).isEqualTo("IF(F" + excel + "=\"\",0,MAX(0,E" + excel + "-F" + excel + "))");
                assertThat(row.getCell(10).getCellFormula()).isEqualTo("ROUND(J" + excel + "*$B$8,2)");
                assertThat(row.getCell(11).getCellFormula()).isEqualTo("ROUND(E" + excel + "*$B$9*G" + excel + ",2)");
                assertThat(e4(ev, row.getCell(8))).isEqualTo(d.rebate().base());
                assertThat(e4(ev, row.getCell(10))).isEqualTo(d.rebate().excess());
                assertThat(e4(ev, row.getCell(11))).isEqualTo(d.rebate().logistics());
                assertThat(e4(ev, row.getCell(12))).isEqualTo(d.rebate().total());
            }
            assertThat(rows).isEqualTo(2);
            // D001: 30,000.00 + 8,000.00 + 30,000.00; D002: 2,000.00; the totals row sums them
            Row total = s.getRow(FIRST + 2);
            assertThat(e4(ev, total.getCell(12))).isEqualTo(new BigDecimal("70000.00"));

            // finance raises grade B's rate to 4%: D001's base becomes 40,000.00 and its rebate 78,000.00
            s.getRow(RebatesSheet.RATES + 2).getCell(1).setCellValue(0.04);
            ev.clearAllCachedResultValues();
            Row d001 = s.getRow(FIRST);
            assertThat(d001.getCell(0).getStringCellValue()).isEqualTo("D001");
            assertThat(e4(ev, d001.getCell(12))).isEqualTo(new BigDecimal("78000.00"));
        }
    }

    private static BigDecimal e4(FormulaEvaluator ev, Cell c) {
        return BigDecimal.valueOf(ev.evaluate(c).getNumberValue()).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
