package casecheck.facts;

/**
 * Statutory elements of a rights notice (legal-rules §b). Matched on their elements and keywords, never on one
 * fixed sentence. C* criminal suspect, V* victim/witness, A* administrative.
 */
public enum RightsElement {
    C1_NOTICE_GIVEN("告知书已送阅或宣读"),
    C2_LENIENCY("如实供述从宽、认罪认罚"),
    C3_LAWYER_LEGAL_AID("委托辩护人、法律援助"),
    C4_RECUSAL("申请回避"),
    C5_ANSWER_TRUTHFULLY("如实回答、拒绝回答无关问题、辩解"),
    C6_LANGUAGE("本民族语言、翻译"),
    C7_COMPLAINT("控告、申诉"),
    C8_FOOD_REST("饮食和必要的休息"),
    C9_RELEASE_OVERDUE("解除或变更强制措施"),
    C10_CHECK_TRANSCRIPT("核对笔录、补充或更正"),
    C11_MINOR_GUARDIAN("未成年人法定代理人到场"),
    C12_DEAF_MUTE("聋哑人手语翻译"),
    C13_APPRAISAL("鉴定意见"),
    V1_TRUTHFUL_EVIDENCE("如实提供证据、证言及作伪证的法律责任"),
    V2_RECUSAL("申请回避"),
    V3_LANGUAGE("本民族语言、翻译"),
    V4_CHECK_TRANSCRIPT("核对笔录"),
    A1_RECUSAL("申请回避"),
    A2_TRUTHFUL_REFUSE_IRRELEVANT("如实陈述义务、拒绝回答无关问题"),
    A3_LANGUAGE("本民族语言"),
    A7_STATEMENT_DEFENCE("陈述和申辩"),
    A9_CHECK_TRANSCRIPT("核对笔录");

    private final String label;

    RightsElement(String label) { this.label = label; }

    public String label() { return label; }
}
