package casecheck.batch.store;

import casecheck.facts.DocumentOutcome;
import casecheck.facts.OutcomeReason;

/** The single recorded outcome of one document in one run; {@code path} and {@code detail} are masked. */
public record DocumentRecord(String caseId, String docId, String path, String type, DocumentOutcome outcome,
                             OutcomeReason reason, String detail, Integer pages, Integer characters,
                             String sha256, String unitCode) {
}
