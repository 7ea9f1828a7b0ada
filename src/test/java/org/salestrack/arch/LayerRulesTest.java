package org.salestrack.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rules of DESIGN.md "Packages": dependencies point downward only. */
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

    @Test
    void uiDoesNotTouchTheStoreDirectly() {
        noClasses().that().resideInAPackage(pkg("ui"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("cli"))
                .check(classes);
    }

    /** Views talk to services (ExploreService, ImportService) and the model, never to the store's tables. */
    @Test
    void uiReachesDataOnlyThroughServices() {
        noClasses().that().resideInAPackage(pkg("ui"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("store"))
                .check(classes);
    }

    /** The cube's SQL lives in store.cube; the explore facade may use it, nothing below analytics may. */
    @Test
    void cubeQueriesAreUsedThroughTheExploreService() {
        noClasses().that().resideOutsideOfPackages(pkg("store"), pkg("analytics.explore"), pkg("app"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("store.cube"))
                .check(classes);
    }
}
