package org.salestrack.ui.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.ingest.ImportPolicy;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.ProfileCodec;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.model.IssueStatus;
import org.salestrack.model.SummaryRow;
import org.salestrack.model.ValidationIssue;
import org.salestrack.store.SummaryQuery;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import org.salestrack.task.TaskExecutor;
import org.salestrack.validate.RuleSetting;
import org.salestrack.validate.MassHold;
import org.salestrack.validate.ValidationService;

/**
 * The Data quality screen's logic without a stage, on validate/qa-sales.csv: four lines, 5 units,
 * 4,500.00, of which one has an invalid IMEI and one resells another's device.
 */
class QualityViewModelTest {
    @TempDir
    Path dir;
    Workspace ws;
    QualityViewModel vm;
    AtomicInteger changed = new AtomicInteger();

    @BeforeEach
    void importAndValidate() throws Exception {
        ws = Workspace.open(dir.resolve("w.db"));
        ImportService imports = new ImportService(ws, ProfileLibrary.load(dir.resolve("profiles")), ImportPolicy.DEFAULT);
        imports.importFile(copy("qa-sales.csv"), ProfileCodec.read(copy("qa-profile.json")), ProgressListener.NONE, Cancellation.none());
        vm = new QualityViewModel(ValidationService.of(ws), org.salestrack.ui.TestRequests.SHARED, TaskExecutor.SAME_THREAD, TaskExecutor.SAME_THREAD, changed::incrementAndGet, 0);
        assertThat(ValidationService.of(ws).quality()).singleElement().satisfies(b -> assertThat(b.validated()).isFalse());
        vm.runValidation("validate", asked::add);
    }

    /** Each rule fires on a quarter of the four lines, over the 5% a rule may hold without asking; the test says yes. */
    final List<MassHold> asked = new java.util.ArrayList<>() {
        @Override
        public boolean add(MassHold m) {
            super.add(m);
            return true;
        }
    };

