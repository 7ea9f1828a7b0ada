package org.salestrack.validate;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.ingest.FolderImport;
import org.salestrack.ingest.ImportPolicy;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.MappingProfile;
import org.salestrack.ingest.profile.ProfileCodec;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.model.IssueFilter;
import org.salestrack.model.Severity;
import org.salestrack.model.SummaryRow;
import org.salestrack.model.ValidationIssue;
import org.salestrack.sample.PlantedProblems;
import org.salestrack.store.SummaryQuery;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4's acceptance on the committed sample set: every planted problem of samples/README.md is found
 * with its exact count, and nothing else reaches error severity.
 */
class SampleSetValidationTest {
    private static final PlantedProblems PLANTED = PlantedProblems.SEED_42;
    private static final Path SAMPLES = Path.of("samples");

    @TempDir
    static Path dir;
    static Workspace workspace;
    static ValidationService service;
    static ValidationRun run;
    static SummaryRow before;

    @BeforeAll
    static void importAndValidateTheSamples() throws Exception {
        workspace = importSamples(dir);
        before = total();
        service = ValidationService.of(workspace).keepingHits();
        run = service.run(null, Map.of(), ProgressListener.NONE, Cancellation.none());
    }

    /** A workspace in {@code dir} holding the committed sample set, dealers' stock sheets included. */
    static Workspace importSamples(Path dir) throws Exception {
        Workspace workspace = Workspace.open(dir.resolve("ws.db"));
        ImportService imports = new ImportService(workspace, ProfileLibrary.load(dir.resolve("profiles")), ImportPolicy.DEFAULT);
        new FolderImport(imports).importFolder(SAMPLES, ProgressListener.NONE, Cancellation.none());
        // each dealer workbook holds two sheets; the folder import takes its sell-through, the stock sheet needs its own profile
        MappingProfile stock = ProfileCodec.read(SAMPLES.resolve("profiles/dealer-stock.json"));
        try (Stream<Path> workbooks = Files.list(SAMPLES.resolve("dealers"))) {
            for (Path book : workbooks.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList()) {
                imports.importFile(book, stock, ProgressListener.NONE, Cancellation.none());
            }
        }
        return workspace;
    }

    private static SummaryRow total() {
        return new SummaryQuery(workspace).run(List.of(), null, null).get(0);
    }

    @Test
    void everyPlantedProblemIsFoundWithItsExactCount() {
        ValidationReport r = run.report();

        assertThat(r.count("duplicate-line", Severity.ERROR)).isEqualTo(PLANTED.duplicateLines());
        assertThat(r.count("store-spike", Severity.ERROR)).isEqualTo(PLANTED.storeSpikeDays());
        assertThat(r.count("night-burst", Severity.ERROR) + r.count("night-burst", Severity.WARNING))
                .isEqualTo(PLANTED.nightOrders());
        assertThat(r.count("night-burst", Severity.ERROR)).isEqualTo(PLANTED.nightOrdersByOneBuyer());
        assertThat(r.count("diversion", Severity.ERROR)).isEqualTo(PLANTED.diversionRows());
        assertThat(r.count("imei-duplicate", Severity.ERROR)).isEqualTo(PLANTED.imeiDuplicates());
        assertThat(r.count("imei-invalid", Severity.ERROR)).isEqualTo(PLANTED.imeiInvalid());
        assertThat(r.count("imei-waybill", Severity.ERROR)).isEqualTo(PLANTED.imeiTwoWaybills());
        assertThat(r.count("channel-stuffing", Severity.ERROR)).isEqualTo(PLANTED.stuffingMonths());
    }

    @Test
    void nothingElseReachesError() {
        assertThat(run.report().hits()).filteredOn(h -> h.severity() == Severity.ERROR)
                .extracting(h -> h.rule()).containsOnly("duplicate-line", "store-spike", "night-burst", "diversion",
                        "imei-duplicate", "imei-invalid", "imei-waybill", "channel-stuffing");
        assertThat(run.report().hits(("impossible"))).isEmpty();
        assertThat(run.report().hits(("price-outlier"))).isEmpty();
    }

    @Test
    void thePlantedProblemsAreExplainedWhereTheyAre() {
        assertThat(run.report().hits("store-spike")).singleElement().extracting(h -> h.why()).asString()
                .startsWith("Store " + PLANTED.spikeStore() + " sold " + PLANTED.spikeUnits() + " units on " + PLANTED.spikeDay());
        assertThat(run.report().hits("diversion")).allSatisfy(h -> assertThat(h.why())
                .startsWith("Dealer " + PLANTED.diversionDealer() + " is registered in 34 安徽 but this unit was sold in "));
        assertThat(run.report().hits("channel-stuffing"))
                .allSatisfy(h -> assertThat(h.why()).startsWith("Dealer " + PLANTED.stuffingDealer() + " took in "))
                .extracting(h -> h.why().replaceAll(".* units in (\\d{4}-\\d{2}) .*", "$1"))
                .containsExactly("2025-07", "2025-08", "2025-09");
    }

    @Test
    void heldSpikeLinesComeBackWhenAccepted() {
        ValidationIssue spike = service.issues(IssueFilter.all().withRule("store-spike")).get(0);
        SummaryRow held = total();

        service.accept(List.of(spike.id()), "grand opening");

        SummaryRow accepted = total();
        assertThat(accepted.qty() - held.qty()).isEqualTo(PLANTED.spikeUnits());
        assertThat(accepted.rows() - held.rows()).isEqualTo(spike.lines());
        assertThat(held.amount()).isLessThan(before.amount());
        assertThat(accepted.amount()).isGreaterThan(held.amount());
        assertThat(before.amount().subtract(accepted.amount())).isGreaterThan(BigDecimal.ZERO);
    }
}
