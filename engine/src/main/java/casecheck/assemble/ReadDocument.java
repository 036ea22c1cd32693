package casecheck.assemble;

import casecheck.extract.Extraction;
import casecheck.facts.DocumentOutcome;
import casecheck.facts.DocumentType;
import casecheck.facts.DossierDocument;
import casecheck.facts.OutcomeReason;
import casecheck.text.DocumentTypes;

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
        DossierDocument d = new DossierDocument(caseId, docId, path, r.type(), r.title(), ex.reason().outcome(),
                ex.reason(), ex.detail(), ex.pages().size(), ex.characters(), sha);
        return new ReadDocument(d, ex, r);
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
