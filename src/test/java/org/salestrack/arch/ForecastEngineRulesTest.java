package org.salestrack.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reconciliation, scenario and tracking engines are pure (DESIGN.md "Engines"): they see only the JDK,
 * the model and the numeric libraries, so the service, the screen and the CLI can all call them.
 */
class ForecastEngineRulesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.salestrack.forecast.hierarchy", "org.salestrack.forecast.scenario", "org.salestrack.forecast.tracking");
    }

    @Test
    void hierarchyScenarioAndTrackingEnginesUseOnlyTheJdkTheModelAndNumerics() {
        classes().that().resideInAnyPackage("org.salestrack.forecast.hierarchy..", "org.salestrack.forecast.scenario..", "org.salestrack.forecast.tracking..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.salestrack.model..", "org.hipparchus..", "org.ojalgo..",
                        "org.salestrack.forecast.hierarchy..", "org.salestrack.forecast.scenario..", "org.salestrack.forecast.tracking..")
                .check(classes);
    }
}
