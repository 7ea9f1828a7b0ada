package org.salestrack.analytics.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.ingest.ImportPolicy;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.model.Alert;
import org.salestrack.model.alert.AlertRule;
import org.salestrack.model.inventory.InventoryReport;
import org.salestrack.model.inventory.LifeCycleStage;
import org.salestrack.model.inventory.SlowMover;
import org.salestrack.model.inventory.SlowMoverAction;
import org.salestrack.model.inventory.StockPosition;
import org.salestrack.pipeline.ImportPipeline;
import org.salestrack.sample.PlantedInventory;
import org.salestrack.store.Alerts;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;

/**
 * Issue 15 item 9: the planted inventory set ({@link PlantedInventory}), written by the generator with its
 * own seed and imported through the one import pipeline into a fresh workspace, holds exactly its cases:
 * the decliner flagged in decline with clearance, the grower's dip flagged as a growth dip while it lasts
 * and not at all once it recovered, the empty shelf a stock-out; and the pipeline's alert rules raised a
 * slow-mover alert for the decliner and a stock-out alert for the empty shelf, and no other of either.
 */
class PlantedInventoryTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {15, 1515})
    void theImportedPlantedSetHoldsExactlyItsCases(long seed) throws Exception {
        PlantedInventory.write(dir.resolve("planted"), seed);
        Workspace ws = Workspace.open(dir.resolve("ws.db"));
        ImportService imports = new ImportService(ws, ProfileLibrary.load(ImportService.profilesDir(ws)), ImportPolicy.DEFAULT);
        ImportPipeline.Imported imported = ImportPipeline.of(ws, imports).importFolder(dir.resolve("planted"), (d, t, m) -> { }, Cancellation.none());
        assertThat(imported.files()).hasSize(4).allSatisfy(f -> assertThat(f.newBatch()).isTrue());
        InventoryService service = new InventoryService(ws, 2);

        InventoryReport yearEnd = service.report(LocalDate.of(2025, 12, 31), service.parameters(), null, Cancellation.none());
        assertThat(yearEnd.slowMovers()).extracting(SlowMover::sku, SlowMover::region, SlowMover::stage, SlowMover::action)
                .containsExactly(tuple(PlantedInventory.DECLINER, "华东", LifeCycleStage.DECLINE, SlowMoverAction.CLEARANCE));
        SlowMover decliner = yearEnd.slowMovers().get(0);
        // the slump's weeks, from 2025-11-03 to the last full week, about 4 a week against what the model expected before them
        assertThat(decliner.slowWeeks()).isEqualTo(8);
        assertThat(decliner.weeks().get(decliner.weeks().size() - 8)).isEqualTo(PlantedInventory.SLUMP.toString());
        for (int i = decliner.weeks().size() - 8; i < decliner.weeks().size(); i++) {
            assertThat(decliner.actual()[i]).isBetween(3.0, 5.0);
            assertThat(decliner.actual()[i]).isLessThan(0.8 * decliner.expected()[i]);
        }
        assertThat(yearEnd.positions()).filteredOn(StockPosition::stockOut).extracting(StockPosition::location, StockPosition::sku)
                .containsExactly(tuple(PlantedInventory.STOCK_OUT_STORE, PlantedInventory.STEADY));

        // during the dip the grower is a slow mover of a growing model, watched; never a decline
        InventoryReport inDip = service.report(LocalDate.of(2025, 11, 30), service.parameters(), null, Cancellation.none());
        assertThat(inDip.slowMovers()).filteredOn(m -> m.sku().equals(PlantedInventory.GROWER))
                .extracting(SlowMover::stage, SlowMover::action, SlowMover::slowWeeks)
                .containsExactly(tuple(LifeCycleStage.GROWTH, SlowMoverAction.WATCH, 4));
        assertThat(inDip.slowMovers()).noneMatch(m -> m.sku().equals(PlantedInventory.STEADY));

        // the pipeline ran the alert rules on the import: one slow mover, one stock-out
        List<Alert> alerts = new Alerts(ws).list(null);
        assertThat(alerts).filteredOn(a -> a.kind().equals(AlertRule.SLOW_MOVER.id())).extracting(Alert::subject)
                .containsExactly("sku:" + PlantedInventory.DECLINER + ":华东");
        assertThat(alerts).filteredOn(a -> a.kind().equals(AlertRule.STOCK_OUT.id())).extracting(Alert::subject)
                .containsExactly(PlantedInventory.STOCK_OUT_STORE + ":" + PlantedInventory.STEADY);
    }
}
