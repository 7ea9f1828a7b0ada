package org.salestrack.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salestrack.report.Sheets.col;
import static org.salestrack.report.Sheets.number;
import static org.salestrack.report.Sheets.row;
import static org.salestrack.report.Sheets.text;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.store.Workspace;

/** Forecasts and data quality come from tables other parts of the app fill; empty tables are said to be empty. */
class ForecastAndQualitySheetsTest {
    private static final YearMonth MARCH = YearMonth.of(2025, 3);

    @Test
    void withoutForecastsOrIssuesTheSheetsSaySoAndShowNoNumbers(@TempDir Path dir) throws Exception {
        Workspace ws = ReportWorkspace.build(dir);
        try (XSSFWorkbook wb = WorkbookFiles.writeAndOpen(ws, MARCH, Locale.ENGLISH, dir.resolve("r.xlsx"))) {
            Sheet f = wb.getSheet("Forecast");
            assertThat(text(f, ForecastSheet.HEADER + 1, 0)).startsWith("No forecasts stored in this workspace.");
            assertThat(f.getLastRowNum()).isEqualTo(ForecastSheet.HEADER + 1);
            Sheet q = wb.getSheet("Data quality");
            assertThat(text(q, QualitySheet.HEADER + 1, 0)).startsWith("No validation issues recorded");
            // the duplicate sale line is still reported as kept out of the totals
            int batchHeader = row(q, "Batch");
            int sales = row(q, 1, "sales.csv", batchHeader + 1);
            assertThat(q.getRow(sales).getCell(col(q, batchHeader, "Duplicate lines")).getNumericCellValue()).isEqualTo(1);
        }
    }

    @Test
    void forecastSheetShowsTheLatestRunOfEachSeriesAfterThePeriod(@TempDir Path dir) throws Exception {
        Workspace ws = ReportWorkspace.build(dir);
        ReportWorkspace.addForecasts(ws);
        try (XSSFWorkbook wb = WorkbookFiles.writeAndOpen(ws, MARCH, Locale.ENGLISH, dir.resolve("r.xlsx"))) {
            Sheet f = wb.getSheet("Forecast");
            int h = ForecastSheet.HEADER;
            assertThat(f.getLastRowNum()).as("3 steps of the newer 华南 run and 2 of series X").isEqualTo(h + 5);
            assertThat(text(f, h + 1, col(f, h, "Series"))).isEqualTo("华南");
            assertThat(text(f, h + 1, col(f, h, "Model"))).isEqualTo("ARIMA(1,1,0)");
            assertThat(text(f, h + 3, col(f, h, "Period"))).isEqualTo("2025-06");
            assertThat(f.getRow(h + 3).getCell(col(f, h, "P90")).getNumericCellValue()).isEqualTo(12500.0);
            int x = row(f, 1, "X", h + 1);
            assertThat(text(f, x, col(f, h, "Model"))).isEqualTo("Theta");
            assertThat(f.getRow(x).getCell(col(f, h, "P10")).getNumericCellValue()).isEqualTo(80.25);
            assertThat(f.getRow(x).getCell(col(f, h, "P50")).getNumericCellValue()).isEqualTo(100.5);
        }
    }

    @Test
    void qualitySheetCountsIssuesByRuleAndStatusWithFormulaTotals(@TempDir Path dir) throws Exception {
        Workspace ws = ReportWorkspace.build(dir);
        ReportWorkspace.addIssues(ws);
        try (XSSFWorkbook wb = WorkbookFiles.writeAndOpen(ws, MARCH, Locale.ENGLISH, dir.resolve("r.xlsx"))) {
            FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            Sheet q = wb.getSheet("Data quality");
            int h = QualitySheet.HEADER;
            assertThat(text(q, h + 1, 0)).as("errors first").isEqualTo("imei-invalid");
            int price = row(q, "price-outlier");
            assertThat(number(ev, q, price, col(q, h, "Open"))).isEqualTo(1);
            assertThat(number(ev, q, price, col(q, h, "Accepted"))).isEqualTo(1);
            assertThat(number(ev, q, price, col(q, h, "Total"))).isEqualTo(2);
            int total = row(q, "Total");
            assertThat(Sheets.isFormula(q, total, col(q, h, "Total"))).isTrue();
            assertThat(number(ev, q, total, col(q, h, "Total"))).isEqualTo(3);
        }
    }

    @Test
    void chineseReportNamesSheetsAndHeadersInChineseAndProvincesByTheirChineseNames(@TempDir Path dir) throws Exception {
        Workspace ws = ReportWorkspace.build(dir);
        try (XSSFWorkbook wb = WorkbookFiles.writeAndOpen(ws, MARCH, Locale.SIMPLIFIED_CHINESE, dir.resolve("r.xlsx"))) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("汇总");
            assertThat(wb.getSheet("明细")).isNotNull();
            Sheet p = wb.getSheet("省份");
            assertThat(text(p, MonthMatrixSheet.HEADER, 1)).isEqualTo("省份");
            row(p, 1, "广东", MonthMatrixSheet.HEADER + 1);
            Sheet s = wb.getSheet("汇总");
            assertThat(text(s, SummarySheet.KPI_HEADER + 1, 0)).isEqualTo("销售额");
            assertThat(text(s, 0, 0)).isEqualTo("2025-03 月度销售报表");
        }
    }

    @Test
    void aMonthBeforeAnySalesGivesZerosAndNoBrokenFormulas(@TempDir Path dir) throws Exception {
        Workspace ws = ReportWorkspace.build(dir);
        try (XSSFWorkbook wb = WorkbookFiles.writeAndOpen(ws, YearMonth.of(2023, 1), Locale.ENGLISH, dir.resolve("r.xlsx"))) {
            FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            Sheet s = wb.getSheet("Summary");
            assertThat(number(ev, s, row(s, "Sales amount"), 1)).isZero();
            assertThat(ev.evaluate(Sheets.cell(s, row(s, "Sales amount"), 3)).getStringValue()).as("no change without a base").isEmpty();
            assertThat(text(s, row(s, 0, "Channel", SummarySheet.trendHeader()) + 1, 0)).isEqualTo("No counted sales in this period.");
            assertThat(wb.getSheet("Summary").getDrawingPatriarch().getCharts()).as("a trend, but no pie of nothing").hasSize(1);
            assertThat(text(wb.getSheet("Regions"), MonthMatrixSheet.HEADER + 1, 0)).isEqualTo("No counted sales in this period.");
            assertThat(wb.getSheet("Detail").getLastRowNum()).isZero();
        }
    }

    @Test
    void onlyTheRequestedSectionsBecomeSheets(@TempDir Path dir) throws Exception {
        Workspace ws = ReportWorkspace.build(dir);
        var d = WorkbookFiles.load(ws, MARCH, java.util.EnumSet.of(org.salestrack.model.report.ReportSection.DEALERS,
                org.salestrack.model.report.ReportSection.DETAIL), Locale.ENGLISH);
        Path out = dir.resolve("two.xlsx");
        new SalesWorkbookWriter(ReportLabels.of(Locale.ENGLISH)).write(d, out, org.salestrack.task.ProgressListener.NONE,
                org.salestrack.task.Cancellation.none());
        try (XSSFWorkbook wb = new XSSFWorkbook(java.nio.file.Files.newInputStream(out))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            assertThat(wb.getSheetName(0)).isEqualTo("Dealers");
            assertThat(wb.getSheetName(1)).isEqualTo("Detail");
        }
    }
}
