package org.salestrack.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.model.report.ReportRequest;
import org.salestrack.model.report.ReportSection;
import org.salestrack.analytics.workbook.SalesWorkbookBuilder;
import org.salestrack.report.SalesWorkbookWriter;
import org.salestrack.report.WorkbookCells;
import org.salestrack.sample.FeedbackSamples;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import org.salestrack.ui.TestWorkspace;

/**
 * The workbook's Feedback sheet on the national store (the store holds the published reviews and tickets since
 * national V11): cell for cell the sheet of the workspace that published them, with its sales to place the reviews.
 */
class NationalFeedbackReportTest {
    private static final YearMonth JUNE = YearMonth.of(2025, 6);

    @TempDir
    Path dir;

    private XSSFWorkbook feedbackSheet(Workspace ws, String name) throws Exception {
        Path out = dir.resolve(name + ".xlsx");
        new SalesWorkbookBuilder(ws, "SalesTrack test", SalesWorkbookWriter::writeWorkbook)
                .build(new ReportRequest(JUNE, Set.of(ReportSection.FEEDBACK)), Locale.ENGLISH, out, ProgressListener.NONE, Cancellation.none());
        return WorkbookCells.open(out);
    }

    @Test
    void theStoresFeedbackSheetEqualsTheWorkspacesCellForCell() throws Exception {
        Path samples = Path.of("samples");
        TestWorkspace local = NationalPublishTest.workspace(dir.resolve("ws"), samples.resolve("master/products.csv"),
                samples.resolve("master/dealers.csv"), samples.resolve("master/stores.csv"),
                samples.resolve("online/tmall-orders-2024-01_2025-06.csv"), samples.resolve(FeedbackSamples.TMALL_REVIEWS),
                samples.resolve(FeedbackSamples.JD_REVIEWS), samples.resolve(FeedbackSamples.TICKETS));
        ServerAddress at = NationalServers.newDatabase();
        NationalStore store = NationalStore.open(at);
        new Publisher(local.workspace, store).publish();
        assertThat(NationalPublishTest.count(at, "SELECT COUNT(*) FROM review")).isEqualTo(949 + 1732);
        assertThat(store.workspace().sql().reportSections()).contains(ReportSection.FEEDBACK);

        try (XSSFWorkbook onSqlite = feedbackSheet(local.workspace, "local"); XSSFWorkbook onStore = feedbackSheet(store.workspace(), "hq")) {
            List<String> cells = WorkbookCells.of(onStore, "Feedback");
            assertThat(cells).hasSizeGreaterThan(50).isEqualTo(WorkbookCells.of(onSqlite, "Feedback"));
        }
    }
}
