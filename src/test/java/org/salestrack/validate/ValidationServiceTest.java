package org.salestrack.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.ingest.profile.ProfileCodec;
import org.salestrack.ingest.read.ImportReasons;
import org.salestrack.model.BatchQuality;
import org.salestrack.model.ImportReject;
import org.salestrack.model.IssueDetail;
import org.salestrack.model.IssueFilter;
import org.salestrack.model.IssueStatus;
import org.salestrack.model.Message;
import org.salestrack.model.Severity;
import org.salestrack.model.SummaryRow;
import org.salestrack.model.ValidationIssue;
import org.salestrack.store.quality.QualityFactsReader;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;

class ValidationServiceTest {
    @TempDir
    Path dir;
    QualityFixture fx;

    @BeforeEach
    void importSales() throws Exception {
        fx = new QualityFixture(dir);
    }

    private ValidationRun validate() {
        return fx.service.run(null, Map.of(), ProgressListener.NONE, Cancellation.none());
    }

    private ValidationIssue issue(String rule) {
        return fx.service.issues(IssueFilter.all().withRule(rule)).get(0);
    }

    private void assertTotals(long rows, long qty, String amount) throws Exception {
        SummaryRow t = fx.total();
        assertThat(List.of(t.rows(), t.qty())).containsExactly(rows, qty);
        assertThat(t.amount()).isEqualByComparingTo(new BigDecimal(amount));
        assertThat(fx.rollup()).containsExactly(rows, qty, new BigDecimal(amount).movePointRight(4).longValueExact());
    }

    @Test
    void heldLinesLeaveTheTotalsUntilAcceptedAndRejectedOnesNeverComeBack() throws Exception {
        assertTotals(4, 5, "4500.00");

        ValidationRun run = validate();

        assertThat(run.report().counts()).containsExactly(
                new RuleCount("imei-invalid", Severity.ERROR, 1), new RuleCount("imei-duplicate", Severity.ERROR, 1));
        assertThat(run.opened()).isEqualTo(2);
        assertTotals(2, 2, "1500.00");

        assertThat(fx.service.accept(List.of(issue("imei-invalid").id()), "typo in the till, device is real")).isEqualTo(1);
        assertTotals(3, 3, "2500.00");

        assertThat(fx.service.reject(List.of(issue("imei-duplicate").id()), "resold device")).isEqualTo(1);
        assertTotals(3, 3, "2500.00");
        assertThat(fx.longs("SELECT hold FROM sale WHERE order_id = 'R3'")).containsExactly(3);
    }

    @Test
    void reRunningKeepsReviewedDecisionsAndDoesNotRaiseThemAgain() throws Exception {
        validate();
        fx.service.accept(List.of(issue("imei-invalid").id()), "checked");

        ValidationRun again = validate();

        assertThat(again.opened()).isEqualTo(1);
        assertThat(again.alreadyReviewed()).isEqualTo(1);
        assertThat(fx.service.issueCounts(IssueFilter.all())).extracting(c -> c.rule() + " " + c.status().id() + " " + c.count())
                .containsExactly("imei-duplicate open 1", "imei-invalid accepted 1");
        assertTotals(3, 3, "2500.00");
    }

    @Test
    void aRunLimitedToOneBatchReplacesOnlyThatBatchsOpenIssues() throws Exception {
        validate();
        ValidationRun other = fx.service.run(fx.imported.batchId() + 1000, Map.of(), ProgressListener.NONE, Cancellation.none());

        assertThat(other.report().hits()).isEmpty();
        assertThat(fx.service.issues(IssueFilter.all().withStatus(IssueStatus.OPEN))).hasSize(2);
        assertTotals(2, 2, "1500.00");
    }

    @Test
    void aRulesOverrideCanTurnARuleOffForOneRun() throws Exception {
        ValidationRun run = fx.service.run(null, Map.of("imei-invalid", new RuleSetting(false, null, Map.of())),
                ProgressListener.NONE, Cancellation.none());

        assertThat(run.report().counts()).extracting(RuleCount::rule).containsExactly("imei-duplicate");
        assertTotals(3, 3, "2500.00");
    }

