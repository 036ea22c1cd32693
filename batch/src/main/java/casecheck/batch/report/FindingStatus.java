package casecheck.batch.report;

/** The life of a stored finding as the morning report sees it. */
public enum FindingStatus {
    /** Still found by the latest run. */
    OPEN,
    /** Gone in a later run: closed by that run. */
    RECTIFIED,
    /** Dismissed by a legal officer; never reported as a problem. */
    DISMISSED
}
