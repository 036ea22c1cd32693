package casecheck.batch.report;

/** A case of the export, for its name (案由) next to the case number and for problems per 100 cases. */
public record CaseRef(String caseId, String cause, String unitCode) {
}
