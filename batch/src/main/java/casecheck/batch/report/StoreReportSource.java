package casecheck.batch.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import casecheck.batch.store.FindingsStore;
import casecheck.batch.store.RunRecord;
import casecheck.batch.store.RunStore;
import casecheck.batch.store.StoredFinding;
import casecheck.batch.store.UnitDirectory;
import casecheck.check.NotEvaluated;
import casecheck.export.ExportException;
import casecheck.export.ExportTables;
import casecheck.facts.InputTable;
import casecheck.privacy.Masker;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The morning report's data from the nightly findings store. What was open and what was rectified come from the
 * run of the data date itself (exact for reruns of old dates); the 7-day trend from each finding's life. Cases
 * (with their 案由) and missing tables come from the run's export when it is still readable, else cases are those
 * whose dossiers the run checked. Thread-safe (reads only).
 */
public final class StoreReportSource implements ReportSource {

    private static final Logger LOG = LoggerFactory.getLogger(StoreReportSource.class);

    private final RunStore runs;
    private final FindingsStore findings;
    private final UnitDirectory units;

    public StoreReportSource(RunStore runs, FindingsStore findings, UnitDirectory units) {
        this.runs = runs;
        this.findings = findings;
        this.units = units;
    }

    @Override
    public ReportInput load(LocalDate date) {
        Optional<RunRecord> run = runs.run(date);
        RunState state = run.map(r -> r.status() == RunRecord.RunStatus.COMPLETED ? RunState.COMPLETED
                : RunState.INCOMPLETE).orElse(RunState.MISSING);
        LocalDate dataDate = state == RunState.COMPLETED ? date
                : runs.latestCompleted(date.minusDays(1)).map(RunRecord::businessDate).orElse(null);
        if (dataDate == null) {
            return new ReportInput(date, state, null, units.units(), List.of(), List.of(), List.of(), Set.of(),
                    List.of());
        }
        // every finding's life (for the trend), then what the data date's run itself said
        Map<String, TrackedFinding> byFp = new LinkedHashMap<>();
        for (StoredFinding f : findings.list(null, null, Integer.MAX_VALUE)) {
            byFp.put(f.fingerprint(), tracked(f, f.status() == casecheck.batch.store.FindingStatus.OPEN
                    ? FindingStatus.OPEN : f.status() == casecheck.batch.store.FindingStatus.RECTIFIED
                    ? FindingStatus.RECTIFIED : FindingStatus.DISMISSED, closedOn(f)));
        }
        for (StoredFinding f : findings.openOn(dataDate, null)) {
            byFp.put(f.fingerprint(), tracked(f, FindingStatus.OPEN, null));
        }
        for (StoredFinding f : findings.rectifiedOn(dataDate, null)) {
            byFp.put(f.fingerprint(), tracked(f, FindingStatus.RECTIFIED, dataDate));
        }
        Optional<ExportTables> tables = run(dataDate).flatMap(StoreReportSource::tables);
        // the 案件 table names the cases (案由) and counts every case of a unit; without it, the checked dossiers
        List<CaseRef> cases = tables.filter(t -> !t.cases().isEmpty())
                .map(t -> t.cases().stream().map(c -> new CaseRef(c.caseId(), c.cause(), c.unitCode())).toList())
                .orElseGet(() -> runs.dossiers(dataDate).stream()
                        .map(d -> new CaseRef(d.caseId(), null, d.unitCode())).toList());
        Set<InputTable> missing = tables.map(t -> {
            Set<InputTable> m = EnumSet.allOf(InputTable.class);
            m.removeAll(t.coverage().tables());
            return (Set<InputTable>) m;
        }).orElse(Set.of());
        List<DocumentIssue> issues = runs.documents(dataDate, null, true).stream()
                .map(d -> new DocumentIssue(d.caseId(), d.unitCode(), d.path(), d.reason())).toList();
        List<NotEvaluated> notEvaluated = runs.notEvaluated(dataDate).stream()
                .map(n -> new NotEvaluated(n.ruleId(), n.caseId(), n.lackOf())).toList();
        return new ReportInput(date, state, dataDate, units.units(), cases, List.copyOf(byFp.values()), issues,
                missing, notEvaluated);
    }

    private Optional<RunRecord> run(LocalDate date) {
        return runs.run(date);
    }

    /** The run's export tables, when the export is still there (it usually is the next morning). */
    private static Optional<ExportTables> tables(RunRecord run) {
        if (run.exportDir() == null || run.exportDir().isBlank()) {
            return Optional.empty();
        }
        try {
            Path dir = Path.of(run.exportDir());
            return Files.exists(dir) ? Optional.of(ExportTables.load(dir)) : Optional.empty();
        } catch (ExportException | RuntimeException e) {
            LOG.warn("无法读取 {} 的导出表格，报告中不含案由：{}", run.businessDate(), Masker.mask(e.getMessage()));
            return Optional.empty();
        }
    }

    private static LocalDate closedOn(StoredFinding f) {
        return switch (f.status()) {
            case OPEN -> null;
            case RECTIFIED -> f.rectifiedOn();
            case DISMISSED -> f.dismissedAt() == null ? f.lastSeen() : f.dismissedAt().toLocalDate();
        };
    }

    private static TrackedFinding tracked(StoredFinding f, FindingStatus status, LocalDate closedOn) {
        // alert findings have no case: the alert id (subject) stands in its place
        String caseId = f.caseId() != null ? f.caseId() : f.subject();
        return new TrackedFinding(f.fingerprint(), f.ruleId(), f.title(), f.family(), f.severity(), f.kind(), caseId,
                f.unitCode(), f.officer(), f.document(), f.page(), f.excerpt(), f.message(), f.legalBasis(), status,
                f.firstSeen(), closedOn);
    }
}
