package org.salestrack.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report layering: workbook writers take model records and never query the workspace themselves, so
 * they are testable without a database; the queries behind them live in the store, and the service that
 * loads and writes (analytics.workbook.SalesWorkbookBuilder) calls both.
 */
class ReportLayerRulesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.salestrack");
    }

    @Test
    void reportWritersDoNotUseTheStoreOrTheServices() {
        noClasses().that().resideInAPackage("org.salestrack.report..")
                .should().dependOnClassesThat().resideInAnyPackage("org.salestrack.store..", "org.salestrack.analytics..",
                        "org.salestrack.ingest..")
                .check(classes);
    }
}
