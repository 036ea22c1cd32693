package casecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import casecheck.assemble.DossierAssembler;
import casecheck.check.Checker;
import casecheck.check.FactSet;
import casecheck.export.ExportLayout;
import casecheck.export.ExportTables;
import casecheck.facts.AsOf;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Throughput of the rules alone over the sample dossiers (facts assembled once, then checked warm, one thread).
 * Not part of the default test run (no *Test suffix); run it with
 * {@code ./mvnw -o -pl rules -am verify -Dtest=CheckThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * It prints figures and asserts only that it ran.
 */
class CheckThroughputBenchmark {

    private static final System.Logger LOG = System.getLogger(CheckThroughputBenchmark.class.getName());

    @Test
    void warmChecksPerSecond() throws Exception {
        Path export = Path.of(System.getProperty("casecheck.samples", "../samples/export")).toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isDirectory(export), "sample export not found at " + export);
        int rounds = Integer.getInteger("rounds", 40);
        long l0 = System.nanoTime();
        Checker checker = Checker.load();
        long loadMs = (System.nanoTime() - l0) / 1_000_000;
        DossierAssembler assembler = new DossierAssembler();
        ExportTables tables = ExportTables.load(export);
        List<FactSet> sets = new ArrayList<>();
        for (Path d : ExportLayout.dossiers(export)) {
            sets.add(assembler.assemble(d, tables));
        }
        FactSet alerts = assembler.alerts(tables);
        AsOf asOf = AsOf.endOfDay(LocalDate.of(2026, 11, 22));
        int facts = sets.stream().mapToInt(s -> s.facts().size()).sum();
        long findings = 0;
        for (int warm = 0; warm < 5; warm++) {
            for (FactSet s : sets) {
                findings += checker.check(s, asOf).findings().size();
            }
        }
        // CPU time of this thread as well as wall time: the build machine is shared, wall time alone misleads.
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (FactSet s : sets) {
                findings += checker.check(s, asOf).findings().size();
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpuMs = (mx.getCurrentThreadCpuTime() - cpu0) / 1e6 / (sets.size() * rounds);
        long a0 = System.nanoTime();
        int alertFindings = checker.check(alerts, asOf).findings().size();
        double alertMs = (System.nanoTime() - a0) / 1e6;
        String figures = String.format("Checker.load %d ms; %d dossiers (%d facts) x %d rounds warm: %.0f dossier checks/s "
                + "(%.0f facts/s, %.2f ms/check wall, %.3f ms/check CPU); alert batch (%d alerts): %.1f ms, %d findings",
                loadMs, sets.size(), facts, rounds, sets.size() * rounds / secs, facts * rounds / secs,
                secs * 1000 / (sets.size() * rounds), cpuMs, alerts.facts().size(), alertMs, alertFindings);
        LOG.log(System.Logger.Level.INFO, figures);
        assertThat(findings).isPositive();
    }
}
