package casecheck.facts;

/** The closing confirmation sentence on a transcript's last page (刑规 206; legal-rules §c.4). */
public enum Confirmation {
    /** "以上笔录我看过（或向我宣读过），和我说的相符". */
    OFFICIAL,
    /** An accepted variant ("以上笔录我看过，与我说的一致" …). */
    VARIANT,
    /** A sentence from other record types ("情况属实无误"): does not count for a 讯问笔录. */
    OTHER_FORM,
    ABSENT
}
