package org.salestrack.ui.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.forecast.service.ModelRun;
import org.salestrack.forecast.service.SeriesHistory;
import org.salestrack.forecast.scenario.ForecastSet;
import org.salestrack.forecast.scenario.ForecastPaths;
import org.salestrack.model.SavedScenario;
import org.salestrack.model.ScenarioComparison;
import org.salestrack.model.Dimension;
import org.salestrack.store.ScenarioStore;
import org.salestrack.task.TaskExecutor;
import org.salestrack.ui.ScreensFixture;
import org.salestrack.ui.StateManager;

/** The forecast screen's logic without a stage: same-thread executors, a 30-month workspace. */
class ForecastViewModelTest {
    @TempDir
    static Path dir;
    static ScreensFixture fx;
    StateManager state;
    ForecastViewModel vm;

    @BeforeAll
    static void workspace() {
        fx = ScreensFixture.create(dir);
    }

    @BeforeEach
    void viewModel() {
        var span = fx.ws.explore.span().orElseThrow();
        state = new StateManager(span.from(), span.to());
        state.setRange(span.from(), span.to());
        vm = new ForecastViewModel(fx.services.forecast(), state, fx.ws.explore::members, org.salestrack.ui.TestRequests.SHARED, TaskExecutor.SAME_THREAD, TaskExecutor.SAME_THREAD, 0);
        vm.reload();
    }

    private SeriesHistory pick(String id) {
        SeriesHistory s = vm.series().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        vm.selectedProperty().set(s);
        return s;
    }

    @Test
    void aProvinceAndASeriesShowTheForecastWithItsBandAndItsBacktest() {
        assertThat(vm.series()).extracting(SeriesHistory::id).containsExactlyInAnyOrder("广东/星耀", "广东/穿戴", "浙江/星耀", "浙江/穿戴");
        SeriesHistory s = pick("广东/星耀");
        // the fixture dates each month's lines on the 15th: its last month is partial and not fitted as a whole one
        assertThat(s.units().length()).isEqualTo(ScreensFixture.MONTHS - 1);
        assertThat(vm.runs()).extracting(ModelRun::key).containsExactlyElementsOf(ForecastViewModel.MODELS);
        ModelRun auto = vm.chosenProperty().get();
        assertThat(auto.key()).isEqualTo("auto");
        assertThat(auto.steps()).hasSize(ForecastViewModel.HORIZON);
        assertThat(auto.periods().get(0)).isEqualTo("2025-06");
        for (var step : auto.steps()) assertThat(step.p10()).isLessThanOrEqualTo(step.mean()).isGreaterThanOrEqualTo(0);
        for (var step : auto.steps()) assertThat(step.p90()).isGreaterThanOrEqualTo(step.mean());
        assertThat(auto.backtest()).hasSize(ForecastViewModel.HOLDOUT);
        assertThat(auto.accuracy().mase()).isFinite().isPositive();
        assertThat(auto.accuracy().mape()).isFinite();
        assertThat(vm.runs().stream().filter(r -> r.key().equals("ets")).findFirst().orElseThrow().parameters()).containsKey("alpha");
    }

