package org.salestrack.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
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
import org.salestrack.model.report.ReportRequest;
import org.salestrack.model.report.ReportSection;
import org.salestrack.model.report.SalesReportData;
import org.salestrack.pipeline.ImportPipeline;
import org.salestrack.sample.PlantedInventory;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;

/**
 * Issue 23: the workbook's inventory sheets on the planted inventory set. With its stock counts and a listing cap
 * below its number of orders and risks, the sheets list exactly the orders and risks of the largest value at unit
 * cost (costs planted apart from the units), say how many more are not shown, and so does the provenance. With
 * the stock counts deleted (as on the 10M-line benchmark workspace), nothing is ordered nor a risk: every
 * location x SKU that sold is unknown, and the sheets and the provenance count them.
 */
class InventorySheetsBoundTest {
    private static final YearMonth DECEMBER = YearMonth.of(2025, 12);
    private static final EnumSet<ReportSection> SHEETS = EnumSet.of(ReportSection.INVENTORY, ReportSection.STOCK_RISKS, ReportSection.PROVENANCE);
    @TempDir
    static Path dir;
    static Workspace counted;
    static Workspace uncounted;
    static InventoryReport engine;

    @BeforeAll
    static void importPlantedSets() throws Exception {
        ReportWorkspace.ensureTempDir();
        counted = planted("counted");
        uncounted = planted("uncounted");
        try (Connection c = uncounted.connect(); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM stock");
        }
        try (Connection c = counted.connect(); Statement st = c.createStatement()) {
            String last = "UPDATE stock SET on_hand = %d WHERE location_code = 'P01' AND substr(as_of, 1, 10) = '2025-12-28' "
                    + "AND product_id = (SELECT id FROM product WHERE sku = '%s')";
            assertThat(st.executeUpdate(String.format(last, 2, PlantedInventory.DECLINER))).isEqualTo(1);
            assertThat(st.executeUpdate(String.format(last, 10, PlantedInventory.GROWER))).isEqualTo(1);
            assertThat(st.executeUpdate("UPDATE product SET unit_cost_e4 = 90000000 WHERE sku = 'PL-DECL'")).isEqualTo(1);
            assertThat(st.executeUpdate("UPDATE product SET unit_cost_e4 = 1000000 WHERE sku = 'PL-GROW'")).isEqualTo(1);
        }
        InventoryService inventory = new InventoryService(counted, 2);
        engine = inventory.report(DECEMBER.atEndOfMonth(), inventory.parameters(), null, Cancellation.none());
    }

    private static Workspace planted(String name) throws Exception {
        PlantedInventory.write(dir.resolve(name), 15);
        Workspace ws = Workspace.open(dir.resolve(name + ".db"));
        ImportService imports = new ImportService(ws, ProfileLibrary.load(ImportService.profilesDir(ws)), ImportPolicy.DEFAULT);
        ImportPipeline.of(ws, imports).importFolder(dir.resolve(name), (d, t, m) -> { }, Cancellation.none());
        return ws;
    }

    private static SalesReportData load(Workspace ws, int rows) {
        return new SalesReportService(ws, "test", rows).load(new ReportRequest(DECEMBER, SHEETS), Locale.ENGLISH, ProgressListener.NONE, Cancellation.none());
    }

