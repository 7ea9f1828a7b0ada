package org.salestrack.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The validation engines (rules, isolation forest, STL scoring) are pure: they see model objects and
 * numerics libraries only, so every rule can be tested without a workspace. The service and the JSON
 * form of settings are the only validate classes that reach the store or Jackson.
 */
class ValidateEngineRulesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.salestrack.validate");
    }

    @Test
    void enginesUseOnlyJavaModelAndNumerics() {
        noClasses().that().resideInAPackage("org.salestrack.validate")
                .and().haveNameNotMatching(".*(Service|Json)(\\$.*)?")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.salestrack.model..",
                        "org.salestrack.validate..", "org.hipparchus..", "com.github.servicenow.ds..")
                .check(classes);
    }

    @Test
    void enginesDoNotPrint() {
        noClasses().that().resideInAPackage("org.salestrack.validate")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(classes);
    }
}
