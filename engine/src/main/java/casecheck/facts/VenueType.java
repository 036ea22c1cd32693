package casecheck.facts;

/** 场所类型 in the venue registry. */
public enum VenueType {
    CASE_CENTRE("执法办案管理中心"), CASE_SUBCENTRE("执法办案分中心"), DETENTION_CENTRE("看守所"),
    DETENTION_HOUSE("拘留所"), DRUG_REHAB("强制隔离戒毒所"), OTHER("其他");

    private final String label;

    VenueType(String label) { this.label = label; }

    public String label() { return label; }
}
