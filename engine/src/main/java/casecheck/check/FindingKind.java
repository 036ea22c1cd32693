package casecheck.check;

/** A finding states a violation, or says the data could not decide and a person must look (never a guess). */
public enum FindingKind {
    VIOLATION("问题"), NEEDS_REVIEW("需复核");

    private final String label;

    FindingKind(String label) { this.label = label; }

    public String label() { return label; }
}
