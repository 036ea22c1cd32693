package casecheck.facts;

/** 特殊情况 of a person (人员.特殊情况 or stated in a transcript). */
public enum SpecialCondition {
    MINOR("未成年"), DEAF_MUTE("聋哑"), BLIND("盲"), PREGNANT("孕妇"), NURSING("哺乳期"),
    NO_LOCAL_LANGUAGE("不通晓当地语言"), SERIOUS_ILLNESS("严重疾病"), DISABILITY("残疾"),
    MENTAL_ILLNESS("精神病"), LIMITED_MOBILITY("行动不便");

    private final String label;

    SpecialCondition(String label) { this.label = label; }

    public String label() { return label; }

    /** The 刑规 198 ¶1(二) exceptions that allow questioning at home or in hospital. */
    public boolean allowsQuestioningOutsideVenue() {
        return this == SERIOUS_ILLNESS || this == DISABILITY || this == PREGNANT || this == LIMITED_MOBILITY;
    }
}
