package org.salestrack.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.ui.MarketFixture;
import org.salestrack.ui.TestWorkspace;

/** The workbook's Market share sheet: its live share formulas evaluate to the shares summed by hand from the fixture's panel. */
class MarketSheetTest {
    @TempDir
    static Path dir;
    static XSSFWorkbook wb;

    @BeforeAll
    static void writeTheWorkbook() throws Exception {
        TestWorkspace t = TestWorkspace.create(dir, false);
        MarketFixture.importInto(t, dir);
        wb = WorkbookFiles.writeAndOpen(t.workspace, YearMonth.of(2025, 6), Locale.ENGLISH, dir.resolve("report.xlsx"));
    }

    @Test
    void provincesOfTheMonthCarryOurShareAsAFormulaOverThePanelsMarket() {
        Sheet s = wb.getSheet("Market share");
        assertThat(s).isNotNull();
        FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
        Row header = s.getRow(MarketSheet.HEADER);
        assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Unit share");
        YearMonth june = YearMonth.of(2025, 6);
        for (int i = 1; i <= 6; i++) {
            Row r = s.getRow(MarketSheet.HEADER + i);
            int p = MarketFixture.PROVINCES.indexOf(r.getCell(0).getStringCellValue());
            assertThat(p).isNotNegative();
            assertThat(r.getCell(3).getCellFormula()).isEqualTo("IFERROR(B" + (MarketSheet.HEADER + i + 1) + "/C" + (MarketSheet.HEADER + i + 1) + ",\"\")");
            assertThat(eval.evaluate(r.getCell(3)).getNumberValue()).isCloseTo(MarketFixture.share(List.of(p), june, june), within(1e-12));
            assertThat((long) r.getCell(1).getNumericCellValue()).isEqualTo(MarketFixture.ownUnits(p, june));
        }
        Row total = s.getRow(MarketSheet.HEADER + 7);
        assertThat(eval.evaluate(total.getCell(3)).getNumberValue())
                .isCloseTo(MarketFixture.share(List.of(0, 1, 2, 3, 4, 5), june, june), within(1e-12));
    }

    @Test
    void theMonthsOfTheTrendFollowWithTheirShares() {
        Sheet s = wb.getSheet("Market share");
        FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
        int header = -1;
        for (Row r : s) {
            if (r.getCell(0) != null && r.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && r.getCell(0).getStringCellValue().equals("Month")) header = r.getRowNum();
        }
        assertThat(header).isGreaterThan(MarketSheet.HEADER);
        Row first = s.getRow(header + 1);
        YearMonth m = YearMonth.parse(first.getCell(0).getStringCellValue());
        // the trend runs 13 months to the report month (the 13th for the year-on-year comparison)
        assertThat(m).isEqualTo(YearMonth.of(2024, 6));
        assertThat(eval.evaluate(first.getCell(3)).getNumberValue())
                .isCloseTo(MarketFixture.share(List.of(0, 1, 2, 3, 4, 5), m, m), within(1e-12));
    }
}
