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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /**
     * Every argument a consequence passes after the locator appears in the rule's message, and the message names no
     * argument that is not passed: a pattern and its call drifting apart printed "讯问（询问）人3未签名" (the page
     * number where the officer's name belonged). Calls passing one prepared {@code Object[]} are checked by their
     * fixtures instead.
     */
    @Test
    void everyMessageShowsEveryArgumentItsRulePasses() throws IOException {
        Pattern ruleBlock = Pattern.compile("rule \"([A-Z]{2}-\\d\\d)[^\"]*\"(.*?)\\nend", Pattern.DOTALL);
        Pattern call = Pattern.compile("hits\\.(report|review)\\(drools,");
        int checked = 0;
        List<Path> drls;
        try (Stream<Path> s = Files.walk(Path.of("src/main/resources/casecheck/rules"))) {
            drls = s.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        }
        for (Path drl : drls) {
            Matcher rule = ruleBlock.matcher(Files.readString(drl, StandardCharsets.UTF_8));
            while (rule.find()) {
                String id = rule.group(1);
                String body = rule.group(2);
                Matcher c = call.matcher(body);
                while (c.find()) {
                    List<String> args = topLevelArguments(body, c.end());
                    List<String> passed = args.subList(2, args.size());
                    if (passed.size() == 1 && passed.get(0).matches("[a-z][A-Za-z]*")) {
                        continue;
                    }
                    Set<Integer> used = new TreeSet<>();
                    Matcher ph = Pattern.compile("\\{(\\d+)").matcher(catalog.find(id).orElseThrow().message());
                    while (ph.find()) {
                        used.add(Integer.parseInt(ph.group(1)));
                    }
                    Set<Integer> expected = new TreeSet<>();
                    for (int i = 0; i < passed.size(); i++) {
                        expected.add(i);
                    }
                    assertThat(used).as("%s in %s: message \"%s\" for arguments %s", id, drl.getFileName(),
                            catalog.find(id).orElseThrow().message(), passed).isEqualTo(expected);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(RELEASE.size());
    }

    /** The comma-separated arguments from {@code from} (just after "drools,") up to the call's closing ")". */
    private static List<String> topLevelArguments(String text, int from) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        out.add(null);
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (depth == 0 && (ch == ',' || ch == ')')) {
                out.set(out.size() - 1, cur.toString().strip());
                if (ch == ')') {
                    break;
                }
                out.add(null);
                cur.setLength(0);
                continue;
            }
            if (ch == '(' || ch == '[' || ch == '{') {
                depth++;
            } else if (ch == ')' || ch == ']' || ch == '}') {
                depth--;
            }
            cur.append(ch);
        }
        return out;
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
