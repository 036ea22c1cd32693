package casecheck.facts;

/** 处警结果. */
public enum AlertDisposition {
    ACCEPTED("受案"), FILED("立案"), MEDIATED_ON_SCENE("现场调解"), WITHDRAWN("撤警"),
    TRANSFERRED("移交"), NO_ACTION("不予处理"), OTHER("其他");

    private final String label;

    AlertDisposition(String label) { this.label = label; }

    public String label() { return label; }
}
