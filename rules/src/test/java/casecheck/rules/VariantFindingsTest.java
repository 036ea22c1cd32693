package casecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import casecheck.assemble.DossierAssembler;
import casecheck.check.CheckResult;
import casecheck.check.Checker;
import casecheck.check.Finding;
import casecheck.export.ExportTables;
import casecheck.facts.AsOf;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Transcripts written the way other vendors, officers and OCR write them, read by the real assembler and checked by
 * the real rules: where the text cannot be read with confidence the header rule says "needs review" or stays silent,
 * never a violation built on a guess; where it can, no false finding; a real omission still is one.
 */
class VariantFindingsTest {

    private static final Set<String> RULES = Set.of("TX-03", "TX-04", "TX-07", "TX-08", "PE-01");
    private static final AsOf AS_OF = AsOf.endOfDay(LocalDate.of(2026, 11, 22));
    private static final String BODY = """
            问：这是《犯罪嫌疑人诉讼权利义务告知书》，向你宣读，你是否理解？
            答：理解。
            问：你是否申请回避？
            答：不申请。
            """;
    private static final String SIGNED = """
            被讯问人：赵大伟（捺指印）
            讯问人：张建国、李明
            记录人：王芳
            """;

    private static Checker checker;
    private static DossierAssembler assembler;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() {
        checker = Checker.load();
        assembler = new DossierAssembler();
    }

    /** Findings of the header, signature and personnel rules on a dossier holding only this transcript. */
    private List<String> findings(String transcript) throws Exception {
        Path dossier = tmp.resolve("A2026001");
        Files.createDirectories(dossier);
        Files.writeString(dossier.resolve("讯问笔录.txt"), transcript, StandardCharsets.UTF_8);
        CheckResult r = checker.check(assembler.assemble(dossier, ExportTables.empty()), AS_OF, RULES::contains);
        return r.findings().stream().map(VariantFindingsTest::label).sorted().toList();
    }

    private static String label(Finding f) {
        return f.ruleId() + " " + f.kind().name();
    }

    private static String header(String time, String officers, String recorder) {
        return "讯问笔录\n时间：" + time + "\n地点：平安市公安局东城分局执法办案管理中心第2讯问室\n讯问人：" + officers
                + "\n记录人：" + recorder + "\n被讯问人：赵大伟  性别：男\n";
    }

    @Test
    void anEarlierEndClockWithoutADateIsForReviewNotAnEndBeforeStart() throws Exception {
        assertThat(findings(header("2026年11月3日23时30分至0时40分", "张建国、李明", "王芳") + BODY
                + "以上笔录我看过，和我说的相符。\n" + SIGNED)).containsExactly("TX-07 NEEDS_REVIEW");
    }

    @Test
    void theNextDayWrittenOutIsReadAndNothingIsFound() throws Exception {
        assertThat(findings(header("2026年11月3日23时30分至次日0时40分", "张建国、李明", "王芳") + BODY
                + "以上笔录我看过，和我说的相符。\n" + SIGNED)).isEmpty();
    }

    @Test
    void illegibleHandwrittenNamesAreForReviewNotMissingOfficers() throws Exception {
        assertThat(findings(header("2026年11月3日9时05分至10时20分", "%#~ l/,", "¥ .") + BODY
                + "以上笔录我看过，和我说的相符。\n被讯问人：赵大伟（捺指印）\n")).containsExactly("TX-07 NEEDS_REVIEW");
    }

    @Test
    void aBlankOfficerFieldIsStillMissing() throws Exception {
        assertThat(findings(header("2026年11月3日9时05分至10时20分", "____________", "王芳") + BODY
                + "以上笔录我看过，和我说的相符。\n被讯问人：赵大伟（捺指印）\n记录人：王芳\n"))
                .containsExactly("TX-07 VIOLATION");
    }

    @Test
    void aMissingEndTimeIsStillAViolation() throws Exception {
        assertThat(findings(header("2026年11月3日9时05分至____年__月__日__时__分", "张建国、李明", "王芳") + BODY
                + "以上笔录我看过，和我说的相符。\n" + SIGNED)).containsExactly("TX-07 VIOLATION");
    }

    @Test
    void letterSpacedOcrTextYieldsNoFalseFinding() throws Exception {
        String spaced = """
                讯 问 笔 录
                时 间 ： 2 0 2 6 年 1 1 月 3 日 9 时 0 5 分 至 2 0 2 6 年 1 1 月 3 日 1 0 时 2 0 分
                地 点 ： 平 安 市 公 安 局 东 城 分 局 执 法 办 案 管 理 中 心 第 2 讯 问 室
                讯 问 人 ： 张 建 国   李 明      工 作 单 位 ： 东 城 分 局 刑 侦 大 队
                记 录 人 ： 王 芳      工 作 单 位 ： 东 城 分 局 刑 侦 大 队
                被 讯 问 人 ： 赵 大 伟   性 别 ： 男   年 龄 ： 3 5 岁
                问 ： 你 是 否 申 请 回 避 ？
                答 ： 不 申 请 。
                以 上 笔 录 我 看 过 （ 或 向 我 宣 读 过 ） ， 和 我 说 的 相 符
                被 讯 问 人 ： 赵 大 伟 （ 捺 指 印 ）
                讯 问 人 ： 张 建 国   李 明
                记 录 人 ： 王 芳
                """;
        assertThat(findings(spaced)).isEmpty();
    }

    @Test
    void olderFormLabelsAndConfirmationVariantsYieldNoFalseFinding() throws Exception {
        String old = """
                讯问笔录
                讯问时间：2016年4月11日17时20分至2016年4月11日18时40分
                讯问地点：平安市看守所第3讯问室
                侦查员姓名、单位：张建国、李明 平安市公安局东城分局
                记录员姓名、单位：王芳 平安市公安局东城分局
                被讯问人姓名：赵大伟  性别：男
                """;
        assertThat(findings(old + BODY + "以上笔录已向我宣读，记录属实。\n" + SIGNED)).isEmpty();
        assertThat(findings(old + BODY + "以上记录我看过（向我宣读过），和我说的相符。\n" + SIGNED)).isEmpty();
        assertThat(findings(old + BODY + "上述笔录我已看过，情况属实无误。\n" + SIGNED))
                .as("a 现场笔录 sentence is not the confirmation of a 讯问笔录").containsExactly("TX-03 VIOLATION");
    }

    @Test
    void combinedLabelsAndValuesOnTheNextLineYieldNoFalseFinding() throws Exception {
        String t = """
                询（讯）问笔录
                时间：
                2026年11月3日9时05分至10时20分
                地点：
                平安市公安局东城分局执法办案管理中心第2讯问室
                讯（询）问人：
                张建国、李明
                记录
                人：王芳
                被讯（询）问人：赵大伟  性别：男
                人员身份：犯罪嫌疑人
                """;
        assertThat(findings(t + BODY + "以上笔录我看过（或向我宣读\n过），和我说的相符。\n" + SIGNED)).isEmpty();
    }
}
