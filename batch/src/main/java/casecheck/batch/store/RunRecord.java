package casecheck.batch.store;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One nightly run (one business date). Document counts satisfy
 * {@code docsSeen == docsChecked + docsUnreadable + docsReview} once the run is COMPLETED; counts are null
 * before reconciliation. {@code attempts} counts launches (restarts after a crash add one).
 */
public record RunRecord(LocalDate businessDate, String exportDir, String manifestSha256, RunStatus status,
                        LocalDateTime startedAt, LocalDateTime finishedAt, int attempts, Integer dossiersTotal,
                        Integer dossiersFailed, Integer docsSeen, Integer docsChecked, Integer docsUnreadable,
                        Integer docsReview, boolean alertsChecked, Integer cacheHits) {

    /** Run states as stored in {@code cc_run.status}. */
    public enum RunStatus { RUNNING, COMPLETED, FAILED }
}
