package casecheck.facts;

/** 讯问 (a suspect) or 询问 (a victim, witness, or an administrative suspect). */
public enum TranscriptKind {
    INTERROGATION("讯问"), INQUIRY("询问");

    private final String label;

    TranscriptKind(String label) { this.label = label; }

    public String label() { return label; }
}
