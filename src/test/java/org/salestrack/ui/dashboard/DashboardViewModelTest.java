package org.salestrack.ui.dashboard;

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
        DashboardViewModel vm = new DashboardViewModel(ws.explore, state, TaskExecutor.SAME_THREAD, 0);
        SummaryRow all = new SummaryQuery(ws.workspace).run(List.of(), state.slice().from().toString(), state.slice().to().toString()).get(0);
        DashboardData d = vm.dataProperty().get();
        assertThat(d.kpis().current().qty()).isEqualTo(all.qty());
        assertThat(Money.ofCents(d.kpis().current().amountCents())).isEqualByComparingTo(all.amount());
        vm.close();
    }

    @Test
    void clickingAProvinceNarrowsTheKpisToIt() {
        StateManager state = state();
        DashboardViewModel vm = new DashboardViewModel(ws.explore, state, TaskExecutor.SAME_THREAD, 0);
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
        DashboardViewModel vm = new DashboardViewModel(ws.explore, state, TaskExecutor.SAME_THREAD, 0);
        long online = new SummaryQuery(ws.workspace).run(List.of("channel_type"), null, null).stream()
                .filter(r -> r.keys().get(0).equals("online")).mapToLong(SummaryRow::qty).sum();
        assertThat(vm.dataProperty().get().kpis().onlineUnits()).isEqualTo(online);
        assertThat(vm.dataProperty().get().kpis().weeksOfCover()).isEmpty();
        vm.close();
    }

    @Test
    void afterCloseFilterChangesNoLongerRecompute() {
        StateManager state = state();
        DashboardViewModel vm = new DashboardViewModel(ws.explore, state, TaskExecutor.SAME_THREAD, 0);
        DashboardData before = vm.dataProperty().get();
        vm.close();
        state.drill(org.salestrack.model.Dimension.PROVINCE, "44", "广东");
        assertThat(vm.dataProperty().get()).isSameAs(before);
    }

    @Test
    void bottomListDoesNotRepeatTheTopWhenShort() {
        StateManager state = state();
        DashboardViewModel vm = new DashboardViewModel(ws.explore, state, TaskExecutor.SAME_THREAD, 0);
        DashboardData d = vm.dataProperty().get();
        assertThat(d.skus()).hasSize(4);
        assertThat(d.top(d.skus(), 5)).hasSize(4);
        assertThat(d.bottom(d.skus(), 5)).isEmpty();
        vm.close();
    }
}
