package casecheck.batch.store;

/** What a run did to a finding it saw. Rectification is recorded separately (the finding was not seen). */
public enum Transition {
    /** First seen in this run. */
    NEW("新发现"),
    /** Open before and seen again. */
    CARRIED("延续"),
    /** Rectified or dismissed before, present again (for a dismissal: its evidence changed). */
    REOPENED("重新出现"),
    /** Present but dismissed with the same evidence: not counted as open. */
    DISMISSED("已排除"),
    /**
     * Not seen, but the run could not verify a rectification (case not in the export or not openable, rule not
     * evaluable, cited document unreadable): still open, {@code lastSeen} unchanged.
     */
    UNVERIFIED("无法复核");

    private final String label;

    Transition(String label) { this.label = label; }

    public String label() { return label; }

    /** True when the finding counts as open on that run's date. */
    public boolean open() { return this != DISMISSED; }
}