    @Test
    void thePromotionUpliftIsMeasuredOnTheSeriesOwnPastCampaignsOfTheChosenType() throws Exception {
        try (var c = fx.ws.workspace.connect(); var st = c.createStatement()) {
            st.executeUpdate("INSERT INTO campaign(code, name, tag, starts, ends, promo_type) VALUES "
                    + "('M23', '2023 年中', '618', '2023-05-30', '2023-06-18', '满减'), "
                    + "('M24', '2024 年中', '618', '2024-06-01', '2024-06-20', '满减'), "
                    + "('T23', '2023 换新', '国庆', '2023-09-25', '2023-10-20', '以旧换新'), "
                    + "('L23', '直播日', '直播', '2023-03-15', '2023-03-16', '直播专场')");
        }
        try {
            vm.reload();
            SeriesHistory s = pick("广东/星耀");
            var uplifts = vm.scenario().upliftsProperty().get();
            // June 2023 and June 2024 (months 5 and 17); Oct 2023 has 20 days of the trade-in (Sep only 6): month 9;
            // a two-day live stream marks no month
            double[] y = s.units().values();
            var expected = new org.salestrack.forecast.scenario.UpliftEstimator(12, 1).estimate(y, List.of(
                    new org.salestrack.forecast.scenario.CampaignWindow("满减", 5, 6), new org.salestrack.forecast.scenario.CampaignWindow("以旧换新", 9, 10),
                    new org.salestrack.forecast.scenario.CampaignWindow("满减", 17, 18)));
            assertThat(uplifts).containsOnlyKeys("满减", "以旧换新");
            assertThat(uplifts.get("满减").windowRatios()).hasSize(2);
            assertThat(uplifts.get("满减").uplift()).isEqualTo(expected.get("满减").uplift());
            assertThat(uplifts.get("以旧换新").uplift()).isEqualTo(expected.get("以旧换新").uplift());

            vm.scenario().promoTypeProperty().set("以旧换新");
            double measured = Math.max(ScenarioModel.MIN_UPLIFT, Math.min(ScenarioModel.MAX_UPLIFT, expected.get("以旧换新").uplift()));
            assertThat(vm.scenario().upliftProperty().get()).isEqualTo(measured);
            double[] before = vm.baseProperty().get().series("广东/星耀").mean();
            vm.scenario().promotionProperty().set(true);
            vm.scenario().promoStartProperty().set(2);
            double[] after = vm.adjustedProperty().get().mean();
            assertThat(after[2]).isCloseTo(before[2] * measured, within(1e-9));
            assertThat(after[0]).isCloseTo(before[0], within(1e-9));
        } finally {
            try (var c = fx.ws.workspace.connect(); var st = c.createStatement()) {
                st.executeUpdate("DELETE FROM campaign");
            }
        }
    }

    @Test
    void movingThePriceSliderScalesTheMeanByExactlyTheElasticityFormula() {
        pick("广东/星耀");
        double elasticity = vm.scenario().elasticityProperty().get();
        assertThat(vm.scenario().estimateProperty().get()).isNotNull();
        assertThat(elasticity).isNegative().isNotEqualTo(-1.5);
        ForecastSet base = vm.baseProperty().get();
        double[] before = base.series("广东/星耀").mean();
        vm.scenario().priceChangeProperty().set(-0.10);
        ForecastPaths after = vm.adjustedProperty().get();
        double factor = Math.pow(1 - 0.10, elasticity);
        for (int t = 0; t < before.length; t++) assertThat(after.mean()[t]).isCloseTo(before[t] * factor, within(1e-9 * before[t] + 1e-12));
        assertThat(after.p90()[0]).isCloseTo(base.series("广东/星耀").p90()[0] * factor, within(1e-9 * after.p90()[0]));
    }

    @Test
    void savingAScenarioWritesARowToTheScenarioTableAndItComparesSideBySide() {
        pick("浙江/穿戴");
        vm.scenario().priceChangeProperty().set(0.05);
        vm.scenario().useEstimateProperty().set(false);
        vm.scenario().elasticityProperty().set(-2.0);
        vm.saveScenario("Price +5%", () -> { });
        vm.scenario().reset();
        vm.scenario().competitorProperty().set(true);
        vm.saveScenario("Competitor", () -> { });
        List<SavedScenario> stored = new ScenarioStore(fx.ws.workspace).list();
        SavedScenario price = stored.stream().filter(s -> s.name().equals("Price +5%")).findFirst().orElseThrow();
        assertThat(price.base()).isEqualTo("province,series:浙江/穿戴 auto");
        assertThat(price.definition().drivers()).singleElement().satisfies(d -> {
            assertThat(d.type()).isEqualTo("price");
            assertThat(d.parameters()).containsEntry("priceChange", 0.05).containsEntry("elasticity", -2.0);
        });
        assertThat(vm.saved()).extracting(SavedScenario::name).contains("Price +5%", "Competitor");

        vm.compare(List.of(price));
        ScenarioComparison c = vm.comparisonProperty().get();
        double base0 = vm.baseProperty().get().series("浙江/穿戴").mean()[0];
        assertThat(c.rows()).hasSize(ForecastViewModel.HORIZON);
        assertThat(c.rows().get(0).base()).isEqualTo(base0);
        assertThat(c.rows().get(0).scenarios().get(0)).isCloseTo(base0 * Math.pow(1.05, -2.0), within(1e-9));
    }

