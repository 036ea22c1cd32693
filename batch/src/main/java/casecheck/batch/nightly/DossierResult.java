package casecheck.batch.nightly;

import casecheck.check.Finding;
import casecheck.check.NotEvaluated;
import java.time.LocalDate;
import java.util.List;

/**
 * What checking one dossier produced, written in one transaction by {@link DossierResultWriter}.
 * {@code failed}: the dossier could not be opened (its files are then unreadable documents).
 * {@code cachePayload}/{@code cacheKey}: freshly assembled facts to remember (null when taken from the cache
 * or not cacheable).
 */
public record DossierResult(LocalDate businessDate, String caseId, String unitCode, boolean failed, String detail,
                            List<DocumentRow> documents, List<Finding> findings, List<String> evidenceHashes,
                            List<NotEvaluated> notEvaluated, boolean fromCache, String cacheKey,
                            String cachePayload) {

    public DossierResult {
        documents = List.copyOf(documents);
        findings = List.copyOf(findings);
        evidenceHashes = List.copyOf(evidenceHashes);
        notEvaluated = List.copyOf(notEvaluated);
        if (findings.size() != evidenceHashes.size()) {
            throw new IllegalArgumentException("one evidence hash per finding");
        }
    }

    /**
     * This dossier as stored when its results could not be: FAILED, every document STORE_FAILED (needs review), no
     * findings and nothing cached. {@code detail} is Chinese and contains no personal data.
     */
    public DossierResult storeFailed(String detail) {
        casecheck.facts.OutcomeReason reason = casecheck.facts.OutcomeReason.STORE_FAILED;
        List<DocumentRow> docs = documents.stream().map(d -> new DocumentRow(d.docId(), d.path(), d.type(),
                reason.outcome(), reason, detail, d.pages(), d.characters(), d.sha256())).toList();
        return new DossierResult(businessDate, caseId, unitCode, true, detail, docs, List.of(), List.of(), List.of(),
                false, null, null);
    }

    public long count(casecheck.facts.DocumentOutcome outcome) {
        return documents.stream().filter(d -> d.outcome() == outcome).count();
    }
}
