package org.salestrack.ui.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.inventory.InventoryService;
import org.salestrack.ingest.ImportPolicy;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.model.Haversine;
import org.salestrack.model.Provinces;
import org.salestrack.model.inventory.InventoryParameters;
import org.salestrack.model.inventory.InventoryReport;
import org.salestrack.model.inventory.LifeCycleStage;
import org.salestrack.model.inventory.ReplenishmentLine;
import org.salestrack.model.inventory.SlowMover;
import org.salestrack.model.inventory.StockPosition;
import org.salestrack.model.inventory.Transfer;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;

/** The service finds exactly the planted cases of {@link InventoryFixture}, with figures computed here from the fixture. */
class InventoryServiceFixtureTest {
    @TempDir
    Path dir;

    @Test
    void thePlantedCasesAreFoundWithTheirFigures() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("w.db"));
        InventoryFixture.importInto(new ImportService(ws, ProfileLibrary.load(dir.resolve("profiles")), ImportPolicy.DEFAULT), dir);
        InventoryService service = new InventoryService(ws, 1);
        assertThat(service.lastSnapshot()).contains(java.time.LocalDate.of(2025, 12, 28));
        InventoryReport r = service.report(InventoryFixture.AS_OF, service.parameters(), null, Cancellation.none());

        StockPosition s1 = position(r, "S1", "P-A");
        assertThat(s1.onHand()).isEqualTo(3);
        assertThat(s1.weeklyDemand()).isEqualTo(7.0);
        assertThat(s1.soldSince()).isEqualTo(3);      // 29, 30 and 31 December
        assertThat(s1.weeksOfCover()).isCloseTo(3 / 7.0, within(1e-12));
        assertThat(r.positions()).filteredOn(StockPosition::stockOut).extracting(StockPosition::location).containsExactly("S2");
        StockPosition s2 = position(r, "S2", "P-A");
        // S2's units over the 52 weeks from 2024-12-30, a week's worth (the as-of day is 3 days after the snapshot)
        long s2Units = 0;
        for (var d = java.time.LocalDate.of(2024, 12, 30); d.isBefore(java.time.LocalDate.of(2025, 12, 29)); d = d.plusDays(1)) {
            if (d.getDayOfYear() % 2 == 0 && d.isBefore(java.time.LocalDate.of(2025, 11, 1))) s2Units++;
        }
        assertThat(s2.lostUnits()).isCloseTo(s2Units / 52.0, within(1e-9));

        // one a day, constant: the forecast is 7 a week, the error nil; a store's lead time is 7 days
        ReplenishmentLine line = r.replenishment().stream().filter(l -> l.location().equals("S1") && l.sku().equals("P-A")).findFirst().orElseThrow();
        assertThat(line.leadTimeDays()).isEqualTo(7);
        assertThat(line.demandLt()).isCloseTo(7.0, within(0.05));
        assertThat(line.safetyStock()).isLessThan(0.5);
        assertThat(line.reorderPoint()).isCloseTo(line.demandLt() + line.safetyStock(), within(1e-9));
        assertThat(line.orderQty()).isEqualTo((long) Math.ceil(line.orderUpTo() - 3 - 1e-9));

        // 北京 holds 40 against one a week (surplus 40 - 8 = 32); 广东 holds 3 against 7 a week (short 14 - 3 = 11)
        assertThat(r.transfers()).hasSize(1);
        Transfer t = r.transfers().get(0);
        assertThat(t).extracting(Transfer::from, Transfer::to, Transfer::sku, Transfer::units).containsExactly("11", "44", "P-A", 11L);
        var bj = Provinces.get().byCode("11").orElseThrow();
        var gd = Provinces.get().byCode("44").orElseThrow();
        assertThat(t.cost()).isCloseTo(11 * Haversine.km(bj.lat(), bj.lon(), gd.lat(), gd.lon()) * 0.01, within(1e-6));

        // P-B in 华北 is the planted slow mover; 华南's P-A too sells 7 a week of the 10.5 it sold before S2's shelf emptied
        assertThat(r.slowMovers()).extracting(SlowMover::sku, SlowMover::region).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("P-B", "华北"), org.assertj.core.groups.Tuple.tuple("P-A", "华南"));
        SlowMover m = r.slowMovers().stream().filter(x -> x.sku().equals("P-B")).findFirst().orElseThrow();
        assertThat(m.stage()).isEqualTo(LifeCycleStage.MATURITY);
        assertThat(m.slowWeeks()).isEqualTo(4);       // the weeks of 1, 8, 15 and 22 December
        assertThat(m.ratio()).isCloseTo(0.2, within(0.02));
    }

    @Test
    void aHigherServiceLevelHoldsMoreSafetyStockAndTheLevelIsSavedInTheWorkspace() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("w.db"));
        InventoryFixture.importInto(new ImportService(ws, ProfileLibrary.load(dir.resolve("profiles")), ImportPolicy.DEFAULT), dir);
        InventoryService service = new InventoryService(ws, 1);
        double at95 = safety(service.report(InventoryFixture.AS_OF, service.parameters(), null, Cancellation.none()));
        service.saveParameters(service.parameters().withServiceLevel(0.99));
        assertThat(new InventoryService(ws, 1).parameters().serviceLevel()).isEqualTo(0.99);
        double at99 = safety(service.report(InventoryFixture.AS_OF, service.parameters(), null, Cancellation.none()));
        // z(0.99) / z(0.95) = 2.3263 / 1.6449
        assertThat(at99 / at95).isCloseTo(2.326348 / 1.644854, within(1e-4));
        assertThat(InventoryParameters.DEFAULTS.serviceLevel()).isEqualTo(0.95);
    }

    private static double safety(InventoryReport r) {
        return r.replenishment().stream().filter(l -> l.location().equals("S3") && l.sku().equals("P-B")).findFirst().orElseThrow().safetyStock();
    }

    private static StockPosition position(InventoryReport r, String location, String sku) {
        return r.positions().stream().filter(p -> p.location().equals(location) && p.sku().equals(sku)).findFirst().orElseThrow();
    }

    /**
     * The week of 2025-12-22 replayed from the 2025-12-21 snapshot: S1 serves its 7 from 9 (2 left, the snapshot
     * says 3), S2 sells nothing from 1 (the snapshot says 0), S3 keeps 40 P-A and 50 P-B as the snapshot does.
     */
    @Test
    void theBacktestReplaysTheWeekAgainstTheSnapshots() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("w.db"));
        InventoryFixture.importInto(new ImportService(ws, ProfileLibrary.load(dir.resolve("profiles")), ImportPolicy.DEFAULT), dir);
        InventoryService service = new InventoryService(ws, 1);
        var b = service.backtest(InventoryFixture.AS_OF, 1, service.parameters(), Cancellation.none());
        assertThat(b.from()).isEqualTo(java.time.LocalDate.of(2025, 12, 22));
        assertThat(b.series()).isEqualTo(4);
        assertThat(b.fillRate()).isEqualTo(1.0);
        assertThat(b.stockOutWeeks()).isZero();
        assertThat(b.policyStock()).isEqualTo(2 + 1 + 40 + 50);
        assertThat(b.actualStock()).isEqualTo(3 + 0 + 40 + 50);
        // 43 P-A at 600.00 and 50 P-B at 1,200.00, a week at 25% a year
        assertThat(b.policyHoldingCost()).isCloseTo((43 * 600 + 50 * 1200) * 0.25 / 52, within(1e-9));
        assertThat(b.saving()).isCloseTo(0, within(1e-12));
    }
}