    private Path copy(String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/validate/" + name)) {
            Path p = dir.resolve(name);
            Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
            return p;
        }
    }

    private SummaryRow total() { return new SummaryQuery(ws).run(List.of(), null, null).get(0); }

    @Test
    void validationListsTheOpenIssuesWithTheirExplanationSourceRowAndNeighbours() {
        assertThat(vm.messageProperty().get()).isEqualTo(org.salestrack.model.Message.of("quality.ran", 2));
        assertThat(changed.get()).isEqualTo(1);
        assertThat(vm.issues()).extracting(ValidationIssue::rule).containsExactlyInAnyOrder("imei-invalid", "imei-duplicate");
        assertThat(vm.openIssuesProperty().get()).isEqualTo(2);
        assertThat(vm.batches()).singleElement().satisfies(b -> assertThat(b.score()).isLessThan(100));
        ValidationIssue invalid = vm.issues().stream().filter(i -> i.rule().equals("imei-invalid")).findFirst().orElseThrow();
        vm.selectedProperty().set(invalid);
        var d = vm.detailProperty().get();
        assertThat(d.issue().why()).contains("490154203237519");
        assertThat(d.lines()).singleElement().satisfies(r -> assertThat(r.sourceRow()).isEqualTo(invalid.sourceRow()));
        assertThat(d.neighbours()).hasSizeGreaterThan(1);
        vm.ruleProperty().set("imei-duplicate");
        assertThat(vm.issues()).extracting(ValidationIssue::rule).containsExactly("imei-duplicate");
    }

    @Test
    void acceptingAnIssueBringsItsLinesBackIntoTheTotalAndRejectingKeepsThemOut() {
        assertThat(total().amount()).isEqualByComparingTo("1500.00");
        ValidationIssue invalid = vm.issues().stream().filter(i -> i.rule().equals("imei-invalid")).findFirst().orElseThrow();
        vm.commentProperty().set("typo at the till");
        vm.review(List.of(invalid), true);
        assertThat(vm.commentProperty().get()).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo(org.salestrack.model.Message.of("quality.accepted.one"));
        assertThat(total().amount()).isEqualByComparingTo("2500.00");
        assertThat(total().qty()).isEqualTo(3);
        assertThat(changed.get()).isEqualTo(2);
        assertThat(vm.issues()).extracting(ValidationIssue::rule).containsExactly("imei-duplicate");
        vm.commentProperty().set("resold");
        vm.review(List.copyOf(vm.issues()), false);
        assertThat(total().amount()).isEqualByComparingTo("2500.00");
        vm.statusProperty().set(IssueStatus.REJECTED);
        assertThat(vm.issues()).singleElement().satisfies(i -> assertThat(i.comment()).isEqualTo("resold"));
        assertThat(vm.openIssuesProperty().get()).isZero();
    }

    @Test
    void theRunAskedForEachRuleHoldingTooManyLinesAndTheBatchIsNowValidated() {
        assertThat(asked).extracting(MassHold::rule).containsExactly("imei-invalid", "imei-duplicate");
        assertThat(asked.get(0).lines()).isEqualTo(1);
        assertThat(asked.get(0).totalLines()).isEqualTo(4);
        assertThat(vm.batches()).singleElement().satisfies(b -> assertThat(b.validated()).isTrue());
    }

    @Test
    void aRuleRefusedAtTheQuestionKeepsItsFindingsButHoldsNothing() {
        vm.statusProperty().set(null);
        vm.runValidation("again", m -> !m.rule().equals("imei-invalid"));
        assertThat(vm.messageProperty().get()).isEqualTo(org.salestrack.model.Message.of("quality.ran.not.held", "2",
                org.salestrack.model.Message.of("quality.rule.name.imei-invalid")));
        // only the resold device (2,000.00) stays out; the invalid IMEI's 1,000.00 counts
        assertThat(total().amount()).isEqualByComparingTo("2500.00");
        assertThat(vm.openIssuesProperty().get()).isEqualTo(2);
    }

    @Test
    void theOpenCountFollowsTheRuleAndBatchFilters() {
        assertThat(vm.openIssuesProperty().get()).isEqualTo(2);
        vm.ruleProperty().set("imei-invalid");
        assertThat(vm.openIssuesProperty().get()).isEqualTo(1);
        vm.ruleProperty().set(null);
        vm.batchProperty().set(vm.batches().get(0).batchId() + 1);
        assertThat(vm.openIssuesProperty().get()).isZero();
        assertThat(vm.issues()).isEmpty();
        vm.batchProperty().set(vm.batches().get(0).batchId());
        assertThat(vm.openIssuesProperty().get()).isEqualTo(2);
    }

    @Test
    void rejectingEverythingMatchingTheFilterIsOneAuditedReviewConfirmedWithItsCount() throws Exception {
        vm.ruleProperty().set("imei-duplicate");
        List<Long> counts = new java.util.ArrayList<>();
        vm.commentProperty().set("resold devices");
        vm.reviewAllMatching(false, n -> counts.add(n));
        assertThat(counts).containsExactly(1L);
        assertThat(vm.messageProperty().get()).isEqualTo(org.salestrack.model.Message.of("quality.rejected.one"));
        assertThat(vm.commentProperty().get()).isEmpty();
        vm.ruleProperty().set(null);
        assertThat(vm.openIssuesProperty().get()).isEqualTo(1);
        vm.reviewAllMatching(true, n -> false);
        assertThat(vm.openIssuesProperty().get()).isEqualTo(1);
        try (var c = ws.connect(); var rs = c.createStatement().executeQuery("SELECT subject, detail FROM audit_log WHERE action = 'review'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("1 issues matching rule imei-duplicate, status open");
            assertThat(rs.getString(2)).isEqualTo("rejected 1 issue(s): resold devices");
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void aRuleSettingIsSavedCheckedAndAudited() throws Exception {
        vm.saveSetting("price-outlier", new RuleSetting(true, null, Map.of()), () -> { });
        assertThat(vm.messageProperty().get()).isEqualTo(org.salestrack.model.Message.of("quality.rule.saved", "price-outlier"));
        String param = vm.parameters().get("price-outlier").keySet().iterator().next();
        vm.saveSetting("price-outlier", new RuleSetting(true, null, Map.of(param, "not a number")), () -> { });
        assertThat(vm.messageProperty().get().key()).isEqualTo("quality.failed");
        assertThat(vm.messageProperty().get().args().get(0).toString()).contains(param);
        try (var c = ws.connect(); var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM audit_log WHERE action = 'rule-change'")) {
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }
}
