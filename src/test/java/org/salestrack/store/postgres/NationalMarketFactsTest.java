package org.salestrack.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.model.national.PublishReport;
import org.salestrack.model.market.CompetitorEvent;
import org.salestrack.model.market.PolicyMeasure;
import org.salestrack.store.Workspace;
import org.salestrack.store.market.MarketData;
import org.salestrack.ui.TestWorkspace;

/**
 * Competitor events and policy measures go up with a publish whoever publishes them (they belong to no region), are
 * stored once, come down whole into every extract (whatever its regions and period) and leave the store with an undo.
 * The samples' files: four events (one nationwide launch at 5,499.00, a promotion in three provinces from 3,299.00 to
 * 2,999.00, ...) and one subsidy (15%, at most 500.00, up to 6,000.00).
 */
class NationalMarketFactsTest {
    @TempDir
    Path dir;

    private static final Path EVENTS = Path.of("samples/market/competitor-events.csv");
    private static final Path POLICIES = Path.of("samples/market/policies.csv");

    /** The events without their row ids, which each workspace gives its own. */
    private static List<String> events(Workspace ws) {
        return new MarketData(ws).events().stream().map(e -> new CompetitorEvent(0, e.brand(), e.model(), e.date(), e.kind(), e.provinces(),
                e.category(), e.priceBeforeE4(), e.priceAfterE4()).toString()).toList();
    }

    private static List<String> policies(Workspace ws) {
        return new MarketData(ws).policies().stream().map(p -> new PolicyMeasure(0, p.name(), p.provinces(), p.starts(), p.ends(), p.category(),
                p.rate(), p.capE4(), p.maxPriceE4()).toString()).toList();
    }

    @Test
    void eventsAndPoliciesTravelWholeToEveryExtractAndAnUndoTakesThemBack() throws Exception {
        ServerAddress at = NationalServers.newDatabase();
        NationalStore.open(at);
        ServerAddress south = NationalServers.person(at, "zhao_south_market", "华南");
        // a south analyst publishes her region's sales with the market files: no region to refuse them by
        TestWorkspace her = NationalPublishTest.workspace(dir.resolve("her"), SalesFiles.write(dir.resolve("south.csv"), "S", 0, 30,
                SalesFiles.SOUTH, 5), EVENTS, POLICIES);
        List<String> events = events(her.workspace);
        List<String> policies = policies(her.workspace);
        assertThat(events).hasSize(4);
        assertThat(policies).hasSize(1);
        PublishReport first = new Publisher(her.workspace, NationalStore.open(south)).publish();
        assertThat(first.batchesNew()).isEqualTo(3);
        assertThat(NationalPublishTest.count(at, "SELECT COUNT(*) FROM competitor_event WHERE sales_region = ''")).isEqualTo(4);
        assertThat(NationalPublishTest.count(at, "SELECT price_after_e4 FROM competitor_event WHERE brand = '青鸟' AND kind = 'launch'"))
                .isEqualTo(54_990_000L);
        assertThat(NationalPublishTest.count(at, "SELECT cap_e4 FROM policy_measure WHERE rate = 0.15 AND max_price_e4 = 60000000"))
                .isEqualTo(5_000_000L);

        // head office's workspace holds the same files: stored once
        TestWorkspace hq = NationalPublishTest.workspace(dir.resolve("hq"), SalesFiles.write(dir.resolve("north.csv"), "B", 0, 20,
                SalesFiles.NORTH, 6), EVENTS, POLICIES);
        PublishReport fromHq = new Publisher(hq.workspace, NationalStore.open(at)).publish();
        assertThat(fromHq.batchesNew()).isEqualTo(1);
        assertThat(fromHq.batchesKnown()).isEqualTo(2);
        assertThat(NationalPublishTest.count(at, "SELECT COUNT(*) FROM competitor_event")).isEqualTo(4);

        // a north analyst extracts 2025-06 only: every event and measure comes down all the same
        ServerAddress north = NationalServers.person(at, "sun_north_market", "华北");
        TestWorkspace extracted = TestWorkspace.create(dir.resolve("extracted"), false);
        new Extractor(NationalStore.open(north), extracted.workspace).extract(List.of(), java.time.LocalDate.of(2025, 6, 1),
                java.time.LocalDate.of(2025, 6, 30));
        assertThat(events(extracted.workspace)).isEqualTo(events);
        assertThat(policies(extracted.workspace)).isEqualTo(policies);
        assertThat(NationalFactsTest.count(extracted.workspace, "SELECT COUNT(*) FROM sale WHERE sale_date NOT LIKE '2025-06%'")).isZero();

        // she undoes her events file; her next publish takes it off the store (head office's copy was never stored)
        long batch = NationalFactsTest.count(her.workspace, "SELECT id FROM import_batch WHERE kind = 'competitor_event'");
        her.imports.undo(batch);
        PublishReport undo = new Publisher(her.workspace, NationalStore.open(south)).publish();
        assertThat(undo.batchesUndone()).isEqualTo(1);
        assertThat(undo.linesRemoved()).isEqualTo(4);
        assertThat(NationalPublishTest.count(at, "SELECT COUNT(*) FROM competitor_event")).isZero();
        assertThat(NationalPublishTest.count(at, "SELECT COUNT(*) FROM policy_measure")).isEqualTo(1);
    }
}
