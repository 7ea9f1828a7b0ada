package org.salestrack.forecast.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.forecast.ForecastRequest;
import org.salestrack.forecast.ForecastRunner;
import org.salestrack.forecast.ForecastService;
import org.salestrack.forecast.SeriesForecast;
import org.salestrack.forecast.ensemble.Selection;
import org.salestrack.forecast.series.SeriesDrivers;
import org.salestrack.forecast.series.SubsidyDriver;
import org.salestrack.forecast.series.TimeSeries;
import org.salestrack.ingest.FileOutcome;
import org.salestrack.task.Cancellation;
import org.salestrack.ui.SubsidyFixture;
import org.salestrack.ui.TestWorkspace;

/**
 * Issue 20 #4 on a workspace: the imported policies become the subsidy driver of each series at a level, the
 * global model forecasts with it, and the what-if the Forecast screen asks for moves eligible series by the
 * planted effect ({@link SubsidyFixture}: +15% while a subsidy runs).
 */
class SubsidyWhatIfTest {
    static final List<String> LEVEL = List.of("province", "model");
    @TempDir
    static Path dir;
    static TestWorkspace t;

    @BeforeAll
    static void importFixture() throws Exception {
        t = TestWorkspace.create(dir, false);
        for (FileOutcome f : SubsidyFixture.importInto(t, dir)) assertThat(f.refusal()).as(f.file().toString()).isNull();
    }

    @Test
    void eachSeriesGetsTheShareOfItsPriceThePoliciesPayBackInItsProvinceHistoryAndPlannedFuture() {
        ForecastService.LevelSeries l = new ForecastService(t.workspace).loadWithDrivers(LEVEL, ForecastService.Measure.UNITS, 12);
        assertThat(l.series()).hasSize(48);
        long[][][] u = SubsidyFixture.units();
        TimeSeries gd = l.series().stream().filter(s -> s.id().equals("广东/P50")).findFirst().orElseThrow();
        // every planted unit counts: nothing held, nothing lost
        assertThat(gd.values()).containsExactly(Arrays.stream(u[0][0]).asDoubleStream().toArray());
        SeriesDrivers d = l.drivers().get("广东/P50");
        assertThat(d.names()).containsExactly("price", "campaign_days", SubsidyDriver.NAME);
        double[] s = d.values()[2];
        assertThat(s).hasSize(48);
        // 2024-02 none, 2024-03 on (group A), 2024-09 off, 2025-01 on, planned on to 2026-06, off from 2026-07
        assertThat(s[13]).isZero();
        assertThat(s[14]).isCloseTo(0.15, offset(1e-9));
        assertThat(s[20]).isZero();
        assertThat(s[24]).isCloseTo(0.15, offset(1e-9));
        assertThat(s[36 + 5]).isCloseTo(0.15, offset(1e-9));
        assertThat(s[36 + 6]).isZero();
        assertThat(l.drivers().get("广东/X9").values()[2]).containsOnly(0.0);
        double[] sc = l.drivers().get("四川/P50").values()[2];
        assertThat(Arrays.copyOfRange(sc, 30, 48)).containsOnly(0.15);
        assertThat(Arrays.copyOfRange(sc, 0, 30)).containsOnly(0.0);
        // a region's series gets the share of its provinces a policy covers: 华南 is 广东 广西 海南 (group A) 香港 澳门
        ForecastService.LevelSeries r = new ForecastService(t.workspace).loadWithDrivers(List.of("region", "model"), ForecastService.Measure.UNITS, 1);
        assertThat(r.drivers().get("华南/P50").values()[2][14]).isCloseTo(0.15 * 3 / 5, offset(1e-9));
    }

