package org.salestrack.ui.explore;

import org.salestrack.analytics.explore.ExplorerRow;
import org.salestrack.analytics.explore.ExplorerData;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.explore.DatePreset;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Measure;
import org.salestrack.model.cube.Slice;
import org.salestrack.task.TaskExecutor;
import org.salestrack.ui.StateManager;
import org.salestrack.ui.TestWorkspace;

class ExplorerViewModelTest {
    @TempDir
    static Path dir;
    static TestWorkspace ws;

    @BeforeAll
    static void build() { ws = TestWorkspace.create(dir, true); }

    private ExplorerViewModel vm(StateManager state) {
        return new ExplorerViewModel(ws.explore, state, org.salestrack.ui.TestRequests.SHARED, TaskExecutor.SAME_THREAD, 0);
    }

    private StateManager state() {
        Slice span = ws.explore.span().orElseThrow();
        StateManager s = new StateManager(span.from(), span.to());
        s.applyPreset(DatePreset.ALL);
        return s;
    }

    @Test
    void doubleClickDrillsOneLevelAtATime() {
        StateManager state = state();
        ExplorerViewModel vm = vm(state);
        assertThat(vm.dataProperty().get().dim()).isEqualTo(Dimension.REGION);
        ExplorerRow south = vm.dataProperty().get().rows().stream().filter(r -> r.key().equals("华南")).findFirst().orElseThrow();
        vm.drill(south);
        assertThat(vm.dataProperty().get().dim()).isEqualTo(Dimension.PROVINCE);
        assertThat(vm.dataProperty().get().rows()).extracting(ExplorerRow::label).containsExactly("广东");
        vm.drill(vm.dataProperty().get().rows().get(0));
        assertThat(vm.dataProperty().get().dim()).isEqualTo(Dimension.CITY);
        assertThat(vm.dataProperty().get().rows()).extracting(ExplorerRow::label).containsExactlyInAnyOrder("深圳", "广州");
        state.back();
        assertThat(vm.dataProperty().get().dim()).isEqualTo(Dimension.PROVINCE);
        vm.close();
    }

    @Test
    void rowTotalsAddUpToTheSliceAndSharesToOne() {
        StateManager state = state();
        ExplorerViewModel vm = vm(state);
        vm.hierarchyProperty().set(Hierarchy.PRODUCT);
        ExplorerData d = vm.dataProperty().get();
        assertThat(d.dim()).isEqualTo(Dimension.CATEGORY);
        long total = d.rows().stream().mapToLong(r -> r.total().qty()).sum();
        assertThat(total).isEqualTo(ws.explore.totals(state.slice()).qty());
        assertThat(d.rows().stream().mapToDouble(r -> r.share(Measure.REVENUE).getAsDouble()).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        vm.close();
    }

    @Test
    void searchFiltersTheVisibleRowsAndTheCopy() {
        StateManager state = state();
        ExplorerViewModel vm = vm(state);
        vm.hierarchyProperty().set(Hierarchy.PRODUCT);
        vm.drill(vm.dataProperty().get().rows().stream().filter(r -> r.key().equals("手机")).findFirst().orElseThrow());
        vm.drill(vm.dataProperty().get().rows().stream().filter(r -> r.key().equals("星耀")).findFirst().orElseThrow());
        vm.drill(vm.dataProperty().get().rows().get(0));
        assertThat(vm.dataProperty().get().dim()).isEqualTo(Dimension.SKU);
        vm.searchProperty().set("256g");
        assertThat(vm.visibleRows()).extracting(ExplorerRow::label).containsExactly("P50-256-WH 星耀 P50 256G 白");
        vm.measureProperty().set(Measure.UNITS);
        String tsv = vm.copyText("SKU", List.of("Total", "Growth", "Share"), "Total", ExplorerRow::label);
        String[] lines = tsv.split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).startsWith("P50-256-WH 星耀 P50 256G 白\t");
        assertThat(lines[2]).startsWith("Total\t");
        long units = vm.visibleRows().get(0).total().qty();
        List<String> cells = new ArrayList<>(List.of(lines[1].split("\t")));
        assertThat(cells.get(cells.size() - 3)).isEqualTo(Long.toString(units));
        vm.close();
    }

