package org.salestrack.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.cli.CliRunner;
import org.salestrack.ingest.IngestFixture;
import org.salestrack.model.Alert;
import org.salestrack.model.ForecastPoint;
import org.salestrack.model.IssueFilter;
import org.salestrack.model.StoredForecast;
import org.salestrack.model.ValidationIssue;
import org.salestrack.model.cube.Slice;
import org.salestrack.store.Alerts;
import org.salestrack.store.ForecastRuns;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import org.salestrack.ui.TestWorkspace;
import org.salestrack.validate.ValidationService;

/** Issue 11 #2 / 12 #3 on the command line: {@code import} runs the rules and forecast tracking without being asked. */
class ImportPipelineTest {
    private static final IssueFilter ALL = new IssueFilter(null, null, null, null, 100, 0);

    @TempDir
    Path dir;

    private Path copy(String name) throws Exception {
        Path p = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/validate/" + name)) {
            Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
        }
        return p;
    }

    @Test
    void theImportCommandLeavesTheNewBatchValidated() throws Exception {
        Path ws = dir.resolve("qa.db");
        CliRunner r = CliRunner.run("import", "--workspace", ws.toString(), "--profile", copy("qa-profile.json").toString(),
                copy("qa-sales.csv").toString());
        assertThat(r.exit).isZero();
        assertThat(r.err).contains("data quality: 2 findings on the new batches (2 open, 0 already reviewed)");
        List<ValidationIssue> issues = ValidationService.of(Workspace.open(ws)).issues(ALL);
        // the same two findings the Data quality screen's "Run validation" finds in this file (QualityScreenFxTest)
        assertThat(issues).hasSize(2).extracting(ValidationIssue::rule).contains("imei-invalid");
        assertThat(issues).allSatisfy(i -> assertThat(i.batchId()).isEqualTo(1L));
        // importing it again stores nothing and runs nothing
        CliRunner again = CliRunner.run("import", "--workspace", ws.toString(), "--profile", copy("qa-profile.json").toString(),
                copy("qa-sales.csv").toString());
        assertThat(again.err).doesNotContain("data quality:");
    }

    @Test
    void theImportCommandTracksKeptForecastsAndRaisesTheirAlerts() throws Exception {
        Path ws = dir.resolve("pos.db");
        new ForecastRuns(Workspace.open(ws)).save(List.of(new StoredForecast(0, null, "province", "北京", "naive",
                "{\"modelKey\":\"naive\"}", 2, 12, null, List.of(
                new ForecastPoint(1, "2024-03", 10, 8.0, 10.0, 12.0, null),
                new ForecastPoint(2, "2024-04", 3, 2.0, 3.0, 4.0, null)))));
        CliRunner r = CliRunner.run("import", "--workspace", ws.toString(), "--profile", IngestFixture.resource("pos-profile.json").toString(),
                IngestFixture.resource("pos-good.csv").toString());
        assertThat(r.exit).isZero();
        // March is the only complete month (the last sale is 2024-04-20): 1 unit in 北京 against 10 forecast
        assertThat(r.err).contains("forecast tracking: 1 series compared with their actuals, 1 alerts raised, ");
        List<Alert> alerts = new Alerts(Workspace.open(ws)).list("open");
        assertThat(alerts).singleElement().satisfies(a -> assertThat(a.subject()).isEqualTo("forecast:province:北京:2024-03"));
    }

    /** The workbench's rollups are current after an import and after its undo, without the screen asking. */
    @Test
    void anImportAndItsUndoLeaveTheRollupsCurrent() throws Exception {
        TestWorkspace ws = TestWorkspace.create(Files.createDirectories(dir.resolve("u")), true);
        Slice all = Slice.of(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1));
        long before = ws.explore.totals(all).rows();
        ImportPipeline.Imported extra = ws.pipeline.importFiles(List.of(TestWorkspace.copy("sales-extra.csv", dir)), null,
                ProgressListener.NONE, Cancellation.none());
        assertThat(extra.followUp().batches()).hasSize(1);
        assertThat(ws.explore.stale()).isFalse();
        assertThat(ws.explore.totals(all).rows()).isEqualTo(before + 12);
        ws.pipeline.undo(extra.files().get(0).result().batchId(), ProgressListener.NONE);
        assertThat(ws.explore.stale()).isFalse();
        assertThat(ws.explore.totals(all).rows()).isEqualTo(before);
    }
}
