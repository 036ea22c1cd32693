package casecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import casecheck.check.CheckResult;
import casecheck.check.Checker;
import casecheck.check.FactSet;
import casecheck.check.Finding;
import casecheck.check.FindingKind;
import casecheck.facts.AsOf;
import casecheck.facts.CaseCategory;
import casecheck.facts.DataCoverage;
import casecheck.facts.Locator;
import casecheck.facts.Severity;
import casecheck.facts.Transcript;
import casecheck.facts.TranscriptKind;
import casecheck.facts.TranscriptPage;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The facade end to end on the real kjar: a hit becomes a complete, stable finding. */
class CheckerTest {

    private static Checker checker;

    @BeforeAll
    static void load() { checker = Checker.load(); }

    private static FactSet oneTranscript(boolean page2Fingerprinted) {
        Transcript.Builder b = Transcript.builder("A1", "d1", "笔录/讯问笔录1.docx");
        b.kind = TranscriptKind.INTERROGATION;
        b.procedure = CaseCategory.CRIMINAL;
        b.pages.add(new TranscriptPage("d1", 1, true, true, 1, 2, Locator.of("笔录/讯问笔录1.docx", 1, 30, "被讯问人：张三")));
        b.pages.add(new TranscriptPage("d1", 2, true, page2Fingerprinted, 2, 2,
                Locator.of("笔录/讯问笔录1.docx", 2, 60, "被讯问人：张三（签名）")));
        return new FactSet("A1", List.of(b.build()), List.of(), new DataCoverage(Set.of(), true));
    }

    @Test
    void unsignedPageBecomesAFindingWithMetadataMessageAndFingerprint() {
        CheckResult r = checker.check(oneTranscript(false), AsOf.endOfDay(LocalDate.of(2026, 11, 22)), "TX-01"::equals);
        assertThat(r.findings()).hasSize(1);
        Finding f = r.findings().get(0);
        assertThat(f.ruleId()).isEqualTo("TX-01");
        assertThat(f.severity()).isEqualTo(Severity.RED);
        assertThat(f.kind()).isEqualTo(FindingKind.VIOLATION);
        assertThat(f.family()).isEqualTo("transcript");
        assertThat(f.document()).isEqualTo("笔录/讯问笔录1.docx");
        assertThat(f.page()).isEqualTo(2);
        assertThat(f.message()).startsWith("第2页");
        assertThat(f.legalBasis()).contains("第二百零六条");
        assertThat(f.fingerprint()).hasSize(16)
                .isEqualTo(Checker.fingerprint("TX-01", "A1", "笔录/讯问笔录1.docx", 2, "被讯问人：张三（签名）"));
    }

    @Test
    void fullySignedTranscriptHasNoFinding() {
        CheckResult r = checker.check(oneTranscript(true), AsOf.endOfDay(LocalDate.of(2026, 11, 22)), "TX-01"::equals);
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void catalogReadsMetadataFromTheKjar() {
        assertThat(checker.catalog().find("TX-01")).hasValueSatisfying(info -> {
            assertThat(info.name()).isEqualTo("TX-01 TranscriptPageUnsigned");
            assertThat(info.title()).isNotBlank();
            assertThat(info.trigger()).contains("签名");
            assertThat(info.fix()).isNotBlank();
            assertThat(info.example()).isNotBlank();
        });
    }

    @Test
    void severityIsOverriddenByConfiguration(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path override = dir.resolve("province.properties");
        java.nio.file.Files.writeString(override, "severity.TX-01=orange\n", java.nio.charset.StandardCharsets.UTF_8);
        Checker custom = Checker.load(casecheck.check.LawConfig.withOverride(override));
        CheckResult r = custom.check(oneTranscript(false), AsOf.endOfDay(LocalDate.of(2026, 11, 22)), "TX-01"::equals);
        assertThat(r.findings()).singleElement().extracting(Finding::severity).isEqualTo(Severity.ORANGE);
        assertThat(custom.catalog().find("TX-01").orElseThrow().severity()).isEqualTo(Severity.ORANGE);
        assertThat(checker.catalog().find("TX-01").orElseThrow().severity()).isEqualTo(Severity.RED);
    }

    @Test
    void missingTablesAreReportedAsNotEvaluatedForTheRun() {
        FactSet noTables = new FactSet("A1", oneTranscript(true).facts(), List.of(), new DataCoverage(Set.of(), true));
        CheckResult r = checker.check(noTables, AsOf.endOfDay(LocalDate.of(2026, 11, 22)));
        assertThat(r.notEvaluated()).filteredOn(n -> n.caseId() == null).extracting(n -> n.ruleId())
                .contains("AL-01", "DL-02", "LO-01").doesNotContain("TX-01");
    }

    @Test
    void fingerprintIgnoresWhitespaceAndPunctuationNoiseButNotThePlace() {
        String a = Checker.fingerprint("TX-01", "A1", "笔录.docx", 2, "被讯问人：张三（签名）");
        assertThat(Checker.fingerprint("TX-01", "A1", "笔录.docx", 2, "被讯问人: 张三 (签名)")).isEqualTo(a);
        assertThat(Checker.fingerprint("TX-01", "A1", "笔录.docx", 3, "被讯问人：张三（签名）")).isNotEqualTo(a);
        assertThat(Checker.fingerprint("TX-02", "A1", "笔录.docx", 2, "被讯问人：张三（签名）")).isNotEqualTo(a);
    }
}