    @Test
    void aGlobalProvinceFilterNarrowsTheSeriesOfTheLevel() {
        state.setFilter(Dimension.PROVINCE, Set.of("44"));
        assertThat(vm.series()).extracting(SeriesHistory::id).containsExactlyInAnyOrder("广东/星耀", "广东/穿戴");
        vm.geographyProperty().set("");
        assertThat(vm.series()).extracting(SeriesHistory::id).containsExactlyInAnyOrder("星耀", "穿戴");
        assertThat(vm.filtersOutsideLevelProperty().get()).isTrue();
    }

    @Test
    void bottomUpReconciliationKeepsALeafsOwnForecastAndMinTMakesItCoherent() {
        vm.productProperty().set("series");
        pick("广东/星耀");
        vm.chosenProperty().set(vm.runs().stream().filter(r -> r.key().equals("ets")).findFirst().orElseThrow());
        double[] own = vm.chosenProperty().get().mean();
        vm.reconcileProperty().set(ForecastViewModel.Reconcile.BOTTOM_UP);
        assertThat(vm.coherentProperty().get().seriesInLevel()).isEqualTo(4);
        assertThat(vm.baseProperty().get().series("广东/星耀").mean()).containsExactly(own, within(1e-6));
        vm.reconcileProperty().set(ForecastViewModel.Reconcile.MINT_SHRINK);
        double[] mint = vm.coherentProperty().get().mean();
        assertThat(mint).hasSize(ForecastViewModel.HORIZON);
        for (double v : mint) assertThat(v).isGreaterThanOrEqualTo(0);
    }

    /** Issue 23: the screen said "Ready" over an empty chart while a level's series loaded for 40 s. */
    @Test
    void whileALevelsSeriesLoadTheScreenKnowsItIsLoadingAndKnowsWhenItIsDone() {
        java.util.List<Runnable> pending = new java.util.ArrayList<>();
        TaskExecutor deferred = new TaskExecutor() {
            @Override
            public <T> void execute(org.salestrack.task.BackgroundTask<T> task, java.util.function.Consumer<T> onSuccess,
                                    java.util.function.Consumer<Throwable> onError) {
                pending.add(() -> TaskExecutor.SAME_THREAD.execute(task, onSuccess, onError));
            }
        };
        ForecastViewModel later = new ForecastViewModel(fx.services.forecast(), state, fx.ws.explore::members, org.salestrack.ui.TestRequests.SHARED, deferred, deferred, 0);
        later.reload();
        assertThat(later.loadingProperty().get()).isTrue();
        assertThat(later.series()).isEmpty();
        pending.remove(0).run();
        assertThat(later.loadingProperty().get()).isFalse();
        assertThat(later.series()).hasSize(4);
        later.geographyProperty().set("region");
        assertThat(later.loadingProperty().get()).isTrue();
        later.close();
    }

    /** Issue 11 #5: the workbook's Forecast sheet said no forecast was stored after one was made and a scenario saved here. */
    @Test
    void savingAScenarioKeepsTheForecastItAdjustsAsARunOfTheLevel() {
        SeriesHistory s = pick("浙江/穿戴");
        double first = vm.chosenProperty().get().steps().get(0).mean();
        vm.saveScenario("kept with its base", () -> { });
        var kept = new org.salestrack.store.ForecastRuns(fx.ws.workspace).latest("province,series").stream()
                .filter(f -> f.seriesKey().equals(s.id())).toList();
        assertThat(kept).singleElement().satisfies(f -> {
            assertThat(f.model()).isEqualTo(vm.chosenProperty().get().name());
            assertThat(f.points()).hasSize(ForecastViewModel.HORIZON);
            assertThat(f.points().get(0).mean()).isEqualTo(first);
            // the fixture's last month (2025-06) is partial, so the series end with May and the forecast starts in June
            assertThat(f.points().get(0).period()).isEqualTo("2025-06");
        });
        assertThat(new org.salestrack.store.report.ForecastQuery(fx.ws.workspace).latest("2025-05"))
                .anySatisfy(l -> assertThat(l.seriesKey()).isEqualTo(s.id()));
    }
}
