package casecheck.batch.report;

/** How far the night run of the report's business date got. */
public enum RunState {
    /** Finished: the report shows that night's data. */
    COMPLETED,
    /** Started but not finished (still running, failed or crashed). */
    INCOMPLETE,
    /** Never started for that date. */
    MISSING
}
