package casecheck.facts;

/** Every document of every dossier ends in exactly one of these. */
public enum DocumentOutcome {
    CHECKED("已检查"), UNREADABLE("无法读取"), NEEDS_REVIEW("需人工复核");

    private final String label;

    DocumentOutcome(String label) { this.label = label; }

    public String label() { return label; }
}
