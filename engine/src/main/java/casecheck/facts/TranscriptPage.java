package casecheck.facts;

/**
 * One page of a transcript: whether the subject's signature and fingerprint marks were found at its foot, and
 * the page number and total it declares ("第X页 共Y页"; null when absent).
 */
public record TranscriptPage(String docId, int pageNo, boolean subjectSigned, boolean subjectFingerprinted,
                             Integer declaredNo, Integer declaredTotal, Locator locator) {
}
