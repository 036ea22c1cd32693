package casecheck.facts;

/**
 * One page of a transcript: whether the subject's signature and fingerprint marks were found at its foot, and
 * the page number and total it declares ("第X页 共Y页"; null when absent). {@code scanned}: the page is a scan
 * (its text an OCR layer over the image), so a mark missing from the text may still be on the paper.
 */
public record TranscriptPage(String docId, int pageNo, boolean subjectSigned, boolean subjectFingerprinted,
                             Integer declaredNo, Integer declaredTotal, Locator locator, boolean scanned) {

    /** A page read from a born-digital text layer. */
    public TranscriptPage(String docId, int pageNo, boolean subjectSigned, boolean subjectFingerprinted,
                          Integer declaredNo, Integer declaredTotal, Locator locator) {
        this(docId, pageNo, subjectSigned, subjectFingerprinted, declaredNo, declaredTotal, locator, false);
    }
}
