package org.salestrack.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.model.report.DetailFeed;
import org.salestrack.model.report.DetailLine;
import org.salestrack.model.report.MonthMatrix;
import org.salestrack.model.report.MonthTotals;
import org.salestrack.model.report.Provenance;
import org.salestrack.model.report.ReportRequest;
import org.salestrack.model.report.ReportSection;
import org.salestrack.model.report.SalesReportData;
import org.salestrack.task.TaskExecutor;

/** The task the Reports screen runs: one progress bar from load to save, cancel, and the file as result. */
class SalesReportTaskTest {
    private static final YearMonth MONTH = YearMonth.of(2025, 3);

    private static SalesReportData data(ReportRequest request, int lines) {
        List<DetailLine> detail = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            detail.add(new DetailLine(LocalDateTime.of(2025, 3, 1, 0, 0).plusMinutes(i), "O" + i, 1, "JD", "online", null, null, "华北",
                    "北京", "北京", "S", "P", "X", 1, 100, 100, 20L, 1, i + 2));
        }
        MonthMatrix none = new MonthMatrix(List.of(MONTH), List.of());
        return new SalesReportData(request, MONTH, List.of(MONTH), List.of(new MonthTotals(MONTH, lines, lines, lines, 100L * lines, 20L * lines)),
                none, none, none, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                new Provenance("ws.db", LocalDateTime.of(2025, 4, 1, 9, 0), "test", "2025-03-01", "2025-03-31", "counted"),
                DetailFeed.of(detail));
    }

    @Test
    void progressRisesFromLoadThroughTheDetailToDoneAndTheResultIsTheFile(@TempDir Path dir) throws Exception {
        ReportWorkspace.ensureTempDir();
        ReportRequest request = new ReportRequest(MONTH, EnumSet.of(ReportSection.SUMMARY, ReportSection.DETAIL));
        Path out = dir.resolve("r.xlsx");
        List<Long> seen = new ArrayList<>();
        List<Path> recorded = new ArrayList<>();
        AtomicReference<SalesReportTask> ref = new AtomicReference<>();
        SalesReportTask task = new SalesReportTask((r, l, p, c) -> {
            p.progress(4, 8, "regions");
            seen.add(ref.get().done());
            return data(r, 10_000);
        }, (file, d) -> recorded.add(file), request, Locale.ENGLISH, out, 4_000);
        ref.set(task);
        AtomicReference<Path> result = new AtomicReference<>();
        TaskExecutor.SAME_THREAD.execute(task, result::set, e -> { throw new AssertionError(e); });
        assertThat(seen).containsExactly(50L);
        assertThat(result.get()).isEqualTo(out);
        assertThat(recorded).containsExactly(out);
        assertThat(task.done()).isEqualTo(task.total()).isEqualTo(1000);
        assertThat(task.fraction()).isEqualTo(1.0);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(wb.getNumberOfSheets()).as("summary and three detail sheets of 3,999 lines").isEqualTo(4);
        }
    }

    @Test
    void cancelBeforeWritingLeavesNoFile(@TempDir Path dir) {
        Path out = dir.resolve("r.xlsx");
        ReportRequest request = new ReportRequest(MONTH, EnumSet.of(ReportSection.SUMMARY));
        AtomicReference<SalesReportTask> ref = new AtomicReference<>();
        SalesReportTask task = new SalesReportTask((r, l, p, c) -> {
            ref.get().cancel();
            return data(r, 1);
        }, (file, d) -> { throw new AssertionError("a cancelled export is not recorded"); }, request, Locale.ENGLISH, out, 100);
        ref.set(task);
        AtomicReference<Throwable> error = new AtomicReference<>();
        TaskExecutor.SAME_THREAD.execute(task, p -> { }, error::set);
        assertThat(error.get()).isInstanceOf(CancellationException.class);
        assertThat(out).doesNotExist();
    }
}
