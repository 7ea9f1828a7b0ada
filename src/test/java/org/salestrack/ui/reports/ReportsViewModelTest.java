package org.salestrack.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.model.SummaryRow;
import org.salestrack.model.report.ReportSection;
import org.salestrack.store.SummaryQuery;
import org.salestrack.task.TaskExecutor;
import org.salestrack.ui.ScreensFixture;

/** The Reports screen's logic without a stage: the workbook it builds agrees with the store to the cent. */
class ReportsViewModelTest {
    @TempDir
    static Path dir;
    static ScreensFixture fx;

    @BeforeAll
    static void workspace() {
        fx = ScreensFixture.create(dir);
    }

    /** The amount in the Summary sheet's KPI table: row "label", column "column", formulas evaluated. */
    static BigDecimal kpi(Path file, String label, String column) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet s = wb.getSheetAt(0);
            FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            int col = -1;
            int rowAt = -1;
            for (Row r : s) {
                for (Cell c : r) {
                    if (c.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING) continue;
                    if (c.getStringCellValue().equals(column) && col < 0) col = c.getColumnIndex();
                    if (c.getStringCellValue().equals(label) && c.getColumnIndex() == 0 && rowAt < 0) rowAt = r.getRowNum();
                }
            }
            assertThat(col).as("column " + column).isNotNegative();
            assertThat(rowAt).as("row " + label).isNotNegative();
            double v = ev.evaluate(s.getRow(rowAt).getCell(col)).getNumberValue();
            return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
        }
    }

    @Test
    void theWorkbookBuiltForTheLatestMonthHasTheStoresTotalInItsSummary() throws Exception {
        ReportsViewModel vm = new ReportsViewModel(fx.services.reports(), TaskExecutor.SAME_THREAD, Locale.ENGLISH);
        vm.loadMonths();
        YearMonth last = ScreensFixture.FIRST.plusMonths(ScreensFixture.MONTHS - 1);
        assertThat(vm.months()).hasSize(ScreensFixture.MONTHS).first().isEqualTo(last);
        // the fixture's sales are dated the 15th, so the latest month is partial: the default is the one before
        assertThat(vm.periodProperty().get()).isEqualTo(last.minusMonths(1));
        assertThat(vm.asOfProperty().get().date()).isEqualTo(last.atDay(15));
        vm.periodProperty().set(last);
        vm.sections().remove(ReportSection.DETAIL);
        Path out = dir.resolve("r.xlsx");
        vm.build(out, "test");
        assertThat(vm.messageProperty().get()).isEqualTo(org.salestrack.model.Message.of("reports.written", out));
        assertThat(vm.writtenProperty().get()).isEqualTo(out);
        SummaryRow total = new SummaryQuery(fx.ws.workspace).run(List.of(), last.atDay(1).toString(), last.atEndOfMonth().toString()).get(0);
        assertThat(kpi(out, "Sales amount", "This month")).isEqualByComparingTo(total.amount());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(wb.getSheet("Detail")).isNull();
            assertThat(wb.getSheet("Summary")).isNotNull();
        }
    }

    @Test
    void chineseSheetNamesFollowTheChosenLanguageAndNoSectionsBuildsNothing() throws Exception {
        ReportsViewModel vm = new ReportsViewModel(fx.services.reports(), TaskExecutor.SAME_THREAD, Locale.SIMPLIFIED_CHINESE);
        vm.loadMonths();
        Path out = dir.resolve("zh.xlsx");
        vm.build(out, "test");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(wb.getSheetName(0)).isNotEqualTo("Summary").matches(".*\\p{IsHan}.*");
        }
        vm.sections().clear();
        vm.build(dir.resolve("none.xlsx"), "test");
        assertThat(vm.messageProperty().get()).isEqualTo(org.salestrack.model.Message.of("reports.no.sections"));
        assertThat(dir.resolve("none.xlsx")).doesNotExist();
    }

    @Test
    void aCancelledBuildSaysSoAndLeavesNoFile() {
        TaskExecutor cancelFirst = new TaskExecutor() {
            @Override
            public <T> void execute(org.salestrack.task.BackgroundTask<T> task, java.util.function.Consumer<T> ok, java.util.function.Consumer<Throwable> err) {
                task.cancel();
                TaskExecutor.SAME_THREAD.execute(task, ok, err);
            }
        };
        ReportsViewModel vm = new ReportsViewModel(fx.services.reports(), TaskExecutor.SAME_THREAD, Locale.ENGLISH);
        vm.loadMonths();
        ReportsViewModel cancelled = new ReportsViewModel(fx.services.reports(), cancelFirst, Locale.ENGLISH);
        cancelled.periodProperty().set(vm.periodProperty().get());
        cancelled.build(dir.resolve("cancelled.xlsx"), "test");
        assertThat(cancelled.messageProperty().get()).isEqualTo(org.salestrack.model.Message.of("reports.cancelled"));
        assertThat(cancelled.busyProperty().get()).isFalse();
        assertThat(dir.resolve("cancelled.xlsx")).doesNotExist();
    }

    /**
     * Issue 23: above a line count the month's Detail starts unticked, saying how many lines the month has (counted
     * here against the store); the provenance of a workbook built so says the detail is left out and how many lines
     * it would hold. A month within the count leaves Detail ticked.
     */
    @Test
    void aMonthAboveTheLineCountStartsWithDetailUntickedAndSaysSoOnScreenAndInTheProvenance() throws Exception {
        YearMonth last = ScreensFixture.FIRST.plusMonths(ScreensFixture.MONTHS - 1);
        long lines = new SummaryQuery(fx.ws.workspace).run(List.of(), last.atDay(1).toString(), last.atEndOfMonth().toString()).get(0).rows();
        assertThat(lines).isGreaterThan(1);

        ReportsViewModel within = new ReportsViewModel(fx.services.reports(), TaskExecutor.SAME_THREAD, Locale.ENGLISH, lines);
        within.loadMonths();
        within.periodProperty().set(last);
        assertThat(within.sections()).contains(ReportSection.DETAIL);
        assertThat(within.detailNoteProperty().get()).isNull();

        ReportsViewModel vm = new ReportsViewModel(fx.services.reports(), TaskExecutor.SAME_THREAD, Locale.ENGLISH, lines - 1);
        vm.loadMonths();
        vm.periodProperty().set(last);
        assertThat(vm.sections()).doesNotContain(ReportSection.DETAIL).contains(ReportSection.SUMMARY);
        assertThat(vm.detailNoteProperty().get()).isEqualTo(org.salestrack.model.Message.of("reports.detail.off", last.toString(), lines, lines - 1));
        Path out = dir.resolve("no-detail.xlsx");
        vm.build(out, "test");
        assertThat(vm.writtenProperty().get()).isEqualTo(out);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(wb.getSheet("Detail")).isNull();
            Sheet p = wb.getSheet("Provenance");
            String said = null;
            for (Row r : p) {
                Cell c = r.getCell(0);
                if (c != null && c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && c.getStringCellValue().equals("Detail lines")) {
                    said = r.getCell(1).getStringCellValue();
                }
            }
            assertThat(said).isEqualTo("Not included: the report month has " + String.format(Locale.ENGLISH, "%,d", lines)
                    + " counted lines (above a set count the Reports screen leaves Detail unticked; tick it, or report --sections with detail, to list them)");
        }
    }
}
