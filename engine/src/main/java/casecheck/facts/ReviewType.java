package casecheck.facts;

/** 审查类型 of a case: drives the filing-review deadlines (DL-01, DL-02). */
public enum ReviewType {
    GENERAL("一般"), NEEDS_VERIFICATION("需查证"), MAJOR_COMPLEX("重大疑难复杂");

    private final String label;

    ReviewType(String label) { this.label = label; }

    public String label() { return label; }
}
