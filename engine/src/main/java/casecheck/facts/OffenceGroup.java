package casecheck.facts;

/** Offence groups recognised in alert and case text (legal-rules §b.4); keywords are configuration. */
public enum OffenceGroup {
    INJURY("人身伤害"), PROPERTY("侵财"), PUBLIC_ORDER("扰乱秩序"), DRUGS_VICE("黄赌毒"),
    BURGLARY("入户盗窃"), ARMED_THEFT("携带凶器盗窃"), PICKPOCKETING("扒窃");

    private final String label;

    OffenceGroup(String label) { this.label = label; }

    public String label() { return label; }
}
