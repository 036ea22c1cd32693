package casecheck.batch.store;

/** A rule that could not be evaluated in a run: for one case, or for the whole run ({@code caseId} null). */
public record CoverageNote(String ruleId, String caseId, String lackOf) {
}
