package casecheck.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import casecheck.facts.IdNumber;
import casecheck.samples.World.Dossier;
import casecheck.samples.World.Finding;

/** The planned truth is consistent with itself: every rule has a positive, nothing fires by accident. */
class ScenarioTruthTest {

    private static final List<String> RULES_IN_SCOPE = List.of("TX-01", "TX-02", "TX-03", "TX-04", "TX-05", "TX-07",
            "TX-08", "TX-09", "TX-10", "LO-01", "LO-02", "LO-03", "LO-04", "LO-05", "RI-01", "RI-02", "RI-03", "RI-05",
            "RI-06", "DL-01", "DL-02", "DL-04", "DL-06", "AL-01", "AL-02", "AL-03", "AL-04", "AL-05", "AL-10", "PE-01",
            "PE-03", "MI-01", "MI-02");

    private final World world = Planner.plan(Scenarios.all().size(), SampleGenerator.DEFAULT_SEED,
            SampleGenerator.DEFAULT_DATE);

    @Test
    void everyRuleInScopeHasAPositive() {
        Set<String> rules = world.findings.stream().map(Finding::rule).collect(Collectors.toSet());
        assertThat(rules).containsAll(RULES_IN_SCOPE);
        assertThat(rules).isSubsetOf(RULES_IN_SCOPE);
    }

    @Test
    void severalDossiersAreClean() {
        Set<String> withFindings = world.findings.stream().map(Finding::subject).collect(Collectors.toSet());
        long clean = world.dossiers.stream().filter(d -> !withFindings.contains(d.caseId)).count();
        assertThat(clean).isGreaterThanOrEqualTo(10);
        assertThat(world.dossiers).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void overlapsOccurOnlyWhereTheTruthSaysSo() {
        Set<String> tx08 = new HashSet<>();
        Set<String> pe03 = new HashSet<>();
        for (Finding f : world.findings) {
            if (f.rule().equals("TX-08")) {
                tx08.add(f.subject() + "|" + f.document());
            }
            if (f.rule().equals("PE-03")) {
                pe03.add(f.subject() + "|" + f.document());
            }
        }
        Set<String> overlapOfficer = new HashSet<>();
        Set<String> overlapRoom = new HashSet<>();
        Set<String> inverted = new HashSet<>();
        for (Dossier d : world.dossiers) {
            List<Doc> txs = d.docs.stream().filter(x -> x.expect.transcript != null).toList();
            for (Doc a : txs) {
                TranscriptFacts ta = a.expect.transcript;
                if (ta.end() != null && ta.end().isBefore(ta.start())) {
                    inverted.add(d.caseId + "|" + a.path);
                }
                for (Doc b : txs) {
                    TranscriptFacts tb = b.expect.transcript;
                    if (a == b || ta.end() == null || tb.end() == null || !ta.start().isBefore(tb.start())
                            || ta.end().isBefore(ta.start()) || tb.end().isBefore(tb.start())) {
                        continue;
                    }
                    if (tb.start().isBefore(ta.end())) {
                        if (ta.officers().stream().anyMatch(tb.officers()::contains)) {
                            overlapOfficer.add(d.caseId + "|" + b.path);
                        }
                        if (ta.location().equals(tb.location())) {
                            overlapRoom.add(d.caseId + "|" + b.path);
                        }
                    }
                }
            }
        }
        Set<String> tx08Truth = new TreeSet<>(overlapOfficer);
        tx08Truth.addAll(inverted);
        assertThat(tx08).isEqualTo(tx08Truth);
        assertThat(pe03).isEqualTo(overlapRoom);
    }

    @Test
    void idNumbersAreValidExceptTheOneDeliberatelyInvalid() {
        List<String> invalid = world.persons.stream().filter(p -> !IdNumber.parse(p.idNumber).valid())
                .map(p -> p.idNumber).toList();
        assertThat(invalid).hasSize(1);
    }

    @Test
    void findingPagesExistInTheirDocuments() {
        for (Finding f : world.findings) {
            if (f.page().isEmpty()) {
                assertThat(f.document()).isIn("案件", "警情");
                continue;
            }
            Doc doc = world.dossiers.stream().filter(d -> d.caseId.equals(f.subject()))
                    .flatMap(d -> d.docs.stream()).filter(x -> x.path.equals(f.document())).findFirst().orElseThrow();
            assertThat(Integer.parseInt(f.page())).isBetween(1, doc.pages.size());
            if (f.rule().equals("TX-01") || f.rule().equals("TX-02")) {
                assertThat(doc.expect.transcript.unsignedPages()).contains(Integer.parseInt(f.page()));
            }
        }
    }

    @Test
    void sameSeedSamePlanAndScaleKeepsTheVariety(@TempDir Path tmp) throws IOException {
        World again = Planner.plan(Scenarios.all().size(), SampleGenerator.DEFAULT_SEED, SampleGenerator.DEFAULT_DATE);
        assertThat(rows(again)).isEqualTo(rows(world));

        int n = Scenarios.all().size() * 3;
        World big = Planner.plan(n, 7, SampleGenerator.DEFAULT_DATE);
        assertThat(big.dossiers).hasSize(n);
        assertThat(big.dossiers).allSatisfy(d -> assertThat(d.docs.size()).isBetween(8, 12));
        // three copies of every scenario: three times the findings of one copy
        World one = Planner.plan(Scenarios.all().size(), 7, SampleGenerator.DEFAULT_DATE);
        assertThat(big.findings).hasSize(one.findings.size() * 3);
        Set<String> ids = new HashSet<>();
        big.alerts.forEach(a -> assertThat(ids.add(a.id())).as(a.id()).isTrue());
    }

    @Test
    void aBenchmarkSizedPlanHasUniqueIdsAndPaths() {
        World big = Planner.plan(2000, SampleGenerator.DEFAULT_SEED, SampleGenerator.DEFAULT_DATE);
        assertThat(big.dossiers).hasSize(2000);
        assertThat(big.cases.stream().map(c -> c.id).distinct().count()).isEqualTo(2000);
        for (Dossier d : big.dossiers) {
            assertThat(d.docs.stream().map(x -> x.path).distinct().count()).as(d.caseId).isEqualTo(d.docs.size());
        }
        assertThat(big.findings.stream().map(Finding::csv).distinct().count()).isEqualTo(big.findings.size());
    }

    private static List<String> rows(World w) {
        List<String> r = new ArrayList<>();
        w.findings.forEach(f -> r.add(f.csv()));
        w.dossiers.forEach(d -> d.docs.forEach(x -> r.add(Csv.documentRow(d.caseId, x) + DocRenderer.txt(x, "\n"))));
        return r;
    }

    static boolean exists(Path p) {
        return Files.exists(p);
    }
}
