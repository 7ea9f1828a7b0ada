package org.salestrack.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.model.RuleHit;
import org.salestrack.model.SaleFact;
import org.salestrack.model.Severity;
import org.salestrack.sample.PlantedProblems;
import org.salestrack.store.Workspace;
import org.salestrack.store.quality.QualityFactsReader;
import org.salestrack.store.quality.StoredWhy;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;

/**
 * Issue 23: a run streams the lines from the store in chunks and writes its findings as they come. On the committed
 * sample set it must find exactly what the same rules find over all the lines held in memory (as every run did before),
 * in the same order and with the planted counts of {@link SampleSetValidationTest}, store exactly those findings,
 * report progress that only grows, and leave the store untouched when cancelled.
 */
class StreamedValidationTest {
    private static final PlantedProblems PLANTED = PlantedProblems.SEED_42;

    @TempDir
    static Path dir;
    static Workspace workspace;
    static ValidationService service;
    static ValidationRun streamed;
    static ValidationReport inMemory;
    static long lineCount;
    static final List<long[]> progress = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void validateTheSamplesBothWays() throws Exception {
        workspace = SampleSetValidationTest.importSamples(dir);
        service = ValidationService.of(workspace).keepingHits();
        streamed = service.run(null, Map.of(), (done, total, message) -> progress.add(new long[] {done, total}), Cancellation.none());
        // the rules over every line in memory, as a run did before issue 23
        QualityFactsReader reader = new QualityFactsReader(workspace);
        List<SaleFact> lines = new ArrayList<>();
        reader.stream(null, 1_000, lines::addAll);
        ValidationInput input = new ValidationInput(lines, reader.sellIns(), reader.dealerStock(), reader.campaigns(), reader.rejects(),
                LocalDate.now());
        inMemory = RuleEngine.standard().run(input, service.settings());
        lineCount = lines.size();
    }

    @Test
    void theStreamedRunFindsExactlyWhatTheRulesFindOverTheLinesInMemory() {
        assertThat(inMemory.hits()).hasSizeGreaterThan(150);
        assertThat(streamed.report().counts()).isEqualTo(inMemory.counts());
        assertThat(streamed.report().hits()).containsExactlyElementsOf(inMemory.hits());
        assertThat(streamed.lines()).isEqualTo(lineCount);
    }

    @Test
    void theStreamedRunKeepsThePlantedCounts() {
        ValidationReport r = streamed.report();
        assertThat(r.count("duplicate-line", Severity.ERROR)).isEqualTo(PLANTED.duplicateLines());
        assertThat(r.count("store-spike", Severity.ERROR)).isEqualTo(PLANTED.storeSpikeDays());
        assertThat(r.count("night-burst", Severity.ERROR) + r.count("night-burst", Severity.WARNING)).isEqualTo(PLANTED.nightOrders());
        assertThat(r.count("night-burst", Severity.ERROR)).isEqualTo(PLANTED.nightOrdersByOneBuyer());
        assertThat(r.count("diversion", Severity.ERROR)).isEqualTo(PLANTED.diversionRows());
        assertThat(r.count("imei-duplicate", Severity.ERROR)).isEqualTo(PLANTED.imeiDuplicates());
        assertThat(r.count("imei-invalid", Severity.ERROR)).isEqualTo(PLANTED.imeiInvalid());
        assertThat(r.count("imei-waybill", Severity.ERROR)).isEqualTo(PLANTED.imeiTwoWaybills());
        assertThat(r.count("channel-stuffing", Severity.ERROR)).isEqualTo(PLANTED.stuffingMonths());
    }

    @Test
    void theStoreHoldsExactlyTheFindingsWithTheirLines() throws SQLException {
        List<String> expected = new ArrayList<>();
        for (RuleHit h : inMemory.hits()) {
            expected.add(String.join("|", h.rule(), h.severity().id(), h.fact(), String.valueOf(h.rowId()), String.valueOf(h.batchId()),
                    String.valueOf(h.sourceRow()), h.why(), h.hold() ? "1" : "0", h.relatedRowIds().toString()));
        }
        List<String> stored = new ArrayList<>();
        try (Connection c = workspace.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT i.rule, i.severity, i.fact, i.row_id, i.batch_id, i.src_row, i.why, i.hold, "
                     + "(SELECT '[' || COALESCE(group_concat(row_id, ', '), '') || ']' FROM (SELECT r.row_id FROM validation_issue_row r "
                     + "WHERE r.issue_id = i.id ORDER BY r.row_id)), i.why_key, i.why_args FROM validation_issue i WHERE i.status = 'open'")) {
            while (rs.next()) {
                // a finding worded by its message keeps the message alone; its English reads back from it
                stored.add(String.join("|", rs.getString(1), rs.getString(2), rs.getString(3), String.valueOf(rs.getObject(4)),
                        rs.getString(5), rs.getString(6), StoredWhy.english(rs.getString(7), rs.getString(10), rs.getString(11)),
                        rs.getString(8), rs.getString(9)));
            }
        }
        // a hit lists its related lines in input order, which is row id order, as the query does
        assertThat(stored).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(streamed.opened()).isEqualTo(inMemory.hits().size());
    }

    @Test
    void progressOnlyGrowsToTheEnd() {
        assertThat(progress).hasSizeGreaterThan(3);
        for (int k = 1; k < progress.size(); k++) assertThat(progress.get(k)[0]).isGreaterThanOrEqualTo(progress.get(k - 1)[0]);
        assertThat(progress.get(progress.size() - 1)).containsExactly(StreamedRun.ALL, StreamedRun.ALL);
    }

    @Test
    void aCancelledRunLeavesTheFindingsAsTheyWere() throws SQLException {
        String before = issuesAndHolds();
        Cancellation cancel = new Cancellation();
        ProgressListener cancelMidway = (done, total, message) -> {
            if (done > StreamedRun.KEYS_DONE) cancel.cancel();
        };

        assertThatThrownBy(() -> ValidationService.of(workspace).run(null, Map.of(), cancelMidway, cancel))
                .isInstanceOf(CancellationException.class);

        assertThat(issuesAndHolds()).isEqualTo(before);
    }

    private static String issuesAndHolds() throws SQLException {
        try (Connection c = workspace.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) || '/' || COALESCE(SUM(hold), 0) || '/' || COALESCE(MAX(id), 0) "
                     + "FROM validation_issue), (SELECT COUNT(*) FROM validation_issue_row), "
                     + "(SELECT group_concat(hold || ':' || n) FROM (SELECT hold, COUNT(*) n FROM sale GROUP BY hold ORDER BY hold)), "
                     + "(SELECT SUM(qty) FROM sale_day)")) {
            rs.next();
            return rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4);
        }
    }
}
