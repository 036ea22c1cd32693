package casecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import casecheck.check.CheckResult;
import casecheck.check.Checker;
import casecheck.check.Finding;
import casecheck.check.FindingKind;
import casecheck.check.NotEvaluated;
import casecheck.rules.fixture.FactDsl;
import casecheck.rules.fixture.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every fixture file: each case fires only the rule the file is named after (AgendaFilter on {@code @id}) and
 * its findings must be exactly the expected ones. The cases are data in {@code fixtures/<id>.facts}.
 */
class RuleFixtureTest {

    private static Checker checker;

    @BeforeAll
    static void load() { checker = Checker.load(); }

    @TestFactory
    List<DynamicNode> fixtures() throws IOException {
        List<DynamicNode> nodes = new ArrayList<>();
        for (Path file : Fixtures.files()) {
            String ruleId = Fixtures.ruleId(file);
            List<FactDsl.Case> cases = FactDsl.parse(Files.readString(file, StandardCharsets.UTF_8),
                    file.getFileName().toString());
            List<DynamicTest> tests = cases.stream()
                    .map(c -> DynamicTest.dynamicTest(c.name(), () -> run(ruleId, c))).toList();
            nodes.add(DynamicContainer.dynamicContainer(ruleId, tests));
        }
        return nodes;
    }

    private static void run(String ruleId, FactDsl.Case c) {
        CheckResult r = checker.check(c.facts(), c.asOf(), ruleId::equals);
        Set<String> actual = new TreeSet<>();
        for (Finding f : r.findings()) {
            assertThat(f.ruleId()).isEqualTo(ruleId);
            assertThat(f.message()).as("message of %s formatted", ruleId).doesNotContain("{").isNotBlank();
            actual.add(FactDsl.key(f.caseId(), f.document(), f.page(), f.kind() == FindingKind.NEEDS_REVIEW));
        }
        assertThat(actual).as("findings of %s in case '%s' (line %d)", ruleId, c.name(), c.line())
                .isEqualTo(new TreeSet<>(c.expected()));
        Set<String> notEvaluated = r.notEvaluated().stream().filter(n -> n.caseId() != null)
                .map(NotEvaluated::caseId).collect(Collectors.toCollection(TreeSet::new));
        assertThat(notEvaluated).as("not evaluated by %s in case '%s'", ruleId, c.name())
                .isEqualTo(new TreeSet<>(c.expectedNotEvaluated()));
    }
}