    @Test
    void searchFindsMembersFurtherDownAndJumpsToThem() {
        StateManager state = state();
        ExplorerViewModel vm = vm(state);
        assertThat(vm.dataProperty().get().dim()).isEqualTo(Dimension.REGION);
        vm.searchProperty().set("深圳");
        assertThat(vm.visibleRows()).isEmpty();
        assertThat(vm.matchesBelow()).extracting(m -> m.dim() + " " + m.label()).contains("CITY 深圳");
        vm.jumpTo(vm.matchesBelow().stream().filter(m -> m.dim() == Dimension.CITY).findFirst().orElseThrow());
        assertThat(state.crumbs()).extracting(c -> c.label()).containsExactly("华南", "广东", "深圳");
        assertThat(vm.dataProperty().get().dim()).isEqualTo(Dimension.STORE);
        assertThat(vm.searchProperty().get()).isEmpty();
        assertThat(vm.matchesBelow()).isEmpty();
        long shenzhen = vm.dataProperty().get().rows().stream().mapToLong(r -> r.total().qty()).sum();
        assertThat(shenzhen).isEqualTo(ws.explore.totals(state.slice()).qty()).isPositive();

        vm.hierarchyProperty().set(Hierarchy.PRODUCT);
        state.clear();
        vm.searchProperty().set("p50-256");
        assertThat(vm.matchesBelow()).extracting(m -> m.dim()).containsOnly(Dimension.SKU).hasSize(1);
        vm.jumpTo(vm.matchesBelow().get(0));
        assertThat(state.crumbs()).extracting(c -> c.label()).containsExactly("手机", "星耀", "P50", "P50-256-WH 星耀 P50 256G 白");
        vm.close();
    }

    @Test
    void whileRowsAreLoadingTheTableSaysLoadingNotNoSales() {
        java.util.List<Runnable> queued = new java.util.ArrayList<>();
        org.salestrack.task.TaskExecutor later = new org.salestrack.task.TaskExecutor() {
            @Override
            public <T> void execute(org.salestrack.task.BackgroundTask<T> task, java.util.function.Consumer<T> ok,
                                    java.util.function.Consumer<Throwable> failed) {
                queued.add(() -> org.salestrack.task.TaskExecutor.SAME_THREAD.execute(task, ok, failed));
            }
        };
        StateManager state = state();
        ExplorerViewModel vm = new ExplorerViewModel(ws.explore, state, org.salestrack.ui.TestRequests.SHARED, later, 0);
        assertThat(vm.empty()).isEqualTo(ExplorerViewModel.Empty.LOADING);
        while (!queued.isEmpty()) queued.remove(0).run();
        assertThat(vm.empty()).isEqualTo(ExplorerViewModel.Empty.NOT_EMPTY);
        // a new filter: the old rows stay until the new ones arrive
        state.setRange(java.time.LocalDate.of(2030, 1, 1), java.time.LocalDate.of(2030, 1, 31));
        assertThat(vm.loadingProperty().get()).isTrue();
        while (!queued.isEmpty()) queued.remove(0).run();
        assertThat(vm.empty()).isEqualTo(ExplorerViewModel.Empty.NO_SALES);
        vm.searchProperty().set("x");
        assertThat(vm.empty()).isEqualTo(ExplorerViewModel.Empty.NO_SALES);
        state.applyPreset(DatePreset.ALL);
        while (!queued.isEmpty()) queued.remove(0).run();
        vm.searchProperty().set("no such member");
        while (!queued.isEmpty()) queued.remove(0).run();
        assertThat(vm.empty()).isEqualTo(ExplorerViewModel.Empty.NO_MATCH);
        vm.close();
    }

    @Test
    void csvQuotesLabelsWithCommas() throws Exception {
        ExplorerRow r = new ExplorerRow(Dimension.STORE, "1", "S1, 深圳", List.of(), org.salestrack.model.cube.Measures.ZERO,
                org.salestrack.model.cube.Measures.ZERO, org.salestrack.model.cube.Measures.ZERO, false);
        ExplorerExport.Table t = ExplorerExport.of("Store", List.of(), List.of("Total", "Growth", "Share"), List.of(r), Measure.REVENUE, ExplorerRow::label);
        Path out = dir.resolve("commas.csv");
        org.salestrack.report.CsvExport.write(t.columns(), t.rows(), out, org.salestrack.task.Cancellation.none());
        assertThat(java.nio.file.Files.readString(out)).isEqualTo("\uFEFFStore,Total,Growth,Share\r\n\"S1, 深圳\",0.00,,\r\n");
        assertThat(org.salestrack.report.ClipboardTable.text(t.columns(), t.rows())).isEqualTo("Store\tTotal\tGrowth\tShare\r\nS1, 深圳\t0.00\t\t\r\n");
    }
}
