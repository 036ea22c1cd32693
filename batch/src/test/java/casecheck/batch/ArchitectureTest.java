package casecheck.batch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

/** Architecture rules of the batch module, as a plain JUnit test. */
class ArchitectureTest {

    private static final JavaClasses BATCH = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("casecheck.batch");

    @Test
    void batchCodeNeverWritesToSystemOutOrErrDirectly() {
        noClasses().should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .because("output goes through Console (tests capture it) and logs through SLF4J").check(BATCH);
    }

    @Test
    void storeReadApiDoesNotDependOnTheJob() {
        noClasses().that().resideInAPackage("casecheck.batch.store..")
                .should().dependOnClassesThat().resideInAPackage("casecheck.batch.nightly..").check(BATCH);
    }
}
