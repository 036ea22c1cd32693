package casecheck.facts;

/** 层级 of an organisational unit. */
public enum UnitLevel {
    CITY_BUREAU("市局"), SUB_BUREAU("分局"), POLICE_STATION("派出所"), BRIGADE("大队"), LEGAL_DEPT("法制部门");

    private final String label;

    UnitLevel(String label) { this.label = label; }

    public String label() { return label; }
}
