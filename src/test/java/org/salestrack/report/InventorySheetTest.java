package org.salestrack.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.salestrack.analytics.inventory.ReorderPolicy;
import org.salestrack.model.inventory.LocationTerms;
import org.salestrack.model.inventory.LocationType;
import org.salestrack.model.inventory.ReplenishmentLine;
import org.salestrack.model.report.DetailFeed;
import org.salestrack.model.report.MonthMatrix;
import org.salestrack.model.report.MonthTotals;
import org.salestrack.model.report.Provenance;
import org.salestrack.model.report.ReportRequest;
import org.salestrack.model.report.ReportSection;
import org.salestrack.model.report.SalesReportData;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;

/** The purchase-order sheet: its order formulas give the engine's orders, and follow a changed count or pack as the engine would. */
class InventorySheetTest {
    private static final YearMonth MONTH = YearMonth.of(2025, 12);

    @BeforeAll
    static void tempDir() throws Exception {
        ReportWorkspace.ensureTempDir();
    }

    private static ReplenishmentLine line(String location, long onHand, long inTransit, double perDay, double sigma, LocationTerms t) {
        ReorderPolicy.Plan p = ReorderPolicy.plan(perDay, sigma, t, 0.95, onHand + inTransit);
        return new ReplenishmentLine(location, LocationType.STORE, "44", "XH-X7-256", onHand, inTransit, t.leadTimeDays(), p.demandLt(),
                p.safetyStock(), p.reorderPoint(), p.orderUpTo(), p.orderQty(), "TSB", t.packSize(), t.minOrder());
    }

    @Test
    void theOrderFormulasGiveTheEnginesOrdersAndFollowAChangedCount() throws Exception {
        LocationTerms store = new LocationTerms(3, 7, 1, 0);
        LocationTerms dealer = new LocationTerms(14, 28, 5, 10);
        List<ReplenishmentLine> orders = List.of(line("S001", 2, 0, 5, 2, store), line("D001", 0, 5, 1.2, 1.5, dealer), line("D002", 1, 0, 0.1, 0.2, dealer));
        assertThat(orders).allSatisfy(l -> assertThat(l.orderQty()).isPositive());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new SalesWorkbookWriter(ReportLabels.of(Locale.ENGLISH)).write(data(orders), bytes, ProgressListener.NONE, Cancellation.none());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            Sheet s = wb.getSheet("Purchase orders");
            assertThat(s).isNotNull();
            XSSFFormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
            int first = InventorySheet.HEADER + 1;
            for (int i = 0; i < orders.size(); i++) {
                Row row = s.getRow(first + i);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(orders.get(i).location());
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Guangdong");
                assertThat(row.getCell(8).getCellFormula()).isEqualTo("G" + (first + i + 1) + "+H" + (first + i + 1));
                assertThat(eval.evaluate(row.getCell(8)).getNumberValue()).isCloseTo(orders.get(i).reorderPoint(), within(1e-9));
                assertThat(eval.evaluate(row.getCell(InventorySheet.ORDER)).getNumberValue()).isEqualTo(orders.get(i).orderQty());
            }
            Cell total = s.getRow(first + orders.size()).getCell(InventorySheet.ORDER);
            assertThat(eval.evaluate(total).getNumberValue()).isEqualTo(orders.stream().mapToLong(ReplenishmentLine::orderQty).sum());

            // S001 at the textbook case: N(5, 2) a day, 3 days: reorder point 20.698; counted 2, the order fills to 5 x 10 + z 2 sqrt(10)
            Row s001 = s.getRow(first);
            assertThat(eval.evaluate(s001.getCell(InventorySheet.ORDER)).getNumberValue()).isEqualTo(59);
            // a recount of 25 lifts the position above the reorder point: nothing to order
            s001.getCell(InventorySheet.ON_HAND).setCellValue(25);
            eval.clearAllCachedResultValues();
            assertThat(eval.evaluate(s001.getCell(InventorySheet.ORDER)).getNumberValue()).isZero();
            // a recount of 12 in packs of 10: the engine's order for the same figures
            s001.getCell(InventorySheet.ON_HAND).setCellValue(12);
            s001.getCell(10).setCellValue(10);
            eval.clearAllCachedResultValues();
            long engine = ReorderPolicy.plan(5, 2, new LocationTerms(3, 7, 10, 0), 0.95, 12).orderQty();
            assertThat(engine).isEqualTo(50);
            assertThat(eval.evaluate(s001.getCell(InventorySheet.ORDER)).getNumberValue()).isEqualTo(engine);
        }
    }

    @Test
    void noOrdersSaySo() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new SalesWorkbookWriter(ReportLabels.of(Locale.SIMPLIFIED_CHINESE)).write(data(List.of()), bytes, ProgressListener.NONE, Cancellation.none());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            Sheet s = wb.getSheet("采购单");
            assertThat(s.getRow(InventorySheet.HEADER + 1).getCell(0).getStringCellValue()).startsWith("无需订货");
        }
    }

    private static SalesReportData data(List<ReplenishmentLine> orders) {
        return new SalesReportData(new ReportRequest(MONTH, EnumSet.of(ReportSection.INVENTORY)), MONTH, List.of(MONTH),
                List.of(MonthTotals.empty(MONTH)), new MonthMatrix(List.of(MONTH), List.of()), new MonthMatrix(List.of(MONTH), List.of()),
                new MonthMatrix(List.of(MONTH), List.of()), List.of(), List.of(), List.of(), null, List.of(),
                org.salestrack.model.report.CustomerLines.NONE, List.of(), List.of(), List.of(),
                new Provenance("ws.db", LocalDateTime.of(2026, 1, 1, 9, 0), "SalesTrack test", "2025-12-01", "2025-12-31", "counted"),
                DetailFeed.of(List.of()), List.of(), org.salestrack.model.report.PurchaseOrders.of(orders), new org.salestrack.model.report.MarketShares(List.of(), List.of()),
                org.salestrack.model.report.StockRisks.NONE,
                org.salestrack.model.report.FeedbackLines.NONE, org.salestrack.model.marketing.ChannelRoi.NONE,
                org.salestrack.model.channel.ChannelReport.NONE);
    }
}
