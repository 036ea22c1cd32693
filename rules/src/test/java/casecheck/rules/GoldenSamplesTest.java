package casecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import casecheck.assemble.DossierAssembler;
import casecheck.check.CheckResult;
import casecheck.check.Checker;
import casecheck.check.FactSet;
import casecheck.check.Finding;
import casecheck.export.ExportLayout;
import casecheck.export.ExportTables;
import casecheck.facts.AsOf;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * End to end over the committed sample export: assembler + checker over every dossier (with the tables) and over
 * the alerts, as of the export's business date, must yield exactly {@code samples/expected-findings.csv} as
 * (case, document, page, rule) — nothing missing, nothing extra. The export location can be overridden with
 * {@code -Dcasecheck.samples=<export dir>} (the truth file is read from its parent).
 */
class GoldenSamplesTest {

    private static final System.Logger LOG = System.getLogger(GoldenSamplesTest.class.getName());
    private static final LocalDate BUSINESS_DATE = LocalDate.of(2026, 11, 22);

    @Test
    void checkerOverTheSamplesYieldsExactlyTheExpectedFindings(TestReporter reporter) throws Exception {
        Path export = Path.of(System.getProperty("casecheck.samples", "../samples/export")).toAbsolutePath()
                .normalize();
        Path expectedFile = export.getParent().resolve("expected-findings.csv");
        Assumptions.assumeTrue(Files.isDirectory(export) && Files.isRegularFile(expectedFile),
                "sample export not found at " + export);

        Checker checker = Checker.load();
        DossierAssembler assembler = new DossierAssembler();
        ExportTables tables = ExportTables.load(export);
        AsOf asOf = AsOf.endOfDay(BUSINESS_DATE);

        Set<String> actual = new TreeSet<>();
        List<String> detail = new ArrayList<>();
        long t0 = System.nanoTime();
        long checkNanos = 0;
        int dossiers = 0;
        for (Path dossier : ExportLayout.dossiers(export)) {
            FactSet facts = assembler.assemble(dossier, tables);
            long c0 = System.nanoTime();
            CheckResult r = checker.check(facts, asOf);
            checkNanos += System.nanoTime() - c0;
            collect(r, actual, detail);
            dossiers++;
        }
        FactSet alerts = assembler.alerts(tables);
        collect(checker.check(alerts, asOf), actual, detail);
        long totalMs = (System.nanoTime() - t0) / 1_000_000;

        Set<String> expected = readExpected(expectedFile);
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        String figures = String.format(
                "%d dossiers + alerts: assemble+check %d ms, rules only %.1f ms (%.0f dossier checks/s); %d findings",
                dossiers, totalMs, checkNanos / 1e6, dossiers * 1e9 / Math.max(1, checkNanos), actual.size());
        reporter.publishEntry("golden", figures);
        LOG.log(System.Logger.Level.INFO, figures);
        StringBuilder diff = new StringBuilder();
        missing.forEach(m -> diff.append("\n  missing  ").append(m));
        extra.forEach(e -> diff.append("\n  extra    ").append(e).append(detailOf(e, detail)));
        assertThat(diff.toString()).as("golden diff (case,document,page,rule) against %s", expectedFile).isEmpty();
    }

    private static void collect(CheckResult r, Set<String> rows, List<String> detail) {
        for (Finding f : r.findings()) {
            String row = row(f.caseId(), f.document(), f.page() == null ? "" : f.page().toString(), f.ruleId());
            rows.add(row);
            detail.add(row + "\t" + f.kind() + " " + f.message());
        }
    }

    private static String detailOf(String row, List<String> detail) {
        return detail.stream().filter(d -> d.startsWith(row + "\t")).findFirst()
                .map(d -> "   — " + d.substring(row.length() + 1)).orElse("");
    }

    private static String row(String caseId, String document, String page, String rule) {
        return caseId + "," + document + "," + page + "," + rule;
    }

    private static Set<String> readExpected(Path csv) throws Exception {
        Set<String> out = new TreeSet<>();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).replace("\uFEFF", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split(",", -1);
            out.add(row(f[0].strip(), f[1].strip(), f[2].strip(), f[3].strip()));
        }
        return out;
    }
}
