package casecheck.facts;

/** 案件类别 / procedure a transcript belongs to. */
public enum CaseCategory {
    CRIMINAL("刑事"), ADMINISTRATIVE("行政");

    private final String label;

    CaseCategory(String label) { this.label = label; }

    public String label() { return label; }
}
