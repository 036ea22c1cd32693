package casecheck.batch.nightly;

import java.time.LocalDate;

/** A dossier still to be checked in the run of {@code businessDate}: the item of the dossier step. */
public record PendingDossier(LocalDate businessDate, String caseId, String relPath, String contentSha256) {
}
