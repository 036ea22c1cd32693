package casecheck.facts;

/** 警情性质 as recorded by the dispatcher. */
public enum AlertNature {
    CRIMINAL("刑事"), PUBLIC_ORDER("治安"), DISPUTE("纠纷"), HELP("求助"), OTHER("其他");

    private final String label;

    AlertNature(String label) { this.label = label; }

    public String label() { return label; }

    /** Case-type alerts carry the duty to register (行规 60, 刑规 169). */
    public boolean isCaseType() { return this == CRIMINAL || this == PUBLIC_ORDER; }
}
