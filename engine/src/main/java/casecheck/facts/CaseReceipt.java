package casecheck.facts;

/**
 * 受案回执: issued to the reporter, or a note that the reporter could not be reached or refused it (刑规 171).
 */
public record CaseReceipt(String caseId, String docId, boolean deliveredOrNoted, Locator locator) {
}
