package org.salestrack.arch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of DESIGN.md "Packages", one test per row of its table (plus the rows' notes):
 * dependencies point downward only, engines stay pure, and each layer reaches the next one down through
 * its services. docs/architecture.md draws the same picture.
 */
class LayerRulesTest {
    private static final String ROOT = "org.salestrack";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    private static String pkg(String name) { return ROOT + "." + name + ".."; }

    @Test
    void modelImportsJavaOnly() {
        noClasses().that().resideInAPackage(pkg("model"))
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", pkg("model"))
                .check(classes);
    }

    @Test
    void taskKnowsNoOtherLayerAndNoScene() {
        noClasses().that().resideInAPackage(pkg("task"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("app"), pkg("cli"), pkg("ui"), pkg("report"),
                        pkg("ingest"), pkg("validate"), pkg("forecast"), pkg("analytics"), pkg("store"), "javafx.scene..")
                .check(classes);
    }

    @Test
    void storeUsesOnlyModelAndTask() {
        noClasses().that().resideInAPackage(pkg("store"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("app"), pkg("cli"), pkg("ui"), pkg("report"),
                        pkg("ingest"), pkg("validate"), pkg("forecast"), pkg("analytics"))
                .check(classes);
    }

    /** The sample generator writes files from model records; it must not need a workspace to do so. */
    @Test
    void samplesUseOnlyTheModel() {
        noClasses().that().resideInAPackage(pkg("sample"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("app"), pkg("cli"), pkg("ui"), pkg("report"),
                        pkg("ingest"), pkg("validate"), pkg("forecast"), pkg("analytics"), pkg("store"))
                .check(classes);
    }

    @Test
    void enginesAndServicesDoNotReachUp() {
        noClasses().that().resideInAnyPackage(pkg("ingest"), pkg("validate"), pkg("forecast"), pkg("analytics"), pkg("report"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("app"), pkg("cli"), pkg("ui"), pkg("pipeline"))
                .check(classes);
    }

    /** The import pipeline chains the services; only the callers above it (app, cli, ui) use it. */
    @Test
    void theImportPipelineSitsBetweenTheServicesAndTheirCallers() {
        noClasses().that().resideInAPackage(pkg("pipeline"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("app"), pkg("cli"), pkg("ui"), pkg("report"),
                        "javafx..", "java.sql..")
                .check(classes);
        noClasses().that().resideOutsideOfPackages(pkg("app"), pkg("cli"), pkg("ui"), pkg("pipeline"))
                .should().dependOnClassesThat().resideInAPackage(pkg("pipeline"))
                .check(classes);
    }

    /** ingest: store, model. Validation, rollups and forecast tracking after an import are the pipeline's, not the reader's. */
    @Test
    void ingestUsesOnlyTheStoreAndTheModel() {
        noClasses().that().resideInAPackage(pkg("ingest"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("validate"), pkg("forecast"), pkg("analytics"), pkg("report"))
                .check(classes);
    }

    /** validate: store, model (the engines see only the model: ValidateEngineRulesTest). */
    @Test
    void validateUsesOnlyTheStoreAndTheModel() {
        noClasses().that().resideInAPackage(pkg("validate"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("ingest"), pkg("forecast"), pkg("analytics"), pkg("report"))
                .check(classes);
    }

    /** forecast: store (service only), model. */
    @Test
    void forecastUsesOnlyTheStoreAndTheModel() {
        noClasses().that().resideInAPackage(pkg("forecast"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("ingest"), pkg("validate"), pkg("analytics"), pkg("report"))
                .check(classes);
    }

    /** The models, backtests and reconciliation are pure; the services (ForecastService, the desk in forecast.service) load and save. */
    @Test
    void forecastTouchesTheStoreOnlyInItsServices() {
        noClasses().that().resideInAPackage(pkg("forecast"))
                .and().resideOutsideOfPackage(pkg("forecast.service"))
                .and().haveSimpleNameNotEndingWith("Service")
                .should().dependOnClassesThat().resideInAPackage(pkg("store"))
                .check(classes);
    }

    /** analytics: store (service only), model. The workbook is written by report, and only wired to the loader above both. */
    @Test
    void analyticsDoesNotUseReportIngestOrValidate() {
        noClasses().that().resideInAPackage(pkg("analytics"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("report"), pkg("ingest"), pkg("validate"))
                .check(classes);
    }

    /** A forecast an analytics module needs comes from the forecast services, never from a model or reconciler it runs itself. */
    @Test
    void analyticsUsesForecastOnlyThroughItsServices() {
        noClasses().that().resideInAPackage(pkg("analytics"))
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".forecast.(*)..")
                .check(classes);
    }

    @Test
    void analyticsEnginesDoNotTouchTheStore() {
        noClasses().that().resideInAPackage(pkg("analytics"))
                .and().haveSimpleNameNotEndingWith("Service").and().haveSimpleNameNotEndingWith("Builder")
                .should().dependOnClassesThat().resideInAPackage(pkg("store"))
                .check(classes);
    }

    @Test
    void onlyUiAndAppUseJavaFxScenesControlsFxAndChartFx() {
        noClasses().that().resideOutsideOfPackages(pkg("ui"), pkg("app"))
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.controlsfx..", "org.jfree.chart.fx..")
                .check(classes);
    }

    @Test
    void onlyStoreTouchesJavaSql() {
        noClasses().that().resideOutsideOfPackage(pkg("store"))
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "org.flywaydb..")
                .check(classes);
    }

    @Test
    void onlyCliPrintsToStdout() {
        noClasses().that().resideOutsideOfPackages(pkg("cli"))
                .should().accessField(System.class, "out")
                .check(classes);
    }

    /** ui and cli are siblings: the screens never call a command, and app wires the screens, not the reverse. */
    @Test
    void uiDoesNotUseTheCommandLineOrTheApp() {
        noClasses().that().resideInAPackage(pkg("ui"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("cli"), pkg("app"))
                .check(classes);
    }

    @Test
    void cliDoesNotUseTheScreensOrTheApp() {
        noClasses().that().resideInAPackage(pkg("cli"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("ui"), pkg("app"))
                .check(classes);
    }

    /** Views talk to services (ExploreService, ImportService) and the model, never to the store's tables. */
    @Test
    void uiReachesDataOnlyThroughServices() {
        noClasses().that().resideInAPackage(pkg("ui"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("store"))
                .check(classes);
    }

    /**
     * cli: services. A command opens the workspace (the handle it gives the services) and nothing else of
     * the store: its queries run behind a service, so the CLI and the screens count the same way.
     */
    @Test
    void cliUsesTheStoreOnlyToOpenAWorkspace() {
        noClasses().that().resideInAPackage(pkg("cli"))
                .should().dependOnClassesThat(resideInAPackage(pkg("store"))
                        .and(not(belongToAnyOf(org.salestrack.store.Workspace.class, org.salestrack.store.StoreException.class))))
                .check(classes);
    }

    /**
     * The import screen uses ImportService, FolderImport, their results, the mapping profiles it edits and
     * the errors they throw; the readers, mappers and the pseudonymiser are the pipeline's internals (the
     * preview too is read in ingest: FilePreview).
     */
    @Test
    void uiUsesIngestOnlyThroughItsServices() {
        DescribedPredicate<JavaClass> internals = resideInAnyPackage(pkg("ingest.read"), pkg("ingest.map"))
                .and(not(assignableTo(Throwable.class)))
                .and(not(simpleNameEndingWith("RowError")))
                .or(belongToAnyOf(org.salestrack.ingest.Pseudonymiser.class))
                .as("ingest internals (readers, mappers, pseudonymiser)");
        noClasses().that().resideInAPackage(pkg("ui"))
                .should().dependOnClassesThat(internals)
                .check(classes);
    }

    /** Which engine answers is the store's business: the SQLite dialect is reached through store.SalesSql only. */
    @Test
    void nothingOutsideTheStoreKnowsTheSqlDialect() {
        noClasses().that().resideOutsideOfPackage(pkg("store"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("store.sqlite"))
                .check(classes);
    }

    /**
     * DESIGN.md: analytics and ui never know which engine answers. The national store's own jobs (open it by its
     * address, publish to it, extract from it) are analytics.national's; every other module sees only the store's interfaces.
     */
    @Test
    void onlyTheNationalServiceKnowsThePostgresStore() {
        noClasses().that().resideOutsideOfPackages(pkg("store"), pkg("analytics.national"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("store.postgres"))
                .check(classes);
    }

    /** The cube's queries live in store.cube (their SQL in store.sqlite); the explore facade may use them, nothing below analytics may. */
    @Test
    void cubeQueriesAreUsedThroughTheExploreService() {
        noClasses().that().resideOutsideOfPackages(pkg("store"), pkg("analytics.explore"), pkg("app"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("store.cube"))
                .check(classes);
    }
}