    private static XSSFWorkbook write(SalesReportData data) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new SalesWorkbookWriter(ReportLabels.of(Locale.ENGLISH)).write(data, bytes, ProgressListener.NONE, Cancellation.none());
        return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
    }

    /** The row whose first cell reads {@code label}, its second cell's text. */
    private static String provenance(XSSFWorkbook wb, String label) {
        for (Row row : wb.getSheet("Provenance")) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && row.getCell(0).getStringCellValue().equals(label)) return row.getCell(1).getStringCellValue();
        }
        return null;
    }

    private static String text(Sheet s, int row) {
        return s.getRow(row) == null || s.getRow(row).getCell(0) == null ? null : s.getRow(row).getCell(0).getStringCellValue();
    }

    @Test
    void aboveTheCapTheLargestByValueAtCostAreListedAndTheRestCounted() throws Exception {
        // planted: the decliner and the grower run low at P01 (counted 2 and 10 on 2025-12-28), P02's shelf is empty;
        // the grower orders the most units (72) but costs 100.00, the decliner 9,000.00, the steady 1,200.00
        List<ReplenishmentLine> orders = engine.replenishment().stream().filter(l -> l.orderQty() > 0).toList();
        assertThat(orders).extracting(l -> l.location() + " " + l.sku() + " " + l.orderQty())
                .containsExactly("P01 PL-DECL 13", "P01 PL-GROW 72", "P02 PL-STEADY 13");
        assertThat(engine.replenishment().stream().filter(ReplenishmentLine::stockOutRisk).map(l -> l.location() + " " + l.sku()))
                .containsExactly("P01 PL-DECL", "P01 PL-GROW", "P02 PL-STEADY");
        assertThat(engine.uncounted()).isZero();
        // by value at cost: orders 13 x 9,000 = 117,000, 72 x 100 = 7,200, 13 x 1,200 = 15,600; shortfalls under the
        // safety stock 6.45 x 9,000, 32.86 x 100, 6.50 x 1,200: the grower goes both times (by units it would stay)
        SalesReportData data = load(counted, 2);
        assertThat(data.purchaseOrders().lines()).extracting(l -> l.location() + " " + l.sku()).containsExactly("P01 PL-DECL", "P02 PL-STEADY");
        assertThat(data.purchaseOrders().notShown()).isEqualTo(1);
        assertThat(data.stockRisks().stockOuts()).extracting(l -> l.location() + " " + l.sku()).containsExactly("P01 PL-DECL", "P02 PL-STEADY");
        assertThat(data.stockRisks().stockOutsNotShown()).isEqualTo(1);
        try (XSSFWorkbook wb = write(data)) {
            Sheet po = wb.getSheet("Purchase orders");
            int first = InventorySheet.HEADER + 1;
            assertThat(po.getRow(first).getCell(0).getStringCellValue() + " " + po.getRow(first).getCell(2).getStringCellValue()).isEqualTo("P01 PL-DECL");
            assertThat(po.getRow(first + 1).getCell(0).getStringCellValue() + " " + po.getRow(first + 1).getCell(2).getStringCellValue())
                    .isEqualTo("P02 PL-STEADY");
            assertThat(text(po, first + 2)).isEqualTo("Total");
            assertThat(text(po, first + 3))
                    .isEqualTo("1 more orders not shown: the 2 with the largest value at unit cost are listed (the Inventory screen exports them all).");
            assertThat(text(po, 2)).isNull();

            Sheet risks = wb.getSheet("Slow movers & risks");
            int header = StockRisksSheet.riskHeader(data.stockRisks().slowMovers().size());
            assertThat(risks.getRow(header + 1).getCell(0).getStringCellValue() + " " + risks.getRow(header + 1).getCell(2).getStringCellValue())
                    .isEqualTo("P01 PL-DECL");
            assertThat(risks.getRow(header + 2).getCell(0).getStringCellValue() + " " + risks.getRow(header + 2).getCell(2).getStringCellValue())
                    .isEqualTo("P02 PL-STEADY");
            assertThat(text(risks, header + 3))
                    .isEqualTo("1 more stock-out risks not shown: the 2 with the largest value under the safety stock at unit cost are listed.");
            assertThat(risks.getRow(header + 4)).isNull();

            assertThat(provenance(wb, "Purchase orders")).isEqualTo("2 listed, 1 more not shown (those listed have the largest value at unit cost)");
            assertThat(provenance(wb, "Stock-out risks")).isEqualTo("2 listed, 1 more not shown (those listed have the largest value at unit cost)");
            assertThat(provenance(wb, "Without a stock count")).isNull();
        }
        // under the cap, every order and risk as before
        SalesReportData all = load(counted, 3);
        assertThat(all.purchaseOrders().lines()).isEqualTo(orders);
        assertThat(all.purchaseOrders().notShown()).isZero();
        assertThat(all.stockRisks().stockOuts()).hasSize(3);
        try (XSSFWorkbook wb = write(all)) {
            assertThat(provenance(wb, "Purchase orders")).isEqualTo("All 3 listed");
            assertThat(text(wb.getSheet("Purchase orders"), InventorySheet.HEADER + 1 + 3 + 1)).isNull();
        }
    }

    @Test
    void withoutAnyStockCountNothingIsOrderedNorARiskAndTheSheetsSaySo() throws Exception {
        // the full plan (the Inventory screen's) takes the four uncounted shelves as empty: four orders, four risks
        InventoryService inventory = new InventoryService(uncounted, 2);
        InventoryReport full = inventory.report(DECEMBER.atEndOfMonth(), inventory.parameters(), null, Cancellation.none());
        assertThat(full.replenishment()).hasSize(4).allSatisfy(l -> {
            assertThat(l.onHand()).isZero();
            assertThat(l.stockOutRisk()).isTrue();
        });
        assertThat(full.uncounted()).isEqualTo(4);
        InventoryReport counted = inventory.counted(DECEMBER.atEndOfMonth(), inventory.parameters(), Cancellation.none());
        assertThat(counted.replenishment()).isEmpty();
        assertThat(counted.uncounted()).isEqualTo(4);

        SalesReportData data = load(uncounted, 2);
        assertThat(data.purchaseOrders().lines()).isEmpty();
        assertThat(data.purchaseOrders().uncounted()).isEqualTo(4);
        assertThat(data.stockRisks().stockOuts()).isEmpty();
        try (XSSFWorkbook wb = write(data)) {
            Sheet po = wb.getSheet("Purchase orders");
            assertThat(text(po, 2)).isEqualTo("4 location x SKU sold in the last 8 weeks without any stock count: their stock is unknown, "
                    + "so no order is computed for them (import their stock counts to plan them).");
            assertThat(text(po, InventorySheet.HEADER + 1)).startsWith("Nothing to order");
            Sheet risks = wb.getSheet("Slow movers & risks");
            int header = StockRisksSheet.riskHeader(data.stockRisks().slowMovers().size());
            assertThat(text(risks, header + 1)).isEqualTo("No location is projected under its safety stock within the lead time.");
            assertThat(text(risks, header + 2)).isEqualTo("4 location x SKU sold in the last 8 weeks without any stock count: their stock is unknown, "
                    + "so they are not judged a risk (import their stock counts to judge them).");
            assertThat(provenance(wb, "Purchase orders")).isEqualTo("All 0 listed");
            assertThat(provenance(wb, "Without a stock count"))
                    .isEqualTo("4 location x SKU sold in the last 8 weeks but never counted: not planned, neither an order nor a risk");
        }
    }
}
