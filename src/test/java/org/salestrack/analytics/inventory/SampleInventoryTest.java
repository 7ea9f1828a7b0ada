package org.salestrack.analytics.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.ingest.ImportPolicy;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.model.inventory.InventoryReport;
import org.salestrack.model.inventory.ReplenishmentLine;
import org.salestrack.model.inventory.StockPosition;
import org.salestrack.model.inventory.Transfer;
import org.salestrack.pipeline.ImportPipeline;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;

/**
 * The committed sample set, imported as the demo does, planned as of its year-end count: exactly the
 * planted stock-out, the planted surplus moved to its short neighbour, and weekly demand equal to what the
 * POS file itself says (read here from the CSV, not from the workspace).
 */
class SampleInventoryTest {
    private static final Path SAMPLES = Path.of("samples");

    @TempDir
    static Path dir;
    static InventoryReport report;
    static InventoryService service;

    @BeforeAll
    static void importAndPlan() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("ws.db"));
        ImportService imports = new ImportService(ws, ProfileLibrary.load(ImportService.profilesDir(ws)), ImportPolicy.DEFAULT);
        ImportPipeline.of(ws, imports).importFolder(SAMPLES, (d, t, m) -> { }, Cancellation.none());
        service = new InventoryService(ws, 2);
        report = service.report(LocalDate.of(2025, 12, 31), service.parameters(), null, Cancellation.none());
    }

    @Test
    void theYearEndCountIsTheDefaultAsOfDay() {
        assertThat(service.lastSnapshot()).contains(LocalDate.of(2025, 12, 31));
    }

    @Test
    void exactlyThePlantedStockOutIsFound() {
        assertThat(report.positions()).filteredOn(StockPosition::stockOut)
                .extracting(StockPosition::location, StockPosition::sku).containsExactly(org.assertj.core.groups.Tuple.tuple("S200", "XH-X7-256"));
        StockPosition out = report.positions().stream().filter(StockPosition::stockOut).findFirst().orElseThrow();
        assertThat(out.onHand()).isZero();
        assertThat(out.snapshot()).isEqualTo(LocalDate.of(2025, 12, 31));
        // the store's mean weekly units over the 52 weeks from 2024-12-30, from the POS file; a week's worth (at least one week)
        assertThat(out.lostUnits()).isCloseTo(posUnits("S200", "XH-X7-256", LocalDate.of(2024, 12, 30), LocalDate.of(2025, 12, 28)) / 52.0,
                within(1e-9));
    }

    @Test
    void theSurplusLotGoesToItsShortNeighbour() {
        StockPosition lot = report.positions().stream().filter(p -> p.location().equals("S066") && p.sku().equals("B-10-STD")).findFirst().orElseThrow();
        assertThat(lot.onHand()).isEqualTo(60);
        assertThat(report.transfers()).anySatisfy(t -> {
            assertThat(t).extracting(Transfer::from, Transfer::to, Transfer::sku).containsExactly("32", "34", "B-10-STD");
            assertThat(t.units()).isPositive();
        });
        // 江苏 sends only from its surplus: no more than it holds above eight weeks of cover
        long sent = report.transfers().stream().filter(t -> t.from().equals("32") && t.sku().equals("B-10-STD")).mapToLong(Transfer::units).sum();
        var jiangsu = report.cover().stream().filter(c -> c.province().equals("32") && c.sku().equals("B-10-STD")).findFirst().orElseThrow();
        assertThat(sent).isPositive().isLessThanOrEqualTo(jiangsu.stock() - (long) Math.ceil(8 * jiangsu.weeklyDemand()));
    }

    @Test
    void weeklyDemandAndOnHandAgreeWithTheFilesAndTheReorderPointAddsUp() throws Exception {
        List<String> count = Files.readAllLines(SAMPLES.resolve("stock/store-stock-count-2025-12-31.csv"), StandardCharsets.UTF_8);
        Map<String, Long> counted = new HashMap<>();
        for (String l : count.subList(1, count.size())) {
            String[] f = l.split(",");
            if (f[1].equals("S066")) counted.put(f[3], Long.parseLong(f[4]));
        }
        List<StockPosition> s066 = report.positions().stream().filter(p -> p.location().equals("S066")).toList();
        assertThat(s066).hasSize(counted.size());
        for (StockPosition p : s066) {
            assertThat(p.onHand()).isEqualTo(counted.get(p.sku()));
            // the last eight full weeks before 2025-12-31: 2025-11-03 to 2025-12-28
            assertThat(p.weeklyDemand()).as(p.sku()).isCloseTo(posUnits("S066", p.sku(), LocalDate.of(2025, 11, 3), LocalDate.of(2025, 12, 28)) / 8.0,
                    within(1e-9));
        }
        for (ReplenishmentLine l : report.replenishment()) {
            assertThat(l.reorderPoint()).isCloseTo(l.demandLt() + l.safetyStock(), within(1e-9));
            assertThat(l.leadTimeDays()).isEqualTo(l.type() == org.salestrack.model.inventory.LocationType.STORE ? 7 : 14);
            if (l.orderQty() > 0) {
                assertThat(l.onHand() + l.inTransit()).isLessThanOrEqualTo((long) Math.floor(l.reorderPoint()));
                assertThat(l.orderQty() % l.packSize()).isZero();
                assertThat(l.orderQty()).isGreaterThanOrEqualTo(l.minOrder());
            }
        }
    }

    /** Paid POS units of a store and SKU between two days, inclusive, read from the POS export. */
    private static long posUnits(String store, String sku, LocalDate from, LocalDate to) {
        try {
            List<String> lines = Files.readAllLines(SAMPLES.resolve("stores/pos-sales-2024-2025.csv"), StandardCharsets.UTF_8);
            DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy/M/d H:mm");
            long units = 0;
            for (String l : lines.subList(1, lines.size())) {
                String[] c = l.split(",", 9);   // the amount (quoted, with a thousands comma) comes after the quantity
                if (!c[0].equals(store) || !c[6].equals(sku)) continue;
                LocalDate d = LocalDateTime.parse(c[5], f).toLocalDate();
                if (!d.isBefore(from) && !d.isAfter(to)) units += Long.parseLong(c[7]);
            }
            return units;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
