package casecheck.facts;

/** The tables of an export (spec/export-format.md). */
public enum InputTable {
    UNITS("单位"), VENUES("场所"), ALERTS("警情"), CASES("案件"), PERSONS("人员"), MEASURES("强制措施");

    private final String label;

    InputTable(String label) { this.label = label; }

    public String label() { return label; }
}
