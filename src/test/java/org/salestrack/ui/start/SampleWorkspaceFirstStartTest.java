package org.salestrack.ui.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.app.WorkspaceServices;
import org.salestrack.model.IssueCount;
import org.salestrack.model.IssueFilter;
import org.salestrack.model.SummaryRow;
import org.salestrack.store.SummaryQuery;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import org.salestrack.task.TaskExecutor;
import org.salestrack.validate.ValidationService;

/**
 * Issue 11 #2: the sample workspace opened from the first-start screen is validated already. It holds the
 * findings `demo` prints for the committed samples (203: the planted problems of samples/README.md plus 4
 * night-burst, 81 isolation-forest and 1 STL warnings), and 2025 shows what it shows after "Run validation":
 * README's 140,472 units / ¥509,675,313 less the lines the error findings hold out.
 */
class SampleWorkspaceFirstStartTest {
    private static final IssueFilter ALL = new IssueFilter(null, null, null, null, 1000, 0);

    @TempDir
    Path dir;

    @Test
    void theSampleWorkspaceOpensWithItsFindingsAndTheirHoldsInTheTotals() {
        AtomicReference<OpenedWorkspace> ready = new AtomicReference<>();
        Path sampleWs = dir.resolve("sample-workspace.db");
        FirstStartViewModel vm = new FirstStartViewModel(dir.resolve("workspace.db"), sampleWs, Path.of("samples").toAbsolutePath(),
                WorkspaceServices::open, TaskExecutor.SAME_THREAD, ready::set);
        vm.openSamples();
        assertThat(vm.problemProperty().get()).isNull();
        assertThat(ready.get()).isNotNull();

        Workspace ws = Workspace.open(sampleWs);
        ValidationService quality = ValidationService.of(ws);
        assertThat(quality.issues(ALL)).hasSize(203);
        long errors = quality.issueCounts(ALL).stream().filter(c -> c.severity() == org.salestrack.model.Severity.ERROR)
                .mapToLong(IssueCount::count).sum();
        assertThat(errors).isEqualTo(90 + 1 + 8 + 6 + 4 + 3 + 2 + 3);
        SummaryRow y2025 = year2025(ws);
        assertThat(y2025.qty()).isEqualTo(140_229);
        assertThat(y2025.amount().toPlainString()).isEqualTo("508826163.00");
        // the workbench's own rollups agree with the store's totals
        var span = ready.get().explore().span().orElseThrow();
        assertThat(ready.get().explore().totals(span.withRange(java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2025, 12, 31))).qty())
                .isEqualTo(140_229);

        // "Run validation" on the screen changes nothing now
        quality.run(null, Map.of(), ProgressListener.NONE, Cancellation.none());
        assertThat(quality.issues(ALL)).hasSize(203);
        assertThat(year2025(ws).qty()).isEqualTo(140_229);
        assertThat(year2025(ws).amount().toPlainString()).isEqualTo("508826163.00");
    }

    private static SummaryRow year2025(Workspace ws) {
        return new SummaryQuery(ws).run(List.of("year"), null, null).stream().filter(r -> r.keys().get(0).equals("2025")).findFirst()
                .orElseThrow();
    }
}
