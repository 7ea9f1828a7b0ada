package org.salestrack.ui.lines;

import org.salestrack.analytics.explore.ExplorerRow;
import org.salestrack.analytics.explore.ExplorerData;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Measure;
import org.salestrack.model.cube.Slice;
import org.salestrack.model.lines.LineHold;
import org.salestrack.model.lines.LineSort;
import org.salestrack.model.lines.StoredLine;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import org.salestrack.task.TaskExecutor;
import org.salestrack.ui.StateManager;
import org.salestrack.ui.explore.ExploreFixture;
import org.salestrack.ui.explore.ExplorerViewModel;

/** Drill-through: the lines behind an explorer cell, paged by keyset, sorted, with their hold state. */
class LinesViewModelTest {
    @TempDir
    static Path dir;
    static ExploreFixture fx;

    @BeforeAll
    static void build() throws Exception {
        fx = ExploreFixture.create(dir);
        // a second file repeating the first line's key: stored, but held as a duplicate and not counted
        ExploreFixture.Line first = fx.lines.get(0);
        Path dup = dir.resolve("again.csv");
        String head = Files.readString(dir.resolve("explore-lines.csv"), StandardCharsets.UTF_8).lines().limit(2).reduce((a, b) -> a + "\n" + b).orElseThrow();
        Files.writeString(dup, head + "\n", StandardCharsets.UTF_8);
        fx.imports.importFile(dup, null, ProgressListener.NONE, Cancellation.none());
        fx.ws.explore.refresh(Cancellation.none());
        assertThat(first.order()).isEqualTo("E00000");
    }

    /** Every line of the view model's query, page by page, as the user pressing "Next" would see them. */
    private static List<StoredLine> everyPage(LinesViewModel vm) {
        List<StoredLine> out = new ArrayList<>(vm.lines());
        int pages = 1;
        while (vm.hasNextProperty().get()) {
            vm.next();
            pages++;
            assertThat(vm.pageProperty().get()).isEqualTo(pages - 1);
            out.addAll(vm.lines());
        }
        return out;
    }

