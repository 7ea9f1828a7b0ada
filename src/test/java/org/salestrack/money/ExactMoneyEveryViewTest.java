package org.salestrack.money;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.explore.DatePreset;
import org.salestrack.analytics.report.SalesReportService;
import org.salestrack.cli.CliRunner;
import org.salestrack.ingest.FileOutcome;
import org.salestrack.model.Money;
import org.salestrack.model.SummaryRow;
import org.salestrack.model.cube.Slice;
import org.salestrack.model.report.ReportRequest;
import org.salestrack.model.report.ReportSection;
import org.salestrack.model.report.SalesReportData;
import org.salestrack.pipeline.ImportPipeline;
import org.salestrack.report.ReportLabels;
import org.salestrack.report.SalesWorkbookWriter;
import org.salestrack.store.SummaryQuery;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import org.salestrack.task.TaskExecutor;
import org.salestrack.ui.StateManager;
import org.salestrack.ui.TestWorkspace;
import org.salestrack.ui.dashboard.DashboardViewModel;

/**
 * Issue 13 #1: a file of 10,000 lines whose amounts carry 4 decimals, imported through the one import pipeline,
 * sums in every view (summary and its CLI, the explorer's cube, the dashboard, the workbook) to the exact decimal
 * sum of the file, computed here from the text written. Rounded to the cent per line, as before, the file's
 * total came out 678,781.36 where the file said 678,781.24.
 */
class ExactMoneyEveryViewTest {
    @TempDir
    static Path dir;
    static TestWorkspace ws;
    static ExactMoneyFile file;

    @BeforeAll
    static void importTheFile() throws Exception {
        ws = TestWorkspace.create(dir, false);
        file = ExactMoneyFile.write(dir, 10_000);
        ImportPipeline.Imported done = ws.pipeline.importFiles(List.of(file.file), null, ProgressListener.NONE, Cancellation.none());
        FileOutcome outcome = done.files().get(0);
        assertThat(outcome.refused()).isNull();
        assertThat(outcome.result().stored()).isEqualTo(10_000);
        assertThat(outcome.result().quarantined()).isZero();
        ws.explore.refresh(Cancellation.none());
    }

    @Test
    void theFileItselfHasAmountsOfFourDecimalsWhoseCentRoundingsDoNotAddUp() {
        BigDecimal roundedPerLine = BigDecimal.ZERO;
        try {
            for (String line : Files.readAllLines(file.file).subList(1, file.lines + 1)) {
                roundedPerLine = roundedPerLine.add(new BigDecimal(line.substring(line.lastIndexOf(',') + 1)).setScale(2, RoundingMode.HALF_UP));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(file.total.stripTrailingZeros().scale()).isEqualTo(4);
        assertThat(roundedPerLine).isNotEqualByComparingTo(file.total);
    }

    @Test
    void summarySumsToTheExactDecimalSumOfTheFile() {
        SummaryQuery summary = new SummaryQuery(ws.workspace);
        SummaryRow all = summary.run(List.of(), null, null).get(0);
        assertThat(all.rows()).isEqualTo(10_000);
        assertThat(all.amount()).isEqualByComparingTo(file.total);
        Map<String, BigDecimal> byProvince = new TreeMap<>();
        for (SummaryRow r : summary.run(List.of("province"), null, null)) byProvince.put(r.keys().get(0), r.amount());
        assertThat(byProvince.keySet()).isEqualTo(file.byProvince.keySet());
        file.byProvince.forEach((p, v) -> assertThat(byProvince.get(p)).as(p).isEqualByComparingTo(v));
    }

    @Test
    void theSummaryCommandPrintsTheExactAmountsAsJsonNumbers() throws Exception {
        CliRunner run = CliRunner.run("summary", "--workspace", dir.resolve("workspace.db").toString(), "--by", "province", "--json");
        assertThat(run.exit).as(run.err).isZero();
        JsonNode rows = new ObjectMapper().readTree(run.out).get("rows");
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode r : rows) {
            assertThat(r.get("amount").isNumber()).isTrue();
            assertThat(r.get("amount").decimalValue()).as(r.get("province").asText())
                    .isEqualByComparingTo(file.byProvince.get(r.get("province").asText()));
            sum = sum.add(r.get("amount").decimalValue());
        }
        assertThat(sum).isEqualByComparingTo(file.total);
        // the two amounts from the issue are printed as the file wrote them, and 2-decimal figures keep their 2 places
        assertThat(run.out).doesNotContain("E+").doesNotContain("e+");
    }

    @Test
    void theExplorersCubeSumsToTheExactSum() {
        Slice span = ws.explore.span().orElseThrow();
        assertThat(Money.ofE4(ws.explore.totals(span).amountE4())).isEqualByComparingTo(file.total);
        assertThat(ws.explore.breakdown(span, org.salestrack.model.Dimension.PROVINCE, org.salestrack.model.cube.Measure.REVENUE))
                .allSatisfy(c -> assertThat(Money.ofE4(c.measures().amountE4())).as(c.label())
                        .isEqualByComparingTo(file.byProvince.get(c.label())));
    }

    @Test
    void theDashboardsRevenueIsTheExactSum() {
        Slice span = ws.explore.span().orElseThrow();
        StateManager state = new StateManager(span.from(), span.to());
        state.applyPreset(DatePreset.ALL);
        DashboardViewModel vm = new DashboardViewModel(ws.explore, state, org.salestrack.ui.TestRequests.SHARED, TaskExecutor.SAME_THREAD, 0);
        assertThat(Money.ofE4(vm.dataProperty().get().kpis().current().amountE4())).isEqualByComparingTo(file.total);
        vm.close();
    }

    @Test
    void theWorkbookKeepsTheExactSumInTheCellAndShowsTwoDecimals() throws Exception {
        SalesReportData data = new SalesReportService(ws.workspace, "SalesTrack test").load(
                new ReportRequest(YearMonth.of(2025, 3), ReportSection.all()), Locale.ENGLISH, ProgressListener.NONE, Cancellation.none());
        Path out = dir.resolve("exact.xlsx");
        new SalesWorkbookWriter(ReportLabels.of(Locale.ENGLISH)).write(data, out, ProgressListener.NONE, Cancellation.none());
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet summary = wb.getSheet("Summary");
            Cell march = monthAmount(summary, "2025-03");
            assertThat(march.getCellType()).isEqualTo(CellType.NUMERIC);
            // the double nearest the exact decimal: read back as the shortest decimal that names it, it is the sum itself
            assertThat(BigDecimal.valueOf(march.getNumericCellValue())).isEqualByComparingTo(file.total);
            assertThat(march.getCellStyle().getDataFormatString()).endsWith("#,##0.00");
        }
    }

    /** The amount beside the month in the Summary sheet's trend table (month in column 0, amount in column 1). */
    static Cell monthAmount(Sheet s, String month) {
        for (Row row : s) {
            Cell c = row.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(month)) return row.getCell(1);
        }
        throw new AssertionError("no row " + month + " in " + s.getSheetName());
    }
}
