package casecheck.batch.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import casecheck.check.NotEvaluated;
import casecheck.facts.InputTable;
import casecheck.facts.Unit;

/**
 * Everything the findings store holds for the morning report of business date {@code date}.
 *
 * @param runState      how far the night run of {@code date} got
 * @param dataDate      business date of the run the data comes from: {@code date} when that run completed, else the
 *                      last completed run before it, null when there is none
 * @param units         the 单位 table of that run (the tree and the recipients)
 * @param cases         cases of that run
 * @param findings      every finding the store knows that was open on some day of the last week, plus those
 *                      rectified or dismissed since (older closed ones may be left out)
 * @param documentIssues documents of that run that were not simply checked
 * @param missingTables export tables absent in that run
 * @param notEvaluated  rules not evaluated in that run, run-level (caseId null) or per case
 */
public record ReportInput(LocalDate date, RunState runState, LocalDate dataDate, List<Unit> units,
                          List<CaseRef> cases, List<TrackedFinding> findings, List<DocumentIssue> documentIssues,
                          Set<InputTable> missingTables, List<NotEvaluated> notEvaluated) {

    public ReportInput {
        units = List.copyOf(units);
        cases = List.copyOf(cases);
        findings = List.copyOf(findings);
        documentIssues = List.copyOf(documentIssues);
        missingTables = Set.copyOf(missingTables);
        notEvaluated = List.copyOf(notEvaluated);
    }
}
