package casecheck.render;

import casecheck.check.CheckResult;
import casecheck.check.Finding;
import casecheck.check.FindingKind;
import casecheck.check.NotEvaluated;
import casecheck.check.RuleInfo;
import casecheck.facts.AsOf;
import casecheck.facts.DocumentOutcome;
import casecheck.facts.DocumentType;
import casecheck.facts.DossierDocument;
import casecheck.facts.InputTable;
import casecheck.facts.OutcomeReason;
import casecheck.facts.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A result with hostile and personal text in every field a renderer prints (rows E5, E7, E8). */
final class RenderFixtures {

    static final String ID = "11010519491231002X";
    static final String PHONE = "13800138000";
    static final String XSS = "<img src=x onerror=alert(1)>";
    static final String FORMULA = "=HYPERLINK(\"http://x\",\"a\")";

    private RenderFixtures() {
    }

    static CheckResult hostile() {
        Finding red = new Finding("TX-01", "笔录页未签名", "TX", Severity.RED, FindingKind.VIOLATION, "A2026001", "320105",
                "李警官", "讯问笔录</script>.docx", 3, 12, "被讯问人身份证号" + ID + "，电话" + PHONE + " " + XSS,
                "第 3 页缺少被讯问人签名", "《公安机关办理刑事案件程序规定》第二百零六条：“……”", "0123456789abcdef");
        Finding orange = new Finding("LO-01", "讯问地点不当", "LO", Severity.ORANGE, FindingKind.VIOLATION, "A2026001", "320105",
                "李警官", "讯问笔录2.docx", 1, null, FORMULA, "@SUM(1) 讯问地点不在办案场所", "《规定》第一百九十八条", "fedcba9876543210");
        Finding review = new Finding("TX-07", "笔录时间无法读取", "TX", Severity.YELLOW, FindingKind.NEEDS_REVIEW,
                "A2026001", "320105", null, "询问笔录.pdf", 1, null, "", "笔录起止时间无法识别，请人工核对", "", "00112233aabbccdd");
        DossierDocument ok = new DossierDocument("A2026001", "d1", "讯问笔录</script>.docx", DocumentType.INTERROGATION_RECORD,
                "讯问笔录", DocumentOutcome.CHECKED, OutcomeReason.NONE, null, 3, 4000, "ab");
        DossierDocument scan = new DossierDocument("A2026001", "d2", "扫描件.pdf", DocumentType.OTHER, "",
                DocumentOutcome.NEEDS_REVIEW, OutcomeReason.NEEDS_OCR, "第 1–2 页无文字层", 2, 0, "cd");
        DossierDocument enc = new DossierDocument("A2026001", "d3", "加密.docx", DocumentType.OTHER, "",
                DocumentOutcome.UNREADABLE, OutcomeReason.ENCRYPTED_DOCUMENT, null, 0, 0, "ef");
        return new CheckResult("A2026001", List.of(red, orange, review),
                List.of(new NotEvaluated("DL-01", "A2026001", "案件表")), List.of(ok, scan, enc));
    }

    static CheckResult clean() {
        DossierDocument ok = new DossierDocument("A2026002", "d1", "询问笔录.docx", DocumentType.INQUIRY_RECORD,
                "询问笔录", DocumentOutcome.CHECKED, OutcomeReason.NONE, null, 2, 3000, "ab");
        return new CheckResult("A2026002", List.of(), List.of(), List.of(ok));
    }

    static RenderContext context(boolean ansi) {
        RuleInfo tx01 = new RuleInfo("TX-01", "TranscriptPageUnsigned", "笔录页未签名", "TX", Severity.RED,
                "《公安机关办理刑事案件程序规定》第二百零六条", "2020-09-01", Set.of(), "第 {0} 页缺少签名",
                "笔录某页没有被讯问人签名", "请被讯问人在该页签名并捺指印，联系电话" + PHONE, "例", "");
        RuleInfo dl01 = new RuleInfo("DL-01", "FilingReviewOverdue", "立案审查超期", "DL", Severity.ORANGE, "",
                "2020-09-01", Set.of(InputTable.CASES), "", "", "及时审查", "", "");
        return new RenderContext(AsOf.endOfDay(LocalDate.of(2026, 11, 22)),
                id -> Optional.ofNullable(switch (id) {
                    case "TX-01" -> tx01;
                    case "DL-01" -> dl01;
                    default -> null;
                }), Severity.YELLOW, ansi, "casecheck test");
    }
}
