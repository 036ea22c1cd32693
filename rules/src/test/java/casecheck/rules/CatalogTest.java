package casecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import casecheck.check.Checker;
import casecheck.check.RuleCatalog;
import casecheck.check.RuleInfo;
import casecheck.facts.DataCoverage;
import casecheck.facts.InputTable;
import casecheck.rules.fixture.FactDsl;
import casecheck.rules.fixture.Fixtures;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The catalog guard (like Checkstyle's AllChecksTest): every rule has complete metadata, a message, a doc page and a
 * fixture with a firing and a silent case; every message, doc and fixture belongs to a rule. Fails the build
 * otherwise, so the rule text is never kept by hand in several places with nothing checking it.
 */
class CatalogTest {

    /** The first release (team brief "Rules in scope"); adding a rule means adding it here on purpose. */
    private static final Set<String> RELEASE = Set.of(
            "TX-01", "TX-02", "TX-03", "TX-04", "TX-05", "TX-07", "TX-08", "TX-09", "TX-10",
            "LO-01", "LO-02", "LO-03", "LO-04", "LO-05",
            "RI-01", "RI-02", "RI-03", "RI-05", "RI-06",
            "DL-01", "DL-02", "DL-04", "DL-06",
            "AL-01", "AL-02", "AL-03", "AL-04", "AL-05", "AL-10",
            "PE-01", "PE-03", "MI-01", "MI-02");

    private static final Map<String, String> FAMILY_OF_PREFIX = Map.of("TX", "transcript", "LO", "location",
            "RI", "rights", "DL", "deadline", "AL", "alert", "PE", "personnel", "MI", "minor");

    private static Checker checker;
    private static RuleCatalog catalog;

    @BeforeAll
    static void load() {
        checker = Checker.load();
        catalog = checker.catalog();
    }

    @Test
    void theReleaseIsExactlyTheRulesInScope() {
        assertThat(catalog.rules()).extracting(RuleInfo::id).containsExactlyInAnyOrderElementsOf(RELEASE);
    }

    @Test
    void everyRuleDeclaresCompleteMetadata() {
        for (RuleInfo r : catalog.rules()) {
            String prefix = r.id().substring(0, 2);
            assertThat(r.name()).as("name of %s", r.id()).matches(r.id() + " [A-Z][A-Za-z0-9]+");
            assertThat(r.title()).as("title of %s", r.id()).isNotBlank();
            assertThat(r.family()).as("family of %s", r.id()).isEqualTo(FAMILY_OF_PREFIX.get(prefix));
            assertThat(r.severity()).as("severity of %s", r.id()).isNotNull();
            assertThat(r.basis()).as("basis of %s quotes its source", r.id()).contains("“").containsPattern("第|规范性文件");
            assertThat(r.since()).as("since of %s", r.id()).matches("\\d{4}-\\d{2}-\\d{2}");
        }
    }

    @Test
    void everyRuleLivesInTheDrlPackageOfItsFamily() {
        var kbase = KieServices.Factory.get().getKieClasspathContainer().getKieBase(Checker.KBASE);
        for (KiePackage pkg : kbase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                RuleInfo info = catalog.find(rule.getMetaData().get("id").toString()).orElseThrow();
                assertThat(pkg.getName()).as("package of %s", info.id()).isEqualTo("casecheck.rules." + info.family());
            }
        }
    }

    @Test
    void everyRuleHasAMessageAndEveryMessageARule() {
        for (RuleInfo r : catalog.rules()) {
            assertThat(r.message()).as("message of %s", r.id()).isNotBlank();
            assertThat(new MessageFormat(r.message())).as("pattern of %s parses", r.id()).isNotNull();
        }
        Set<String> orphans = catalog.messageKeys().stream().filter(k -> !k.startsWith("enum."))
                .filter(k -> catalog.find(k).isEmpty()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(orphans).as("messages without a rule").isEmpty();
    }

    @Test
    void everyRuleHasADocPageWithAllSectionsAndEveryDocARule() throws IOException, URISyntaxException {
        for (RuleInfo r : catalog.rules()) {
            assertThat(r.doc()).as("doc of %s", r.id()).startsWith("# " + r.id() + " ").contains("## 为什么");
            assertThat(r.trigger()).as("检查内容 of %s", r.id()).isNotBlank();
            assertThat(r.fix()).as("如何整改 of %s", r.id()).isNotBlank();
            assertThat(r.example()).as("示例 of %s", r.id()).isNotBlank();
            assertThat(r.doc()).as("doc of %s quotes the law", r.id()).contains("“");
        }
        Path docs = Path.of(CatalogTest.class.getClassLoader().getResource(RuleCatalog.DOCS).toURI());
        try (Stream<Path> s = Files.list(docs)) {
            Set<String> orphans = s.map(p -> p.getFileName().toString().replaceFirst("\\.md$", ""))
                    .filter(id -> catalog.find(id).isEmpty()).collect(Collectors.toCollection(TreeSet::new));
            assertThat(orphans).as("doc pages without a rule").isEmpty();
        }
    }

    @Test
    void everyRuleHasAFixtureThatFiresAndOneThatDoesNotAndEveryFixtureARule() throws IOException {
        Set<String> withFixture = new TreeSet<>();
        for (Path f : Fixtures.files()) {
            String id = Fixtures.ruleId(f);
            assertThat(catalog.find(id)).as("fixture %s has a rule", f.getFileName()).isPresent();
            List<FactDsl.Case> cases = FactDsl.parse(Files.readString(f, StandardCharsets.UTF_8), f.toString());
            assertThat(cases).as("%s has a case that must fire", id).anyMatch(c -> !c.expected().isEmpty());
            assertThat(cases).as("%s has a case that must stay silent", id).anyMatch(FactDsl.Case::expectsNone);
            withFixture.add(id);
        }
        assertThat(withFixture).containsAll(catalog.rules().stream().map(RuleInfo::id).toList());
    }

    @Test
    void runLevelNotEvaluableNamesTheMissingTables() {
        var missing = catalog.notEvaluable(new DataCoverage(Set.of(InputTable.CASES), true));
        assertThat(missing).extracting(n -> n.ruleId()).contains("AL-01", "AL-03").doesNotContain("DL-02", "TX-01");
        assertThat(missing).filteredOn(n -> n.ruleId().equals("AL-01")).singleElement()
                .satisfies(n -> assertThat(n.lackOf()).contains("警情").doesNotContain("案件"));
        assertThat(catalog.notEvaluable(new DataCoverage(Set.of(InputTable.values()), true))).isEmpty();
    }
}
