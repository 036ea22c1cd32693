package casecheck.facts;

/** 严重程度. Meaning is written once here; configuration may override a rule's default. */
public enum Severity {
    /** 红: evidence may be excluded (刑诉解释 89/94), unlawful deprivation of liberty, or a case not filed. */
    RED("红色"),
    /** 橙: curable procedural breach (刑诉解释 90/95) or a missed deadline. */
    ORANGE("橙色"),
    /** 黄: paperwork flaw (执法瑕疵). */
    YELLOW("黄色");

    private final String label;

    Severity(String label) { this.label = label; }

    public String label() { return label; }

    /** True when this severity is at least as serious as {@code threshold}. */
    public boolean atLeast(Severity threshold) { return ordinal() <= threshold.ordinal(); }

    public static Severity parse(String s) {
        return switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "red", "红", "红色" -> RED;
            case "orange", "橙", "橙色" -> ORANGE;
            case "yellow", "黄", "黄色" -> YELLOW;
            default -> throw new IllegalArgumentException("未知的严重程度：" + s + "（可选 red / orange / yellow）");
        };
    }
}
