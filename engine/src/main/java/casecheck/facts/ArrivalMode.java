package casecheck.facts;

/** 到案方式 recorded in a transcript. */
public enum ArrivalMode {
    ORAL_SUMMONS("口头传唤"), SUMMONS("传唤证传唤"), COMPELLED("拘传"), SURRENDER("自动投案"),
    ESCORTED_BY_CITIZENS("群众扭送"), DETAINED("抓获/羁押"), INVITED("通知到案"), UNKNOWN("未记载");

    private final String label;

    ArrivalMode(String label) { this.label = label; }

    public String label() { return label; }

    /** Modes for which the transcript must record arrival and leave times (TX-10). */
    public boolean requiresArrivalRecord() {
        return this == ORAL_SUMMONS || this == SURRENDER || this == ESCORTED_BY_CITIZENS;
    }
}
