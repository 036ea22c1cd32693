package casecheck.batch.report;

import java.time.LocalDate;
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

/**
 * The morning report's data from the nightly findings store. What was open and what was rectified come from the
 * run of the data date itself (exact for reruns of old dates); the 7-day trend from each finding's life. Cases are
 * those whose dossiers the run checked. Thread-safe (reads only).
 */
public final class StoreReportSource implements ReportSource {

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
        List<CaseRef> cases = runs.dossiers(dataDate).stream()
                .map(d -> new CaseRef(d.caseId(), null, d.unitCode())).toList();
        List<DocumentIssue> issues = runs.documents(dataDate, null, true).stream()
                .map(d -> new DocumentIssue(d.caseId(), d.unitCode(), d.path(), d.reason())).toList();
        List<NotEvaluated> notEvaluated = runs.notEvaluated(dataDate).stream()
                .map(n -> new NotEvaluated(n.ruleId(), n.caseId(), n.lackOf())).toList();
        return new ReportInput(date, state, dataDate, units.units(), cases, List.copyOf(byFp.values()), issues,
                Set.of(), notEvaluated);
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
