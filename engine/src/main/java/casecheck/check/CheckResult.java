package casecheck.check;

import casecheck.facts.DossierDocument;
import java.util.List;

/** The outcome of checking one {@link FactSet}: findings in a stable order, rules not evaluated, and documents. */
public record CheckResult(String subject, List<Finding> findings, List<NotEvaluated> notEvaluated,
                          List<DossierDocument> documents) {

    public CheckResult {
        findings = List.copyOf(findings);
        notEvaluated = List.copyOf(notEvaluated);
        documents = List.copyOf(documents);
    }
}