    @Test
    void theLinesOfAnExplorerCellAddUpExactlyToItsFigure() {
        StateManager state = new StateManager(ExploreFixture.FIRST, LocalDate.of(2025, 12, 31));
        state.setRange(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));
        ExplorerViewModel explorer = new ExplorerViewModel(fx.ws.explore, state, org.salestrack.ui.TestRequests.SHARED, TaskExecutor.SAME_THREAD, 0);
        ExplorerData d = explorer.dataProperty().get();
        ExplorerRow south = d.rows().stream().filter(r -> r.key().equals("华南")).findFirst().orElseThrow();
        int march = d.periods().indexOf("2025-03");
        // one cell: 华南 in March 2025
        checkCell(explorer.cellSlice(south, march), south.periods().get(march));
        // one row: 华南 over the range, more than one page
        LinesViewModel row = checkCell(explorer.cellSlice(south, -1), south.total());
        assertThat(row.pageProperty().get()).isPositive();
        // the grand total: every counted line
        checkCell(explorer.cellSlice(d.total(), -1), d.total().total());
        explorer.close();
    }

    private static LinesViewModel checkCell(Slice slice, org.salestrack.model.cube.Measures figure) {
        LinesViewModel vm = new LinesViewModel(fx.ws.explore, TaskExecutor.SAME_THREAD, slice);
        List<StoredLine> lines = everyPage(vm);
        assertThat(lines).hasSize((int) figure.rows());
        assertThat(lines.stream().mapToLong(StoredLine::qty).sum()).isEqualTo(figure.qty());
        assertThat(lines.stream().mapToLong(StoredLine::amountE4).sum()).isEqualTo(figure.amountE4());
        assertThat(lines.stream().mapToLong(l -> l.marginE4() == null ? 0 : l.marginE4()).sum()).isEqualTo(figure.marginE4());
        assertThat(lines.stream().map(StoredLine::id).distinct().count()).as("no line twice across pages").isEqualTo(lines.size());
        assertThat(lines).allMatch(StoredLine::counted);
        // and independently of the store: the generated lines of the same slice
        List<ExploreFixture.Line> expected = fx.lines.stream().filter(l -> !l.date().isBefore(slice.from()) && !l.date().isAfter(slice.to()))
                .filter(l -> slice.keys(Dimension.REGION).isEmpty() || slice.keys(Dimension.REGION).contains(l.region())).toList();
        assertThat(lines.stream().mapToLong(StoredLine::amountE4).sum()).isEqualTo(expected.stream().mapToLong(ExploreFixture.Line::amountE4).sum());
        assertThat(vm.countedProperty().get()).isEqualTo(figure);
        return vm;
    }

    @Test
    void pagesFollowEachSortOverEveryLineWithoutGapsOrRepeats() {
        Slice all = Slice.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));
        LinesViewModel vm = new LinesViewModel(fx.ws.explore, TaskExecutor.SAME_THREAD, all);
        List<StoredLine> bySource = everyPage(vm);
        assertThat(bySource).hasSize(fx.lines.size());
        assertThat(bySource).extracting(StoredLine::sourceRow).isSorted();
        assertThat(bySource.get(0).file()).isEqualTo("explore-lines.csv");
        assertThat(bySource.get(0).sourceRow()).isEqualTo(2);
        for (LineSort sort : List.of(LineSort.QTY, LineSort.AMOUNT, LineSort.SOLD_AT, LineSort.MARGIN)) {
            for (boolean desc : new boolean[] {false, true}) {
                vm.sort(sort, desc);
                assertThat(vm.pageProperty().get()).as("a new order starts at the first page").isZero();
                List<StoredLine> lines = everyPage(vm);
                Set<Long> ids = new HashSet<>();
                lines.forEach(l -> ids.add(l.id()));
                assertThat(ids).as("%s %s", sort, desc).hasSize(fx.lines.size());
                List<Long> keys = lines.stream().map(l -> switch (sort) {
                    case QTY -> l.qty();
                    case AMOUNT -> l.amountE4();
                    case MARGIN -> l.marginE4();
                    default -> l.saleDate().toEpochDay();
                }).toList();
                if (desc) assertThat(keys).isSortedAccordingTo(java.util.Comparator.reverseOrder());
                else assertThat(keys).isSorted();
            }
        }
        // back through the pages: the cursors seen are kept
        vm.sort(LineSort.AMOUNT, true);
        List<StoredLine> first = List.copyOf(vm.lines());
        vm.next();
        vm.next();
        vm.previous();
        vm.previous();
        assertThat(vm.lines()).isEqualTo(first);
        assertThat(first.get(0).amountE4()).isEqualTo(fx.lines.stream().mapToLong(ExploreFixture.Line::amountE4).max().orElseThrow());
    }

    @Test
    void linesNotCountedAreListedOnRequestWithWhyTheyAreNot() {
        ExploreFixture.Line first = fx.lines.get(0);
        Slice day = Slice.of(first.date(), first.date());
        LinesViewModel vm = new LinesViewModel(fx.ws.explore, TaskExecutor.SAME_THREAD, day);
        List<StoredLine> counted = everyPage(vm);
        assertThat(counted).filteredOn(l -> "E00000".equals(l.orderId())).hasSize(1);
        vm.showNotCounted(true);
        List<StoredLine> all = everyPage(vm);
        assertThat(all).hasSize(counted.size() + 1);
        StoredLine dup = all.stream().filter(l -> l.file().equals("again.csv")).findFirst().orElseThrow();
        assertThat(dup.hold()).isEqualTo(LineHold.DUPLICATE);
        assertThat(dup.counted()).isFalse();
        assertThat(dup.sourceRow()).isEqualTo(2);
        assertThat(vm.countedProperty().get().amountE4()).isEqualTo(counted.stream().mapToLong(StoredLine::amountE4).sum());
        assertThat(Measure.REVENUE.of(vm.countedProperty().get())).isPositive();
    }
}
