package casecheck.facts;

/**
 * One document of a dossier and its single recorded outcome. {@code path} is relative to the dossier
 * (inside a zip: the entry name); {@code docId} is a stable id (hash of case + path).
 */
public record DossierDocument(String caseId, String docId, String path, DocumentType type, String title,
                              DocumentOutcome outcome, OutcomeReason reason, String detail, int pages,
                              int characters, String sha256) {

    public boolean isReadable() { return outcome == DocumentOutcome.CHECKED; }
}
