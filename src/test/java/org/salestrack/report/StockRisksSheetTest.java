package org.salestrack.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.inventory.InventoryService;
import org.salestrack.analytics.report.SalesReportService;
import org.salestrack.ingest.ImportPolicy;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.model.inventory.InventoryReport;
import org.salestrack.model.inventory.ReplenishmentLine;
import org.salestrack.model.inventory.SlowMover;
import org.salestrack.model.report.ReportRequest;
import org.salestrack.model.report.ReportSection;
import org.salestrack.pipeline.ImportPipeline;
import org.salestrack.sample.PlantedInventory;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;

/**
 * Issue 15 item 8: the workbook's slow movers and stock-out risks, written for December 2025 from the planted
 * inventory set and read back cell by cell with POI against the inventory engine's own plan as of
 * 2025-12-31: the decliner's row (stage, weeks, units expected and sold, the share formula, action, reason),
 * and every location x SKU whose projected stock falls under its safety stock within the lead time, the
 * planted empty shelf among them, with the projection and the shortfall as live formulas.
 */
class StockRisksSheetTest {
    @TempDir
    static Path dir;
    static Workspace ws;
    static InventoryReport engine;

    @BeforeAll
    static void importPlantedSet() throws Exception {
        ReportWorkspace.ensureTempDir();
        PlantedInventory.write(dir.resolve("planted"), 15);
        ws = Workspace.open(dir.resolve("ws.db"));
        ImportService imports = new ImportService(ws, ProfileLibrary.load(ImportService.profilesDir(ws)), ImportPolicy.DEFAULT);
        ImportPipeline.of(ws, imports).importFolder(dir.resolve("planted"), (d, t, m) -> { }, Cancellation.none());
        InventoryService inventory = new InventoryService(ws, 2);
        engine = inventory.report(LocalDate.of(2025, 12, 31), inventory.parameters(), null, Cancellation.none());
    }

    private static XSSFWorkbook workbook(Locale locale) throws Exception {
        var data = new SalesReportService(ws, "test").load(new ReportRequest(YearMonth.of(2025, 12), EnumSet.of(ReportSection.STOCK_RISKS)), locale,
                ProgressListener.NONE, Cancellation.none());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new SalesWorkbookWriter(ReportLabels.of(locale)).write(data, bytes, ProgressListener.NONE, Cancellation.none());
        return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
    }

    @Test
    void theSheetListsTheEnginesSlowMoversAndStockOutRisks() throws Exception {
        List<ReplenishmentLine> risks = engine.replenishment().stream().filter(ReplenishmentLine::stockOutRisk).toList();
        assertThat(risks).anySatisfy(l -> assertThat(l.location() + " " + l.sku()).isEqualTo("P02 " + PlantedInventory.STEADY));
        assertThat(engine.slowMovers()).hasSize(1);
        SlowMover decliner = engine.slowMovers().get(0);
        try (XSSFWorkbook wb = workbook(Locale.ENGLISH)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            Sheet s = wb.getSheet("Slow movers & risks");
            XSSFFormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Slow movers and stock-out risks as of 2025-12-31");

            Row slow = s.getRow(StockRisksSheet.SLOW_HEADER + 1);
            assertThat(slow.getCell(0).getStringCellValue()).isEqualTo(PlantedInventory.DECLINER);
            assertThat(slow.getCell(1).getStringCellValue()).isEqualTo("华东");
            assertThat(slow.getCell(2).getStringCellValue()).isEqualTo("decline");
            assertThat(slow.getCell(3).getNumericCellValue()).isEqualTo(8);
            double expected = 0;
            double actual = 0;
            for (int i = decliner.actual().length - 8; i < decliner.actual().length; i++) {
                expected += decliner.expected()[i];
                actual += decliner.actual()[i];
            }
            assertThat(slow.getCell(4).getNumericCellValue()).isCloseTo(expected, within(1e-9));
            assertThat(slow.getCell(5).getNumericCellValue()).isEqualTo(actual);
            assertThat(slow.getCell(6).getCellFormula()).isEqualTo("IF(E5>0,F5/E5,0)");
            assertThat(eval.evaluate(slow.getCell(6)).getNumberValue()).isCloseTo(decliner.ratio(), within(1e-9));
            assertThat(slow.getCell(7).getStringCellValue()).isEqualTo("Clearance on another platform");
            assertThat(slow.getCell(8).getStringCellValue()).isEqualTo(decliner.reason().english()).startsWith("A model in decline sold ");

            int header = StockRisksSheet.riskHeader(1);
            assertThat(s.getRow(header - 1).getCell(0).getStringCellValue()).isEqualTo("Stock-out risks within the lead time");
            assertThat(s.getRow(header).getCell(7).getStringCellValue()).isEqualTo("Projected stock");
            List<String> listed = new ArrayList<>();
            for (int i = 0; i < risks.size(); i++) {
                Row row = s.getRow(header + 1 + i);
                ReplenishmentLine l = risks.get(i);
                listed.add(row.getCell(0).getStringCellValue() + " " + row.getCell(2).getStringCellValue());
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Zhejiang");
                assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(l.onHand());
                assertThat(row.getCell(6).getNumericCellValue()).isCloseTo(l.demandLt(), within(1e-9));
                double projected = eval.evaluate(row.getCell(7)).getNumberValue();
                assertThat(projected).isCloseTo(l.onHand() + l.inTransit() - l.demandLt(), within(1e-9));
                assertThat(projected).isLessThan(row.getCell(8).getNumericCellValue());
                assertThat(eval.evaluate(row.getCell(9)).getNumberValue()).isCloseTo(l.safetyStock() - projected, within(1e-9)).isPositive();
            }
            assertThat(listed).containsExactlyElementsOf(risks.stream().map(l -> l.location() + " " + l.sku()).toList());
            assertThat(s.getRow(header + 1 + risks.size())).isNull();
        }
    }

    @Test
    void inChineseTheStageActionAndReasonAreTheScreensWords() throws Exception {
        try (XSSFWorkbook wb = workbook(Locale.SIMPLIFIED_CHINESE)) {
            Sheet s = wb.getSheet("滞销与缺货风险");
            Row slow = s.getRow(StockRisksSheet.SLOW_HEADER + 1);
            assertThat(slow.getCell(0).getStringCellValue()).isEqualTo(PlantedInventory.DECLINER);
            java.util.ResourceBundle zh = java.util.ResourceBundle.getBundle("i18n.messages", Locale.SIMPLIFIED_CHINESE);
            assertThat(slow.getCell(2).getStringCellValue()).isEqualTo(zh.getString("inventory.stage.decline"));
            assertThat(slow.getCell(7).getStringCellValue()).isEqualTo(zh.getString("inventory.action.clearance"));
            assertThat(slow.getCell(8).getStringCellValue()).contains(zh.getString("inventory.stage.decline")).doesNotContain("A model");
        }
    }
}