    @Test
    void anIssueKeepsItsEnglishWhyAndTheMessageItWasWordedFrom() {
        validate();
        ValidationIssue invalid = issue("imei-invalid");

        assertThat(invalid.why())
                .isEqualTo("IMEI 490154203237519 fails the Luhn check: its last digit is 9 but the first 14 digits need 8.");
        assertThat(invalid.message()).isEqualTo(Message.of("rule.imei_invalid.luhn", "490154203237519", "9", "8"));
        assertThat(issue("imei-duplicate").message().keys()).containsExactly("rule.imei_duplicate", "rule.where");
    }

    @Test
    void theDetailShowsTheLineAndItsNeighboursInTheFile() {
        validate();
        ValidationIssue invalid = issue("imei-invalid");

        IssueDetail detail = fx.service.detail(invalid.id(), 1);

        assertThat(invalid.sourceRow()).isEqualTo(3);
        assertThat(invalid.fileName()).isEqualTo("qa-sales.csv");
        assertThat(invalid.why()).isEqualTo("IMEI 490154203237519 fails the Luhn check: its last digit is 9 but the first 14 "
                + "digits need 8.");
        assertThat(detail.lines()).singleElement().satisfies(r -> {
            assertThat(r.fields()).containsEntry("order_id", "R2").containsEntry("imei", "490154203237519")
                    .containsEntry("amount", "1000.00").containsEntry("hold", "2");
        });
        assertThat(detail.neighbours()).extracting(r -> r.fields().get("order_id")).containsExactly("R1", "R2", "R3");
    }

    @Test
    void theBatchScoreCountsErrorLinesAndGivesAcceptedOnesBack() {
        validate();
        assertThat(fx.service.quality()).singleElement().extracting(BatchQuality::errorLines, BatchQuality::score)
                .containsExactly(2L, 50.0);

        fx.service.accept(List.of(issue("imei-invalid").id()), "ok");

        assertThat(fx.service.quality()).singleElement().extracting(BatchQuality::errorLines, BatchQuality::score)
                .containsExactly(1L, 75.0);
    }

    @Test
    void ruleChangesAreSavedCheckedAndAudited() throws Exception {
        fx.service.saveSetting("store-spike", new RuleSetting(true, Severity.WARNING, Map.of("maxRatio", 2.5)));

        assertThat(fx.service.settings().get("store-spike")).isEqualTo(new RuleSetting(true, Severity.WARNING,
                Map.of("maxRatio", 2.5, "windowDays", 28, "minUnits", 30, "minHistoryDays", 14)));
        assertThat(fx.service.parameters("store-spike").decimal("maxRatio")).isEqualTo(2.5);
        assertThat(fx.text("SELECT detail FROM audit_log WHERE action = 'rule-change'")).isEqualTo("defaults -> on, severity "
                + "warning, params {\"maxRatio\":2.5,\"windowDays\":28,\"minUnits\":30,\"minHistoryDays\":14}");
        assertThatThrownBy(() -> fx.service.saveSetting("store-spike", new RuleSetting(true, null, Map.of("maxRatio", 0))))
                .hasMessage("rule 'store-spike': parameter 'maxRatio' must lie between 1 and 1000, not 0");
    }

    @Test
    void aRowTheImporterCouldNotStoreIsListedAsRequiredWithItsRawCells() throws Exception {
        StringBuilder csv = new StringBuilder("receipt,line,time,store,sku,qty,amount,province,imei\n");
        for (int i = 1; i <= 20; i++) {
            csv.append("Q").append(i).append(",1,2025-04-0").append(1 + i % 9).append(" 10:00:00,S03,P10,1,100.00,广东省,\n");
        }
        csv.append("Q21,1,2025-04-31 10:00:00,S03,P10,1,100.00,广东省,\n");
        Path file = dir.resolve("with-bad-row.csv");
        Files.writeString(file, csv);
        fx.ingest.importFile(file, ProfileCodec.read(QualityFixture.resource(dir, "qa-profile.json")));

        ValidationRun run = validate();

        assertThat(run.report().hits("required")).singleElement().satisfies(h -> {
            assertThat(h.fact()).isEqualTo("import");
            assertThat(h.rowId()).isNull();
            assertThat(h.fileName()).isEqualTo("with-bad-row.csv");
            assertThat(h.sourceRow()).isEqualTo(22);
            assertThat(h.why()).startsWith("Not stored: ").contains("2025-04-31");
            assertThat(h.hold()).isFalse();
        });
        ValidationIssue required = issue("required");
        var detail = fx.service.detail(required.id(), 2);
        // the row as the file had it, one field per column, then why it was not stored
        assertThat(detail.lines()).singleElement().satisfies(r -> {
            assertThat(r.fields().get("receipt")).isEqualTo("Q21");
            assertThat(r.fields().get("time")).isEqualTo("2025-04-31 10:00:00");
            assertThat(r.fields().get("reason")).contains("2025-04-31");
        });
        // the stored rows around it in the file, not the row itself again
        assertThat(detail.neighbours()).extracting(org.salestrack.model.SourceRow::sourceRow).containsExactly(20, 21);
    }

