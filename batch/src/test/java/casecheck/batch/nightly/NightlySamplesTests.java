package casecheck.batch.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import casecheck.assemble.DossierAssembler;
import casecheck.batch.StoreProbe;
import casecheck.check.CheckResult;
import casecheck.check.Checker;
import casecheck.check.FactSet;
import casecheck.check.Finding;
import casecheck.export.ExportLayout;
import casecheck.export.ExportTables;
import casecheck.facts.AsOf;
import casecheck.privacy.Masker;
import casecheck.batch.TestRuntime;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end with the real engine over the committed sample export: {@code casecheck nightly} (concurrent,
 * cached, restartable) must store exactly the findings (case, document, page, rule) and document outcomes the
 * engine gives when called directly, dossier by dossier — which the rules module's GoldenSamplesTest holds to
 * {@code samples/expected-findings.csv}; the remaining gap to that file is published. A second launch for the
 * date counts nothing twice.
 */
class NightlySamplesTests {

    static final LocalDate DATE = LocalDate.of(2026, 11, 22);

    @TempDir
    Path tmp;

    @Test
    void nightlyOverTheSamplesStoresExactlyTheGoldenFindings(TestReporter reporter) throws Exception {
        Path export = Path.of(System.getProperty("casecheck.samples", "../samples/export")).toAbsolutePath()
                .normalize();
        Assumptions.assumeTrue(Files.isDirectory(export), "sample export not found at " + export);
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC);
        TestRuntime rt = new TestRuntime(clock, List.of());
        long t0 = System.nanoTime();
        int code = rt.run("nightly", "--export", export.toString(), "--date", DATE.toString(), "--data-dir",
                tmp.resolve("data").toString());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(code).as(rt.err.toString()).isZero();

        try (StoreProbe p = new StoreProbe(tmp.resolve("data"))) {
            Set<String> actual = new TreeSet<>(p.jdbc.sql("SELECT case_id || ',' || document || ',' || "
                            + "COALESCE(CAST(page AS VARCHAR), '') || ',' || rule_id FROM cc_occurrence "
                            + "WHERE business_date = :d").param("d", java.sql.Date.valueOf(DATE)).query(String.class).list());
            Direct direct = direct(export);
            assertThat(actual).as("stored findings vs the engine run directly; summary:%n%s", rt.out).isEqualTo(direct.findings());
            assertThat(p.count("SELECT COUNT(*) FROM cc_finding")).isEqualTo(direct.findings().size());
            Set<String> golden = csv(export.getParent().resolve("expected-findings.csv"), new int[] {0, 1, 2, 3});
            Set<String> missing = new TreeSet<>(golden);
            missing.removeAll(actual);
            Set<String> extra = new TreeSet<>(actual);
            extra.removeAll(golden);
            // The truth itself is the rules module's GoldenSamplesTest; here: batch == engine, and the gap is shown.
            reporter.publishEntry("nightly-samples-vs-golden", "missing " + missing + " extra " + extra);

            Set<String> docs = new TreeSet<>(p.jdbc.sql("SELECT case_id || ',' || doc_path || ',' || outcome || ',' "
                    + "|| reason FROM cc_document WHERE business_date = :d").param("d", java.sql.Date.valueOf(DATE)).query(String.class).list());
            Set<String> expectedDocs = direct.documents();
            assertThat(docs).as("document outcomes vs the assembler run directly").isEqualTo(expectedDocs);
            var run = p.runs.run(DATE).orElseThrow();
            assertThat(run.docsSeen()).isEqualTo(expectedDocs.size())
                    .isEqualTo(run.docsChecked() + run.docsUnreadable() + run.docsReview());
            reporter.publishEntry("nightly-samples", String.format("%d dossiers, %d documents, %d findings: %d ms "
                            + "wall in-process (context start included), %.1f dossiers/s", run.dossiersTotal(),
                    run.docsSeen(), actual.size(), ms, run.dossiersTotal() * 1000.0 / ms));
        }
        TestRuntime again = new TestRuntime(clock, List.of());
        assertThat(again.run("nightly", "--export", export.toString(), "--date", DATE.toString(), "--data-dir",
                tmp.resolve("data").toString())).isZero();
        assertThat(again.out.toString()).contains("本次未重复运行");
    }

    record Direct(Set<String> findings, Set<String> documents) {
    }

    /** What the engine gives over the export when called directly, one dossier after the other. */
    private static Direct direct(Path export) throws Exception {
        Checker checker = Checker.load();
        DossierAssembler assembler = new DossierAssembler();
        ExportTables tables = ExportTables.load(export);
        AsOf asOf = AsOf.endOfDay(DATE);
        Set<String> findings = new TreeSet<>();
        Set<String> documents = new TreeSet<>();
        for (Path dossier : ExportLayout.dossiers(export)) {
            FactSet facts = assembler.assemble(dossier, tables);
            facts.documents().forEach(d -> documents.add(String.join(",", d.caseId(), Masker.mask(d.path()),
                    d.outcome().name(), d.reason().name())));
            add(checker.check(facts, asOf), findings);
        }
        add(checker.check(assembler.alerts(tables), asOf), findings);
        return new Direct(findings, documents);
    }

    private static void add(CheckResult r, Set<String> into) {
        for (Finding f : r.findings()) {
            into.add(String.join(",", f.caseId(), f.document(), f.page() == null ? "" : f.page().toString(),
                    f.ruleId()));
        }
    }

    private static Set<String> csv(Path file, int[] pick) throws Exception {
        Set<String> out = new TreeSet<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.replace("\uFEFF", "").split(",", -1);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < pick.length; i++) {
                sb.append(i == 0 ? "" : ",").append(f[pick[i]].strip());
            }
            out.add(sb.toString());
        }
        return out;
    }
}
