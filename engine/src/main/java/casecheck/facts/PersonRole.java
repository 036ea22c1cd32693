package casecheck.facts;

/** 角色 of a person in a case or transcript. */
public enum PersonRole {
    CRIMINAL_SUSPECT("犯罪嫌疑人"), ADMIN_SUSPECT("违法嫌疑人"), VICTIM("被害人"), INJURED_PARTY("被侵害人"),
    WITNESS("证人"), OTHER("其他");

    private final String label;

    PersonRole(String label) { this.label = label; }

    public String label() { return label; }

    public boolean isSuspect() { return this == CRIMINAL_SUSPECT || this == ADMIN_SUSPECT; }

    public boolean isVictimOrWitness() { return this == VICTIM || this == INJURED_PARTY || this == WITNESS; }
}
