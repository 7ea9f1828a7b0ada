package org.salestrack.ui.dashboard;

import org.salestrack.analytics.explore.DashboardData;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.explore.DatePreset;
import org.salestrack.model.Money;
import org.salestrack.model.SummaryRow;
import org.salestrack.model.cube.Slice;
import org.salestrack.store.SummaryQuery;
import org.salestrack.task.TaskExecutor;
import org.salestrack.ui.StateManager;
import org.salestrack.ui.TestWorkspace;

/** The dashboard's view model without a stage: same-thread executor, no debounce. */
class DashboardViewModelTest {
    @TempDir
    static Path dir;
    static TestWorkspace ws;

    @BeforeAll
    static void build() { ws = TestWorkspace.create(dir, true); }

    private StateManager state() {
        Slice span = ws.explore.span().orElseThrow();
        StateManager s = new StateManager(span.from(), span.to());
        s.applyPreset(DatePreset.ALL);
        return s;
    }

    @Test
    void kpisEqualTheStoreTotalsForTheSlice() {
        StateManager state = state();
        DashboardViewModel vm = new DashboardViewModel(ws.explore, state, org.salestrack.ui.TestRequests.SHARED, TaskExecutor.SAME_THREAD, 0);
        SummaryRow all = new SummaryQuery(ws.workspace).run(List.of(), state.slice().from().toString(), state.slice().to().toString()).get(0);
        DashboardData d = vm.dataProperty().get();
        assertThat(d.kpis().current().qty()).isEqualTo(all.qty());
        assertThat(Money.ofE4(d.kpis().current().amountE4())).isEqualByComparingTo(all.amount());
        vm.close();
    }

    @Test
    void clickingAProvinceNarrowsTheKpisToIt() {
        StateManager state = state();
        DashboardViewModel vm = new DashboardViewModel(ws.explore, state, org.salestrack.ui.TestRequests.SHARED, TaskExecutor.SAME_THREAD, 0);
        vm.selectProvince("33", "浙江");
        SummaryRow zj = new SummaryQuery(ws.workspace).run(List.of("province"), state.slice().from().toString(), state.slice().to().toString())
                .stream().filter(r -> r.keys().get(0).equals("浙江")).findFirst().orElseThrow();
        assertThat(vm.dataProperty().get().kpis().current().qty()).isEqualTo(zj.qty());
        assertThat(vm.dataProperty().get().provinces()).containsOnlyKeys("33");
        vm.close();
    }

    @Test
    void onlineShareCountsOnlineUnits() {
        StateManager state = state();
        DashboardViewModel vm = new DashboardViewModel(ws.explore, state, org.salestrack.ui.TestRequests.SHARED, TaskExecutor.SAME_THREAD, 0);
        long online = new SummaryQuery(ws.workspace).run(List.of("channel_type"), null, null).stream()
                .filter(r -> r.keys().get(0).equals("online")).mapToLong(SummaryRow::qty).sum();
        assertThat(vm.dataProperty().get().kpis().onlineUnits()).isEqualTo(online);
        assertThat(vm.dataProperty().get().kpis().weeksOfCover()).isEmpty();
        vm.close();
    }

    @Test
    void afterCloseFilterChangesNoLongerRecompute() {
        StateManager state = state();
        DashboardViewModel vm = new DashboardViewModel(ws.explore, state, org.salestrack.ui.TestRequests.SHARED, TaskExecutor.SAME_THREAD, 0);
        DashboardData before = vm.dataProperty().get();
        vm.close();
        state.drill(org.salestrack.model.Dimension.PROVINCE, "44", "广东");
        assertThat(vm.dataProperty().get()).isSameAs(before);
    }

    @Test
    void bottomListDoesNotRepeatTheTopWhenShort() {
        StateManager state = state();
        DashboardViewModel vm = new DashboardViewModel(ws.explore, state, org.salestrack.ui.TestRequests.SHARED, TaskExecutor.SAME_THREAD, 0);
        DashboardData d = vm.dataProperty().get();
        assertThat(d.skus()).hasSize(4);
        assertThat(d.top(d.skus(), 5)).hasSize(4);
        assertThat(d.bottom(d.skus(), 5)).isEmpty();
        vm.close();
    }

    private static java.util.Map<String, SummaryRow> summary(String dim, Slice s) {
        return new SummaryQuery(ws.workspace).run(List.of(dim), s.from().toString(), s.to().toString()).stream()
                .collect(java.util.stream.Collectors.toMap(r -> r.keys().get(0), r -> r));
    }

