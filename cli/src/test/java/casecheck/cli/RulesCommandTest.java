package casecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code casecheck rules list|show}, the root help and version, run in-process. */
class RulesCommandTest {

    @Test
    void listShowsEveryRuleOfTheCatalogWithSeverity() {
        CliRun r = CliRun.of("rules", "list");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("TX-01", "红色").containsPattern("共 \\d+ 条规则。");
    }

    @Test
    void listFiltersByFamily() {
        CliRun r = CliRun.of("rules", "list", "--family", "tx");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("TX-01").doesNotContain("LO-0", "AL-0");
        assertThat(CliRun.of("rules", "list", "--family", "transcript").out()).contains("TX-01").doesNotContain("AL-0");
        CliRun none = CliRun.of("rules", "list", "--family", "ZZ");
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("没有类别为“ZZ”的规则", "现有类别");
    }

    @Test
    void showPrintsBasisTriggerFixAndExample() {
        CliRun r = CliRun.of("rules", "show", "tx-01");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("TX-01").contains("严重程度：", "【法律依据】", "【检查内容】", "【如何整改】", "【示例】");
    }

    @Test
    void showOfAnUnknownRuleIsRejected() {
        CliRun r = CliRun.of("rules", "show", "XX-99");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("没有编号为“XX-99”的规则", "casecheck rules list");
    }

    @Test
    void helpTeachesCommandsExamplesAndExitCodes() {
        CliRun r = CliRun.of("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("用法：", "check", "rules", "示例：", "退出码：", "0  没有达到阈值的问题", "4  发现问题",
                "2  用法错误或输入被拒绝", "1  内部错误", "NO_COLOR");
        CliRun check = CliRun.of("check", "--help");
        assertThat(check.out()).contains("--export", "--as-of", "--format", "--output", "--min-severity", "--verbose", "--force");
    }

    @Test
    void versionAndBareCommand() {
        CliRun v = CliRun.of("--version");
        assertThat(v.code()).isZero();
        assertThat(v.out()).startsWith("casecheck ");
        CliRun bare = CliRun.of();
        assertThat(bare.code()).isEqualTo(2);
        assertThat(bare.err()).contains("请指定命令");
        CliRun unknown = CliRun.of("chek");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("无法识别的参数");
    }
}
