package org.salestrack.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.workbook.SalesWorkbookBuilder;
import org.salestrack.report.SalesWorkbookWriter;
import org.salestrack.model.report.ReportRequest;
import org.salestrack.model.report.ReportSection;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;

/** Issue 23: the workbook's progress went backwards at "Saving", and Cancel waited for a stage to end. */
class WorkbookProgressTest {
    @TempDir
    Path tmp;

    private record Step(long done, long total, String message) {}

    @Test
    void progressOnlyGoesForwardFromLoadingThroughTheDetailToSavingAndEndsFull() throws Exception {
        Workspace ws = ReportWorkspace.build(tmp);
        List<Step> steps = new ArrayList<>();
        new SalesWorkbookBuilder(ws, "test", SalesWorkbookWriter::writeWorkbook).build(new ReportRequest(YearMonth.of(2025, 3), ReportSection.all()), Locale.ENGLISH,
                tmp.resolve("r.xlsx"), (d, t, m) -> steps.add(new Step(d, t, m)), new Cancellation());

        for (int i = 1; i < steps.size(); i++) {
            assertThat(steps.get(i).done()).as("step %d %s after %s", i, steps.get(i), steps.get(i - 1)).isGreaterThanOrEqualTo(steps.get(i - 1).done());
        }
        assertThat(steps).allSatisfy(s -> assertThat(s.total()).isEqualTo(SalesWorkbookBuilder.STEPS));
        assertThat(steps.get(steps.size() - 1).done()).isEqualTo(SalesWorkbookBuilder.STEPS);
        List<String> messages = steps.stream().map(Step::message).toList();
        assertThat(messages).containsSubsequence("orders", "regions", "Writing summary sheets", "Reading the 9 detail lines of the month",
                "Saving the workbook");
        Step saving = steps.stream().filter(s -> s.message().equals("Saving the workbook")).findFirst().orElseThrow();
        assertThat(saving.done()).isGreaterThan(SalesWorkbookBuilder.STEPS / 2);
    }

    @Test
    void aCancelDuringAStageStopsTheBuildBeforeTheNextAndWritesNoFile() throws Exception {
        Workspace ws = ReportWorkspace.build(tmp);
        Cancellation cancel = new Cancellation();
        List<String> after = new ArrayList<>();
        Path out = tmp.resolve("r.xlsx");
        assertThatThrownBy(() -> new SalesWorkbookBuilder(ws, "test", SalesWorkbookWriter::writeWorkbook).build(new ReportRequest(YearMonth.of(2025, 3), ReportSection.all()),
                Locale.ENGLISH, out, (d, t, m) -> {
                    if (cancel.isCancelled()) after.add(m);
                    if (m.equals("regions")) cancel.cancel();
                }, cancel)).isInstanceOf(CancellationException.class);
        assertThat(after).doesNotContain("provinces", "series", "Saving the workbook");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void aCancelWhileSavingLeavesNoFile() throws Exception {
        Workspace ws = ReportWorkspace.build(tmp);
        Cancellation cancel = new Cancellation();
        Path out = tmp.resolve("r.xlsx");
        assertThatThrownBy(() -> new SalesWorkbookBuilder(ws, "test", SalesWorkbookWriter::writeWorkbook).build(new ReportRequest(YearMonth.of(2025, 3), ReportSection.all()),
                Locale.ENGLISH, out, (d, t, m) -> {
                    if (m.equals("Saving the workbook")) cancel.cancel();
                }, cancel)).isInstanceOf(CancellationException.class);
        assertThat(Files.exists(out)).isFalse();
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    /** Issue 23: after an export the next workbook (or Cancel) waited for the rollups to be checked month by month. */
    @Test
    void exportingAWorkbookOrKeepingAForecastLeavesTheRollupsCurrent() throws Exception {
        Workspace ws = ReportWorkspace.build(tmp);
        org.salestrack.store.cube.CubeRollups rollups = new org.salestrack.store.cube.CubeRollups(ws);
        rollups.refresh(new Cancellation());
        new SalesWorkbookBuilder(ws, "test", SalesWorkbookWriter::writeWorkbook).build(new ReportRequest(YearMonth.of(2025, 3), ReportSection.all()), Locale.ENGLISH,
                tmp.resolve("r.xlsx"), (d, t, m) -> { }, new Cancellation());
        ReportWorkspace.addForecasts(ws);
        new org.salestrack.store.AuditLog(ws).record("forecast", "region", "kept");
        assertThat(rollups.stale()).isFalse();
        new org.salestrack.store.AuditLog(ws).record("review", "issue 1", "rejected");
        assertThat(rollups.stale()).as("an audit entry that moved no sale").isFalse();
        try (java.sql.Connection c = ws.connect(); java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE sale_day SET qty = qty + 1 WHERE sale_date = (SELECT MIN(sale_date) FROM sale_day)");
        }
        assertThat(rollups.stale()).as("a change to the counted sales").isTrue();
    }
}