    private static long e4(SummaryRow r) { return r.amount().movePointRight(4).longValueExact(); }

    /** Every figure the dashboard shows, against the store's plain summary of the lines (not the cube). */
    @Test
    void everyFigureMatchesThePlainSummaryOfTheLines() {
        StateManager state = state();
        state.setRange(state.slice().from().plusMonths(6), state.slice().to());
        DashboardViewModel vm = new DashboardViewModel(ws.explore, state, org.salestrack.ui.TestRequests.SHARED, TaskExecutor.SAME_THREAD, 0);
        vm.grainProperty().set(org.salestrack.model.cube.Grain.MONTH);
        DashboardData d = vm.dataProperty().get();
        Slice s = state.slice();
        SummaryRow all = new SummaryQuery(ws.workspace).run(List.of(), s.from().toString(), s.to().toString()).get(0);
        assertThat(d.kpis().current().aspE4()).isEqualTo(Math.round((double) e4(all) / all.qty()));
        assertThat(d.kpis().current().marginE4()).isEqualTo(all.margin().movePointRight(4).longValueExact());
        SummaryRow previous = new SummaryQuery(ws.workspace).run(List.of(), s.previousPeriod().from().toString(),
                s.previousPeriod().to().toString()).get(0);
        assertThat(d.kpis().growthVsPrevious().getAsDouble()).isCloseTo((double) e4(all) / e4(previous) - 1, org.assertj.core.api.Assertions.within(1e-12));
        // the trend: this period and last year by month
        var byMonth = summary("month", s);
        var byMonthLy = summary("month", s.lastYear());
        for (int i = 0; i < d.trend().periods().size(); i++) {
            String p = d.trend().periods().get(i);
            SummaryRow r = byMonth.get(p);
            assertThat(d.trend().current().get(i).amountE4()).as(p).isEqualTo(r == null ? 0 : e4(r));
            String ly = java.time.YearMonth.parse(p).minusYears(1).toString();
            assertThat(d.trend().lastYear().get(i).amountE4()).as(ly).isEqualTo(byMonthLy.containsKey(ly) ? e4(byMonthLy.get(ly)) : 0);
        }
        // channel mix, rankings and the map
        var channels = summary("channel", s);
        assertThat(d.channels()).hasSize(channels.size());
        d.channels().forEach(c -> assertThat(c.measures().amountE4()).as(c.label()).isEqualTo(e4(channels.get(c.label()))));
        var skus = summary("sku", s);
        assertThat(d.skus()).hasSize(skus.size());
        d.skus().forEach(c -> assertThat(c.measures().amountE4()).isEqualTo(e4(skus.get(c.label().split(" ")[0]))));
        var stores = summary("store", s);
        stores.remove("");
        assertThat(d.stores()).hasSize(stores.size());
        d.stores().forEach(c -> assertThat(c.measures().amountE4()).isEqualTo(e4(stores.get(c.label().split(" ")[0]))));
        var provinces = summary("province", s);
        var provincesBefore = summary("province", s.previousPeriod());
        for (var m : ws.explore.members(org.salestrack.model.Dimension.PROVINCE)) {
            var v = d.provinces().get(m.key());
            if (provinces.containsKey(m.label())) assertThat(v[0].amountE4()).isEqualTo(e4(provinces.get(m.label())));
            if (provincesBefore.containsKey(m.label())) assertThat(v[1].amountE4()).isEqualTo(e4(provincesBefore.get(m.label())));
        }
        vm.close();
    }

    @Test
    void theScreenIsMarkedLoadingUntilTheFiguresArrive() {
        java.util.List<Runnable> queued = new java.util.ArrayList<>();
        TaskExecutor later = new TaskExecutor() {
            @Override
            public <T> void execute(org.salestrack.task.BackgroundTask<T> task, java.util.function.Consumer<T> ok,
                                    java.util.function.Consumer<Throwable> failed) {
                queued.add(() -> TaskExecutor.SAME_THREAD.execute(task, ok, failed));
            }
        };
        DashboardViewModel vm = new DashboardViewModel(ws.explore, state(), org.salestrack.ui.TestRequests.SHARED, later, 0);
        assertThat(vm.loadingProperty().get()).isTrue();
        assertThat(vm.dataProperty().get()).isNull();
        queued.forEach(Runnable::run);
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.dataProperty().get()).isNotNull();
        vm.close();
    }
}
