package casecheck.batch.report;

import casecheck.facts.OutcomeReason;

/** A document of the run that was not simply checked (unreadable, or needing a person). */
public record DocumentIssue(String caseId, String unitCode, String document, OutcomeReason reason) {
}
