package casecheck.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import casecheck.check.Checker;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture as a test (plain JUnit + ArchUnit core): engine, rules and cli never touch Spring, and only
 * {@code casecheck.cli} writes to the standard streams. Imports the production classes of engine, rules and cli from
 * this module's test classpath; the batch module has its own equivalent.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // The class folders (or jars) of the three modules, not a scan of the whole classpath for "casecheck".
        Set<Location> modules = new HashSet<>();
        for (Class<?> c : List.of(Checker.class, CheckCommand.class)) {
            modules.add(Location.of(c.getProtectionDomain().getCodeSource().getLocation()));
        }
        modules.add(rulesKjar());
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importLocations(modules);
    }

    /** The root of the rules kjar (its executable model), found through its kmodule.xml. */
    private static Location rulesKjar() {
        URL kmodule = ArchitectureTest.class.getClassLoader().getResource("META-INF/kmodule.xml");
        try {
            return Location.of(new URL(kmodule.toString().replace("META-INF/kmodule.xml", "")));
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void importsEngineRulesAndCli() {
        // Guards against a vacuous pass: the rules below must see all three modules.
        assertThat(classes.contain(Checker.class)).isTrue();
        assertThat(classes.contain("casecheck.render.FindingsRenderer")).isTrue();
        assertThat(classes.contain("casecheck.cli.CheckCommand")).isTrue();
        assertThat(classes.stream().anyMatch(c -> c.getPackageName().startsWith("casecheck.rules"))).isTrue();
    }

    @Test
    void noSpringOutsideBatch() {
        noClasses().that().resideInAPackage("casecheck..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .because("Spring belongs to the batch module only: the engine, the rules and the CLI start without a context")
                .check(classes);
    }

    @Test
    void onlyTheCliWritesToStandardStreams() {
        noClasses().that().resideInAPackage("casecheck..").and().resideOutsideOfPackage("casecheck.cli..")
                .should(ACCESS_STANDARD_STREAMS)
                .because("libraries report through return values and renderers; only the CLI owns stdout and stderr")
                .check(classes);
    }
}