    private static final ResourceBundle ZH = ResourceBundle.getBundle("i18n.messages", Locale.SIMPLIFIED_CHINESE,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private static String zh(Message m) {
        return m.format(ZH::getString, Locale.SIMPLIFIED_CHINESE);
    }

    private void importOneBadDate() throws Exception {
        StringBuilder csv = new StringBuilder("receipt,line,time,store,sku,qty,amount,province,imei\n");
        for (int i = 1; i <= 20; i++) {
            csv.append("Q").append(i).append(",1,2025-04-0").append(1 + i % 9).append(" 10:00:00,S03,P10,1,100.00,广东省,\n");
        }
        csv.append("Q21,1,2025-04-31 10:00:00,S03,P10,1,100.00,广东省,\n");
        Path file = dir.resolve("with-bad-row.csv");
        Files.writeString(file, csv);
        fx.ingest.importFile(file, ProfileCodec.read(QualityFixture.resource(dir, "qa-profile.json")));
    }

    private static final String BAD_DATE_REASON =
            "row 22, column 'time', value '2025-04-31 10:00:00': not a date: no such date (expected yyyy-MM-dd HH:mm:ss)";

    @Test
    void aQuarantinedRowKeepsItsEnglishReasonAndItsKeyAndArguments() throws Exception {
        importOneBadDate();

        assertThat(fx.text("SELECT reason FROM quarantine")).isEqualTo(BAD_DATE_REASON);
        assertThat(fx.text("SELECT reason_key FROM quarantine")).isEqualTo("import.reason.row_error");
        ImportReject read = new QualityFactsReader(fx.ingest.workspace).rejects().get(0);
        assertThat(read.reason()).isEqualTo(BAD_DATE_REASON);
        assertThat(read.why().keys()).containsExactly("import.reason.row_error", "import.reason.at_row",
                "import.reason.at_column", "import.reason.at_value", "import.reason.not_a_date",
                "import.reason.date_no_such_date", "import.reason.date_expected");
        assertThat(read.why().english()).isEqualTo(BAD_DATE_REASON);
    }

    @Test
    void aRequiredIssueReadsWhollyInChineseAndItsEnglishIsUnchanged() throws Exception {
        importOneBadDate();

        validate();

        ValidationIssue required = issue("required");
        assertThat(required.why()).isEqualTo("Not stored: " + BAD_DATE_REASON + ".");
        assertThat(required.message().english()).isEqualTo(required.why());
        assertThat(zh(required.message())).isEqualTo(
                "未入库：第 22 行，列“time”，值“2025-04-31 10:00:00”：不是日期：不存在这一天（应为 yyyy-MM-dd HH:mm:ss）。");
    }

    @Test
    void aRowQuarantinedBeforeReasonsHadKeysIsShownWithItsEnglishReason() throws Exception {
        importOneBadDate();
        try (Connection c = fx.ingest.workspace.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE quarantine SET reason_key = NULL, reason_args = NULL");
        }

        validate();

        ValidationIssue required = issue("required");
        assertThat(required.why()).isEqualTo("Not stored: " + BAD_DATE_REASON + ".");
        assertThat(required.message()).isEqualTo(Message.of("rule.required", ImportReasons.verbatim(BAD_DATE_REASON)));
        assertThat(zh(required.message())).isEqualTo("未入库：" + BAD_DATE_REASON + "。");
    }

    @Test
    void reviewsAreAudited() throws Exception {
        validate();
        fx.service.reject(List.of(issue("imei-duplicate").id()), "resold device");

        assertThat(fx.text("SELECT subject || ': ' || detail FROM audit_log WHERE action = 'review'"))
                .isEqualTo("issue " + issue("imei-duplicate").id() + ": rejected 1 issue(s): resold device");
    }
}
