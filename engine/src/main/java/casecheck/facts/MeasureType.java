package casecheck.facts;

/** 措施类型 of 强制措施. */
public enum MeasureType {
    ORAL_SUMMONS("口头传唤"), SUMMONS("传唤"), COMPELLED_APPEARANCE("拘传"), CONTINUED_QUESTIONING("继续盘问"),
    CRIMINAL_DETENTION("刑事拘留"), ARREST("逮捕"), BAIL("取保候审"), RESIDENTIAL_SURVEILLANCE("监视居住"),
    ADMIN_DETENTION("行政拘留");

    private final String label;

    MeasureType(String label) { this.label = label; }

    public String label() { return label; }
}
