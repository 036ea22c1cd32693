package casecheck.batch.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import casecheck.check.FindingKind;
import casecheck.check.NotEvaluated;
import casecheck.facts.InputTable;
import casecheck.facts.OutcomeReason;
import casecheck.facts.Severity;
import casecheck.facts.Unit;
import casecheck.facts.UnitLevel;

/**
 * A small city: 市局 C0 → 分局 B1 (派出所 P11, P12) and 分局 B2 (派出所 P21). Findings on 2026-11-22 with every
 * life state, hostile texts (formula, markup) and personal-number canaries in every free-text field.
 */
public final class ReportFixtures {

    public static final LocalDate DATE = LocalDate.of(2026, 11, 22);
    public static final String ID18 = "11010519491231002X";
    public static final String ID18_FULL = "１１０１０５１９４９１２３１００２Ｘ";
    public static final String ID15 = "110105491231002";
    public static final String PHONE = "13800138000";
    public static final String PHONE_FULL = "１３８００１３８０００";
    public static final List<String> CANARIES = List.of(ID18, ID18_FULL, ID15, PHONE, PHONE_FULL);

    private ReportFixtures() {
    }

    public static List<Unit> units() {
        return List.of(
                unit("C0", "示例市公安局", null, UnitLevel.CITY_BUREAU, "c0"),
                unit("B1", "东城分局", "C0", UnitLevel.SUB_BUREAU, "b1"),
                unit("B2", "西城分局", "C0", UnitLevel.SUB_BUREAU, "b2"),
                // a canary in a unit name: it reaches titles, metadata and subjects
                unit("P11", "城关派出所（值班" + PHONE + "）", "B1", UnitLevel.POLICE_STATION, "p11"),
                unit("P12", "南关派出所", "B1", UnitLevel.POLICE_STATION, "p12"),
                unit("P21", "西关派出所", "B2", UnitLevel.POLICE_STATION, "p21"));
    }

    public static Unit unit(String code, String name, String parent, UnitLevel level, String mail) {
        return new Unit(code, name, parent, level, "负责人" + code, mail + "-chief@example.test", "分管" + code,
                mail + "-leader@example.test", "法制员" + code, mail + "-legal@example.test");
    }

    public static List<CaseRef> cases() {
        List<CaseRef> out = new ArrayList<>();
        out.add(new CaseRef("A11001", "盗窃案（嫌疑人身份证" + ID18 + "）", "P11"));
        out.add(new CaseRef("A11002", "诈骗案", "P11"));
        out.add(new CaseRef("A12001", "故意伤害案", "P12"));
        out.add(new CaseRef("A21001", "寻衅滋事案", "P21"));
        out.add(new CaseRef("A21002", "殴打他人案", "P21"));
        out.add(new CaseRef("A21003", "盗窃案", "P21"));
        out.add(new CaseRef("AB2001", "抢劫案", "B2"));
        return out;
    }

    public static TrackedFinding finding(String fp, String rule, Severity sev, String caseId, String unit, String officer,
                                  String document, Integer page, String excerpt, FindingStatus status,
                                  LocalDate firstSeen, LocalDate closedOn) {
        return new TrackedFinding(fp, rule, "规则" + rule + "标题", null, sev, FindingKind.VIOLATION, caseId, unit,
                officer, document, page, excerpt, "问题描述：" + rule, "《公安机关办理刑事案件程序规定》第二百零三条",
                status, firstSeen, closedOn);
    }

