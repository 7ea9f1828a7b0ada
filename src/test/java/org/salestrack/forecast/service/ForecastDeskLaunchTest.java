package org.salestrack.forecast.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.forecast.launch.LaunchCases;
import org.salestrack.ingest.FileOutcome;
import org.salestrack.task.Cancellation;
import org.salestrack.ui.LaunchFixture;
import org.salestrack.ui.TestWorkspace;

/** What the Forecast screen asks of the desk for launches, on the planted launch workspace. */
class ForecastDeskLaunchTest {
    @TempDir
    Path dir;

    @Test
    void aSkuLevelHoldsTheProductTheMasterLaunchesLaterWithNoSalesAndItsPredecessorsAsAnalogues() throws Exception {
        TestWorkspace ws = TestWorkspace.create(dir, false);
        for (FileOutcome f : LaunchFixture.importInto(ws, dir)) assertThat(f.refusal()).isNull();
        ForecastDesk desk = new ForecastDesk(ws.workspace);

        List<SeriesHistory> skus = desk.series(List.of("sku"), null, null);
        LaunchCases cases = desk.launches(List.of("sku"), skus);

        assertThat(skus).extracting(SeriesHistory::id).containsExactly("LX-A1-256", "LX-A2-256", "LX-A2P-512", "LX-A3-256", "QN-B1-128", "LX-A4-256");
        SeriesHistory a4 = skus.get(5);
        // the data starts with A1's launch, 2024-02
        assertThat(a4.units().values()).containsOnly(0.0).hasSize(23);
        assertThat(cases.all()).extracting(LaunchCases.Case::seriesId).containsExactly("LX-A3-256", "LX-A4-256");
        LaunchCases.Case c = cases.of("LX-A4-256").orElseThrow();
        assertThat(c.fromMonth()).isEqualTo(-1);
        assertThat(c.defaults()).containsExactly("LX-A2-256", "LX-A2P-512", "LX-A1-256");
        // every product seen from its launch for three months can lend its curve, whatever its line
        assertThat(c.options()).extracting(LaunchCases.Option::product).containsExactly("LX-A1-256", "LX-A2-256", "LX-A2P-512", "QN-B1-128");
        assertThat(cases.of("LX-A3-256").orElseThrow().sold()).containsExactly(400, 1500);
        // the screen's models fit the not-launched SKU's empty history without failing
        List<ModelRun> runs = desk.compare(a4.units(), skus, List.of("auto", "ets", "arima", "theta", "snaive"), 12, 6, Cancellation.none());
        assertThat(runs).hasSize(5);
        desk.elasticity(a4);
        desk.uplifts(a4);
        // at a province level the master's later launch has no province to be forecast in
        assertThat(desk.series(List.of("province", "sku"), null, null)).hasSize(5);
    }
}
