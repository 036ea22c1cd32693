package casecheck.assemble;

import casecheck.extract.Extraction;
import casecheck.facts.DocumentOutcome;
import casecheck.facts.DocumentType;
import casecheck.facts.DossierDocument;
import casecheck.facts.OutcomeReason;
import casecheck.text.DocumentTypes;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A document after reading: its outcome record, its text (when any) and its recognised type. */
record ReadDocument(DossierDocument document, Extraction extraction, DocumentTypes.Recognised recognised) {

    static ReadDocument failed(String caseId, String docId, String path, OutcomeReason reason, String detail,
                               String sha) {
        DocumentTypes.Recognised r = DocumentTypes.recognise(null, path);
        DossierDocument d = new DossierDocument(caseId, docId, path, r.type(), null, reason.outcome(), reason, detail,
                0, 0, sha);
        return new ReadDocument(d, null, r);
    }

    static ReadDocument of(String caseId, String docId, String path, Extraction ex, String sha) {
        if (ex.pages().isEmpty()) {
            return failed(caseId, docId, path, ex.reason(), ex.detail(), sha);
        }
        DocumentTypes.Recognised r = DocumentTypes.recognise(ex.text(), path);
        List<DocumentTypes.Start> others = ex.paged() && ex.reason() == OutcomeReason.NONE
                ? DocumentTypes.laterStarts(ex.pages(), r.type()) : List.of();
        if (!others.isEmpty()) {
            return merged(caseId, docId, path, ex, sha, r, others);
        }
        DossierDocument d = new DossierDocument(caseId, docId, path, r.type(), r.title(), ex.reason().outcome(),
                ex.reason(), ex.detail(), ex.pages().size(), ex.characters(), sha);
        return new ReadDocument(d, ex, r);
    }

    /**
     * A file that holds several documents: only the first one (the pages before the next document starts) is
     * parsed, as its own type — parsed whole, a notice after a transcript would be checked as transcript pages — and
     * the file needs review, its detail saying where each other document starts.
     */
    private static ReadDocument merged(String caseId, String docId, String path, Extraction ex, String sha,
                                       DocumentTypes.Recognised r, List<DocumentTypes.Start> others) {
        int firstPages = others.get(0).page() - 1;
        Set<Integer> scanned = new TreeSet<>();
        ex.scannedPages().stream().filter(p -> p <= firstPages).forEach(scanned::add);
        Extraction first = new Extraction(ex.mediaType(), ex.pages().subList(0, firstPages), true, ex.reason(),
                ex.detail(), scanned);
        StringBuilder detail = new StringBuilder();
        for (DocumentTypes.Start s : others) {
            detail.append(detail.length() == 0 ? "" : "，").append("第 ").append(s.page()).append(" 页起为“")
                    .append(s.title().strip()).append("”");
        }
        String firstName = r.title() == null ? "第一份文书" : "“" + r.title().strip() + "”";
        detail.append("；只按第 1").append(firstPages > 1 ? "–" + firstPages : "").append(" 页的").append(firstName)
                .append("检查，其余文书未检查，请拆分后重新检查或人工审阅");
        DossierDocument d = new DossierDocument(caseId, docId, path, r.type(), r.title(),
                OutcomeReason.MERGED_DOCUMENTS.outcome(), OutcomeReason.MERGED_DOCUMENTS, detail.toString(),
                ex.pages().size(), ex.characters(), sha);
        return new ReadDocument(d, first, r);
    }

    /** Whether the document's text is parsed into facts: checked, or the first document of a merged file. */
    boolean parsed() {
        return checked() || document.reason() == OutcomeReason.MERGED_DOCUMENTS;
    }

    /** The same document with {@code note} added to its outcome detail (nothing when null). */
    ReadDocument withNote(String note) {
        if (note == null) {
            return this;
        }
        DossierDocument d = document;
        String detail = d.detail() == null ? note : d.detail() + "；" + note;
        return new ReadDocument(new DossierDocument(d.caseId(), d.docId(), d.path(), d.type(), d.title(), d.outcome(),
                d.reason(), detail, d.pages(), d.characters(), d.sha256()), extraction, recognised);
    }

    boolean checked() {
        return document.outcome() == DocumentOutcome.CHECKED;
    }

    DocumentType type() {
        return document.type();
    }

    String path() {
        return document.path();
    }
}
