package casecheck.batch.store;

/** Where a finding stands in its life across nightly runs. */
public enum FindingStatus {
    /** Seen in the latest run that checked its case and not dismissed. */
    OPEN("未整改"),
    /** Gone in a later run that checked its case: closed by that run ({@code rectifiedOn}). */
    RECTIFIED("已整改"),
    /** Dismissed by a legal officer; stays dismissed while its evidence is unchanged. */
    DISMISSED("已排除");

    private final String label;

    FindingStatus(String label) { this.label = label; }

    public String label() { return label; }
}
