package casecheck.facts;

/** Document type, recognised from the document's own title (its first heading), the file name being only a hint. */
public enum DocumentType {
    INTERROGATION_RECORD("讯问笔录"),
    INQUIRY_RECORD("询问笔录"),
    /** 询问/讯问笔录（行政刑事通用）: the kind is read from the struck-out word or the subject's role. */
    COMBINED_RECORD("询问/讯问笔录"),
    SUSPECT_RIGHTS_NOTICE("犯罪嫌疑人诉讼权利义务告知书"),
    VICTIM_RIGHTS_NOTICE("被害人诉讼权利义务告知书"),
    WITNESS_RIGHTS_NOTICE("证人诉讼权利义务告知书"),
    ADMIN_RIGHTS_NOTICE("行政案件权利义务告知书"),
    CASE_REGISTRATION("受案登记表"),
    CASE_RECEIPT("受案回执"),
    FILING_DECISION("立案决定书"),
    NO_FILING_NOTICE("不予立案通知书"),
    SUMMONS_CERTIFICATE("传唤证"),
    DETENTION_WARRANT("拘留证"),
    DETENTION_NOTICE("拘留通知书"),
    MEDIATION_AGREEMENT("调解协议书"),
    OTHER("其他");

    private final String label;

    DocumentType(String label) { this.label = label; }

    public String label() { return label; }

    public boolean isTranscript() {
        return this == INTERROGATION_RECORD || this == INQUIRY_RECORD || this == COMBINED_RECORD;
    }

    public boolean isRightsNotice() {
        return this == SUSPECT_RIGHTS_NOTICE || this == VICTIM_RIGHTS_NOTICE || this == WITNESS_RIGHTS_NOTICE
                || this == ADMIN_RIGHTS_NOTICE;
    }
}
