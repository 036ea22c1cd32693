package casecheck.extract;

import casecheck.facts.OutcomeReason;
import java.util.List;
import java.util.Set;

/**
 * The text of one document, page by page, and how reading went. {@code paged} is true when the pages come from
 * the format itself (PDF pages, DOCX page breaks, form feeds); otherwise the text is one page and the parser may
 * split it on "第X页 共Y页" footers. {@code reason} is {@link OutcomeReason#NONE} when the text is complete and
 * reliable; for review reasons (OCR needed, unreliable, truncated) the text read so far is kept.
 * {@code scannedPages} (1-based) are pages whose text lies over a page-sized image: a scan with an OCR text layer,
 * where handwriting, seals and fingerprints exist only in the image.
 */
public record Extraction(String mediaType, List<String> pages, boolean paged, OutcomeReason reason, String detail,
                         Set<Integer> scannedPages) {

    public Extraction {
        pages = pages == null ? List.of() : List.copyOf(pages);
        reason = reason == null ? OutcomeReason.NONE : reason;
        scannedPages = scannedPages == null ? Set.of() : Set.copyOf(scannedPages);
    }

    /** A reading without scanned pages. */
    public Extraction(String mediaType, List<String> pages, boolean paged, OutcomeReason reason, String detail) {
        this(mediaType, pages, paged, reason, detail, Set.of());
    }

    /** This reading with {@code pages} marked as scans. */
    public Extraction withScannedPages(Set<Integer> scanned) {
        return new Extraction(mediaType, pages, paged, reason, detail, scanned);
    }

    public static Extraction failed(String mediaType, OutcomeReason reason, String detail) {
        return new Extraction(mediaType, List.of(), false, reason, detail);
    }

    public int characters() {
        return pages.stream().mapToInt(String::length).sum();
    }

    public String text() {
        return String.join("\n", pages);
    }
}
