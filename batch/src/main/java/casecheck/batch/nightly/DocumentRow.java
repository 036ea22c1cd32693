package casecheck.batch.nightly;

import casecheck.facts.DocumentOutcome;
import casecheck.facts.OutcomeReason;

/** A document outcome ready to store; {@code path} and {@code detail} already masked. */
public record DocumentRow(String docId, String path, String type, DocumentOutcome outcome, OutcomeReason reason,
                          String detail, Integer pages, Integer characters, String sha256) {
}
