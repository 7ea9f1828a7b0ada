package org.salestrack.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.ingest.FolderImport;
import org.salestrack.ingest.ImportPolicy;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.model.RuleHit;
import org.salestrack.model.Severity;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;

/**
 * Issue 18 #3 with the rules on: the check after an import reads only what the new batch can change, and finds on its
 * lines exactly what a run over the whole workspace finds. The sample set comes in two batches of the POS export (up to
 * March 2025, then April on, which holds the planted store spike of S156 on 2025-04-16 whose trailing weeks are in the
 * first batch); the second also repeats a line of the first and sells an IMEI of the first in a new receipt.
 */
class BatchScopedValidationTest {
    private static final Path SAMPLES = Path.of("samples");
    private static final String POS = "stores/pos-sales-2024-2025.csv";

    @TempDir
    static Path dir;
    static Workspace workspace;
    static long second;
    static ValidationRun scoped;
    static ValidationRun whole;
    static String repeated;
    static String imei;

    @BeforeAll
    static void importTheSampleInTwoBatches() throws Exception {
        Path first = dir.resolve("first");
        copyTree(SAMPLES, first);
        List<String> pos = Files.readAllLines(SAMPLES.resolve(POS), StandardCharsets.UTF_8);
        List<String> early = new ArrayList<>(List.of(pos.get(0)));
        List<String> late = new ArrayList<>(List.of(pos.get(0)));
        for (String line : pos.subList(1, pos.size())) (beforeApril(line) ? early : late).add(line);
        // a line of the first batch again (same store, receipt, line and SKU), and its IMEI sold once more in a new receipt
        String copied = early.get(early.size() / 2);
        String withImei = early.stream().skip(1).filter(l -> fields(l).get(10).length() == 15 && !l.equals(copied)).findFirst().orElseThrow();
        List<String> f = fields(withImei);
        imei = f.get(10);
        repeated = fields(copied).get(3);
        late.add(copied);
        late.add(String.join(",", f.get(0), f.get(1), f.get(2), f.get(3) + "-AGAIN", "1", "2025/4/20 11:00", f.get(6), f.get(7),
                f.get(8), '"' + f.get(9) + '"', f.get(10), "", ""));
        Files.write(first.resolve(POS), early, StandardCharsets.UTF_8);
        Path secondFile = dir.resolve("pos-sales-2025-04_12.csv");
        Files.write(secondFile, late, StandardCharsets.UTF_8);

        workspace = Workspace.open(dir.resolve("ws.db"));
        ImportService imports = new ImportService(workspace, ProfileLibrary.load(dir.resolve("profiles")), ImportPolicy.DEFAULT);
        new FolderImport(imports).importFolder(first, ProgressListener.NONE, Cancellation.none());
        ValidationService service = ValidationService.of(workspace).keepingHits();
        service.run(null, Map.of(), ProgressListener.NONE, Cancellation.none());
        second = imports.importFile(secondFile, null, ProgressListener.NONE, Cancellation.none()).batchId();

        scoped = service.checkNew(Set.of(second), HoldGuard.HOLD_ALL, ProgressListener.NONE, Cancellation.none());
        // the whole workspace's run on the same batch, without the two rules a batch check leaves to such runs
        whole = service.run(second, Map.of(IsolationForestRule.ID, new RuleSetting(false, null, Map.of()), StlAnomalyRule.ID, new RuleSetting(false, null, Map.of())),
                ProgressListener.NONE, Cancellation.none());
    }

    /** The fields of a line of the POS export, whose amounts are quoted when they hold a thousands comma. */
    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char ch : line.toCharArray()) {
            if (ch == '"') quoted = !quoted;
            else if (ch == ',' && !quoted) {
                out.add(cell.toString());
                cell.setLength(0);
            } else cell.append(ch);
        }
        out.add(cell.toString());
        return out;
    }

    private static boolean beforeApril(String line) {
        String[] day = fields(line).get(5).split(" ")[0].split("/");
        return Integer.parseInt(day[0]) < 2025 || Integer.parseInt(day[1]) < 4;
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }

    @Test
    void theNewBatchGetsExactlyTheFindingsOfAWholeWorkspaceRun() {
        List<RuleHit> hits = scoped.report().hits();
        assertThat(hits).isNotEmpty().allSatisfy(h -> assertThat(h.batchId()).isEqualTo(second));
        assertThat(hits).containsExactlyElementsOf(whole.report().hits());
    }

    @Test
    void theCheckReadsTheBatchAndWhatItTouchesNotTheWorkspace() {
        // the whole run reads every line of the workspace; the check the second batch's lines, their stores' days and keys
        assertThat(whole.lines()).isGreaterThan(100_000);
        assertThat(scoped.lines()).isLessThan(whole.lines() / 3);
    }

    @Test
    void aDuplicateOfAnEarlierBatchAndAnImeiSeenInBothAreFoundOnTheSecondBatchAlone() {
        List<RuleHit> hits = scoped.report().hits();
        assertThat(hits).filteredOn(h -> h.rule().equals(DuplicateLineRule.ID) && h.why().contains(repeated))
                .singleElement().satisfies(h -> assertThat(h.severity()).isEqualTo(Severity.ERROR));
        assertThat(hits).filteredOn(h -> h.rule().equals(ImeiDuplicateRule.ID) && h.why().contains(imei))
                .singleElement().satisfies(h -> assertThat(h.why()).contains("-AGAIN"));
    }

    @Test
    void thePlantedSpikeIsJudgedAgainstTheWeeksOfTheFirstBatch() {
        assertThat(scoped.report().hits()).filteredOn(h -> h.rule().equals(StoreSpikeRule.ID) && h.severity() == Severity.ERROR)
                .singleElement().satisfies(h -> assertThat(h.why()).contains("S156").contains("2025-04-16"));
    }
}
