package casecheck.batch.store;

/**
 * One dossier of one run. {@code status} is PENDING, CHECKED or FAILED (the dossier itself could not be opened;
 * its files are then recorded as unreadable documents). {@code detail} is masked.
 */
public record DossierRecord(String caseId, String relPath, String contentSha256, String status, String unitCode,
                            Integer docsSeen, Integer docsChecked, Integer docsUnreadable, Integer docsReview,
                            Boolean fromCache, String detail) {
}