    public static List<TrackedFinding> findings() {
        List<TrackedFinding> f = new ArrayList<>();
        // P11: new red with canaries everywhere; carried orange (age 2); overdue red (age 5); hostile texts
        f.add(new TrackedFinding("fp-new-red", "TX-01", "笔录页未签名", "transcript", Severity.RED,
                FindingKind.VIOLATION, "A11001", "P11", "张警官" + PHONE_FULL, "讯问笔录-" + ID18 + ".docx", 2,
                "身份证号：" + ID18 + "，电话：" + PHONE + "，全角：" + ID18_FULL + "，旧号：" + ID15,
                "第2页无被讯问人签名（" + PHONE + "）", "《刑事诉讼法》第一百二十二条", FindingStatus.OPEN, DATE, null));
        f.add(finding("fp-carried", "RI-01", Severity.ORANGE, "A11002", "P11", "李警官", "询问笔录.docx", 1,
                "=HYPERLINK(\"http://x\",\"a\")", FindingStatus.OPEN, DATE.minusDays(2), null));
        f.add(finding("fp-overdue", "LO-01", Severity.RED, "A11002", "P11", "李警官", "讯问笔录2.pdf", 1,
                "<img src=x onerror=alert(1)></script>", FindingStatus.OPEN, DATE.minusDays(5), null));
        f.add(finding("fp-at", "DL-01", Severity.YELLOW, "A11002", "P11", null, "案件", null, "@SUM(1)",
                FindingStatus.OPEN, DATE.minusDays(1), null));
        // P11: rectified by this run, rectified earlier, dismissed
        f.add(finding("fp-fixed", "TX-03", Severity.ORANGE, "A11001", "P11", "张警官" + PHONE_FULL, "讯问笔录.docx", 3,
                "末页无捺印", FindingStatus.RECTIFIED, DATE.minusDays(3), DATE));
        f.add(finding("fp-fixed-old", "TX-04", Severity.YELLOW, "A11001", "P11", "张警官", "讯问笔录.docx", 3,
                "旧问题", FindingStatus.RECTIFIED, DATE.minusDays(6), DATE.minusDays(2)));
        f.add(finding("fp-dismissed", "TX-05", Severity.RED, "A11001", "P11", "张警官", "讯问笔录.docx", 3,
                "已排除", FindingStatus.DISMISSED, DATE.minusDays(4), DATE.minusDays(1)));
        // P12: one new yellow needing review
        f.add(new TrackedFinding("fp-review", "TX-09", "笔录时间无法识别", "transcript", Severity.YELLOW,
                FindingKind.NEEDS_REVIEW, "A12001", "P12", "王警官", "询问笔录.pdf", 1, "时间：二〇二六年", "需人工复核",
                "《刑事诉讼法》第一百二十二条", FindingStatus.OPEN, DATE, null));
        // P21: two carried oranges; B2 itself: one red
        f.add(finding("fp-p21-a", "AL-01", Severity.ORANGE, "A21001", "P21", "赵警官", "警情", null, "警情未受案",
                FindingStatus.OPEN, DATE.minusDays(1), null));
        f.add(finding("fp-p21-b", "AL-02", Severity.ORANGE, "A21002", "P21", "赵警官", "警情", null, "警情未受案",
                FindingStatus.OPEN, DATE.minusDays(8), null));
        f.add(finding("fp-b2", "PE-01", Severity.RED, "AB2001", "B2", "钱警官", "讯问笔录.docx", 1, "单人讯问",
                FindingStatus.OPEN, DATE, null));
        // a unit not in the 单位 table: reported to nobody
        f.add(finding("fp-lost", "TX-01", Severity.RED, "X0001", "ZZ9", "孙警官", "讯问笔录.docx", 1, "无主",
                FindingStatus.OPEN, DATE, null));
        return f;
    }

    public static ReportInput input() {
        return new ReportInput(DATE, RunState.COMPLETED, DATE, units(), cases(), findings(),
                List.of(new DocumentIssue("A11002", "P11", "扫描件-" + PHONE + ".pdf", OutcomeReason.NEEDS_OCR),
                        new DocumentIssue("A21003", "P21", "损坏.docx", OutcomeReason.DOCUMENT_CORRUPT)),
                Set.of(InputTable.MEASURES),
                List.of(new NotEvaluated("DL-06", null, "强制措施表"), new NotEvaluated("DL-02", "A21001", "立案时间")));
    }

    /** The same data, but the night run of DATE did not finish: the data is that of the day before. */
    public static ReportInput incomplete() {
        ReportInput in = input();
        return new ReportInput(DATE, RunState.INCOMPLETE, DATE.minusDays(1), in.units(), in.cases(), in.findings(),
                in.documentIssues(), in.missingTables(), in.notEvaluated());
    }

    public static RuleAdvice advice() {
        return new RuleAdvice() {
            @Override
            public String title(String ruleId) { return "目录标题" + ruleId; }

            @Override
            public String fix(String ruleId) { return "整改：补正" + ruleId + "（联系" + PHONE + "）"; }
        };
    }
}