    @Test
    void onTheWorkspaceTheGlobalModelWithTheSubsidyForecastsTheMonthsItStartsAndStopsBetterThanWithout() {
        ForecastService.LevelSeries l = new ForecastService(t.workspace).loadWithDrivers(LEVEL, ForecastService.Measure.UNITS, 6);
        Map<String, SeriesDrivers> without = new HashMap<>();
        l.drivers().forEach((id, d) -> without.put(id, new SeriesDrivers(d.names().subList(0, 2), Arrays.copyOf(d.values(), 2))));
        ForecastRequest request = new ForecastRequest(6, List.of(ForecastRunner.GLOBAL), 6, 1, Selection.COMBINATION, true);
        double with = wape(new ForecastRunner(1).withDrivers(l.drivers(), true).run(l.series(), request), l);
        double none = wape(new ForecastRunner(1).withDrivers(without, true).run(l.series(), request), l);
        System.out.printf("forecast --workspace level province,model, global model, holdout 2025-07..12, eligible P50 of the provinces whose"
                + " subsidy stopped or started: WAPE with the subsidy driver %.3f, without %.3f%n", with, none);
        assertThat(none).isGreaterThan(0.09);
        assertThat(with).isLessThan(0.6 * none);
    }

    /** The WAPE of the holdout over the P50 series of groups B and C (their subsidy stops or starts in it). */
    private static double wape(List<SeriesForecast> results, ForecastService.LevelSeries l) {
        double err = 0;
        double sum = 0;
        for (int i = 0; i < l.series().size(); i++) {
            String id = l.series().get(i).id();
            if (!id.endsWith("/P50") || SubsidyFixture.group(id.substring(0, id.indexOf('/'))) == 0) continue;
            SeriesForecast f = results.get(i);
            assertThat(f.seriesId()).isEqualTo(id);
            double[] y = l.series().get(i).values();
            double actual = 0;
            for (int k = 0; k < 6; k++) actual += y[y.length - 6 + k];
            err += f.accuracy().wape() / 100 * actual;
            sum += actual;
        }
        return err / sum;
    }

    @Test
    void turningThePlannedSubsidyOffLowersEligibleSeriesByThePlantedEffectAndTurningItOnRaisesThem() {
        ForecastDesk desk = new ForecastDesk(t.workspace);
        Map<String, SubsidyResponse> off = desk.subsidyResponses(LEVEL, 0, 6, Cancellation.none());
        Map<String, SubsidyResponse> on = desk.subsidyResponses(LEVEL, 0.15, 6, Cancellation.none());
        assertThat(off.get("广东/P50").planned()).containsOnly(0.15);
        assertThat(off.get("广东/P50").whatIf()).containsOnly(0.0);
        assertThat(on.get("浙江/P50").planned()).containsOnly(0.0);
        assertThat(on.get("浙江/P50").whatIf()).containsOnly(0.15);
        assertThat(desk.subsidyResponse(LEVEL, "广东/P50", 0, 6, Cancellation.none()).multiplier()).containsExactly(off.get("广东/P50").multiplier());
        double[] flat = new double[6];
        Arrays.fill(flat, 100);
        // [planned on, turned off; planned off, turned on; the ¥6,999 X9 turned off]
        double[] mean = new double[3];
        int[] count = new int[3];
        for (String p : SubsidyFixture.PROVINCES) {
            int g = SubsidyFixture.group(p) == 1 ? 1 : 0;
            mean[g] += (g == 0 ? off : on).get(p + "/P50").overall(flat);
            count[g]++;
            mean[2] += off.get(p + "/X9").overall(flat);
            count[2]++;
        }
        for (int k = 0; k < 3; k++) mean[k] /= count[k];
        System.out.printf("subsidy what-if on the workspace, 2026-01..06: eligible P50 planned on, turned off x%.3f; planned off, turned on x%.3f;"
                + " X9 (¥6,999) turned off x%.3f%n", mean[0], mean[1], mean[2]);
        // planted +15% while it runs: off is 1/1.15 = 0.870 of on
        assertThat(mean[0]).isBetween(0.84, 0.90);
        assertThat(mean[1]).isBetween(1.10, 1.20);
        assertThat(mean[2]).isBetween(0.98, 1.02);
    }
}
