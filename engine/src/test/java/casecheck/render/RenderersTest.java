package casecheck.render;

import static casecheck.render.RenderFixtures.FORMULA;
import static casecheck.render.RenderFixtures.ID;
import static casecheck.render.RenderFixtures.PHONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import casecheck.check.CheckResult;
import casecheck.check.NotEvaluated;
import casecheck.facts.InputTable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class RenderersTest {

    private static byte[] render(String format, CheckResult result, boolean ansi) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Renderers.byName(format).render(result, RenderFixtures.context(ansi), out);
        return out.toByteArray();
    }

    private static String text(String format, CheckResult result) throws IOException {
        return new String(render(format, result, false), StandardCharsets.UTF_8);
    }

    @Test
    void everyNamedRendererExistsAndUnknownNamesAreRefusedInChinese() {
        for (String name : Renderers.names()) {
            assertThat(Renderers.byName(name).name()).isEqualTo(name);
        }
        assertThatThrownBy(() -> Renderers.byName("docx")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("未知的输出格式").hasMessageContaining("text / json / html / xlsx / pdf");
    }

    @Test
    void textGroupsBySeverityAndSummarises() throws IOException {
        String out = text("text", RenderFixtures.hostile());
        assertThat(out).contains("■ 红色（1 项）", "■ 橙色（1 项）", "■ 黄色（1 项）", "［需复核］",
                "位置：讯问笔录</script>.docx 第 3 页 第 12 行", "依据：《公安机关办理刑事案件程序规定》第二百零六条",
                "整改：请被讯问人在该页签名", "扫描件.pdf：需人工复核：无文字层", "加密.docx：无法读取：文件已加密",
                "缺少案件表（提供导出表格后可检查）：DL-01", "（截至 2026-11-22）");
        assertThat(out.indexOf("■ 红色")).isLessThan(out.indexOf("■ 橙色"));
        assertThat(out.indexOf("■ 橙色")).isLessThan(out.indexOf("■ 黄色"));
        assertThat(out.strip()).endsWith("共 3 项：红色 1 项，橙色 1 项，黄色 1 项（其中需复核 1 项）；文书 3 份，已检查 1 份，"
                + "无法读取 1 份，需复核 1 份；未能评估的规则 1 条");
        assertThat(out).doesNotContain("\u001b");
    }

    @Test
    void rulesLackingWholeTablesTakeOneLineAndRulesLackingADatumKeepTheirTitles() throws IOException {
        CheckResult base = RenderFixtures.hostile();
        List<NotEvaluated> notEvaluated = List.of(new NotEvaluated("DL-02", "A2026001", "案件表"),
                new NotEvaluated("AL-01", "A2026001", "缺少警情、案件表"),
                new NotEvaluated("LO-01", "A2026001", "强制措施表"),
                new NotEvaluated("DL-04", "A2026001", "不予立案通知书及其送达时间"),
                new NotEvaluated("AL-03", "A2026001", "警情表"));
        String out = text("text", new CheckResult(base.subject(), base.findings(), notEvaluated, base.documents()));
        assertThat(out).contains("未能评估的规则（5 条）：\n"
                + "  - 缺少警情、案件、强制措施表（提供导出表格后可检查）：AL-01、AL-03、DL-02、LO-01\n"
                + "  - 缺少不予立案通知书及其送达时间：DL-04");
        assertThat(TextRenderer.missingTables("缺少场所表")).containsExactly(InputTable.VENUES);
        assertThat(TextRenderer.missingTables("承办人签名表")).isEmpty();
        assertThat(TextRenderer.missingTables("接报时间")).isEmpty();
    }

    @Test
    void textIsColouredOnlyWhenAsked() throws IOException {
        String coloured = new String(render("text", RenderFixtures.hostile(), true), StandardCharsets.UTF_8);
        assertThat(coloured).contains("\u001b[1;31m■ 红色", "\u001b[0m");
    }

    @Test
    void cleanResultSaysNoProblems() throws IOException {
        assertThat(text("text", RenderFixtures.clean())).contains("未发现问题；文书 1 份，已检查 1 份").doesNotContain("■");
    }

    @Test
    void textCannotBeDrivenByEscapesInDocumentText() throws IOException {
        CheckResult r = RenderFixtures.hostile();
        var f = r.findings().get(0);
        var evil = new casecheck.check.Finding(f.ruleId(), f.title(), f.family(), f.severity(), f.kind(), f.caseId(),
                f.unitCode(), f.officer(), "a\u001b[2Jb\u202Egnp.exe", f.page(), f.line(), f.excerpt(), f.message(),
                f.legalBasis(), f.fingerprint());
        String out = text("text", new CheckResult(r.subject(), List.of(evil), List.of(), List.of()));
        assertThat(out).doesNotContain("\u001b", "\u202E").contains("a [2Jb gnp.exe");
    }

    @Tag("E5")
    @Test
    void noFormatLeaksAnIdOrPhoneNumber() throws IOException {
        for (String format : List.of("text", "json", "html")) {
            assertThat(text(format, RenderFixtures.hostile())).as(format).doesNotContain(ID, PHONE)
                    .contains("1***************2X", "138****8000");
        }
        String xlsx = xlsxXml(render("xlsx", RenderFixtures.hostile(), false));
        assertThat(xlsx).doesNotContain(ID, PHONE).contains("1***************2X");
        String pdf = pdfText(render("pdf", RenderFixtures.hostile(), false));
        assertThat(pdf).doesNotContain(ID, PHONE).contains("1***************2X");
    }

    @Test
    void jsonFollowsTheDocumentedSchema() throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) MiniJson.parse(text("json", RenderFixtures.hostile()));
        assertThat(root).containsKeys("schemaVersion", "generator", "subject", "asOf", "minSeverity", "summary",
                "findings", "documents", "notEvaluated");
        assertThat(root.get("schemaVersion")).isEqualTo(1L);
        assertThat(root.get("asOf")).isEqualTo("2026-11-22");
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) root.get("summary");
        assertThat(summary).containsEntry("findings", 3L).containsEntry("red", 1L).containsEntry("needsReview", 1L)
                .containsEntry("documentsUnreadable", 1L).containsEntry("documentsNeedingReview", 1L);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> findings = (List<Map<String, Object>>) root.get("findings");
        assertThat(findings).hasSize(3);
        assertThat(findings.get(0)).containsEntry("ruleId", "TX-01").containsEntry("severity", "red")
                .containsEntry("kind", "violation").containsEntry("page", 3L).containsEntry("line", 12L)
                .containsEntry("document", "讯问笔录</script>.docx").containsEntry("fingerprint", "0123456789abcdef");
        assertThat((String) findings.get(0).get("fix")).startsWith("请被讯问人");
        assertThat(findings.get(1)).containsEntry("line", null).containsEntry("excerpt", FORMULA);
        assertThat(findings.get(2)).containsEntry("kind", "needs_review");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> docs = (List<Map<String, Object>>) root.get("documents");
        assertThat(docs.get(2)).containsEntry("outcome", "unreadable").containsEntry("reason", "ENCRYPTED_DOCUMENT");
    }

    @Tag("E8")
    @Test
    void htmlIsEscapedAndScriptFree() throws IOException {
        String html = text("html", RenderFixtures.hostile());
        assertThat(html).doesNotContain("<img", "</script>", "<script").contains("&lt;img src=x onerror=alert(1)&gt;",
                "讯问笔录&lt;/script&gt;.docx", "Content-Security-Policy", "default-src 'none'");
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>卷宗 A2026001 检查结果</title>");
    }

    @Tag("E7")
    @Test
    void xlsxHasOnlyStringCellsFrozenHeaderAndFilter() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(render("xlsx", RenderFixtures.hostile(), false)))) {
            XSSFSheet s = wb.getSheet("问题清单");
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
            assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:O4");
            assertThat(s.getLastRowNum()).isEqualTo(3);
            for (Row row : s) {
                for (Cell c : row) {
                    assertThat(c.getCellType()).isEqualTo(CellType.STRING);
                }
            }
            assertThat(s.getRow(2).getCell(8).getStringCellValue()).isEqualTo(FORMULA);
            assertThat(s.getRow(1).getCell(2).getStringCellValue()).isEqualTo("TX-01");
            assertThat(wb.getSheet("文书").getLastRowNum()).isEqualTo(3);
            assertThat(wb.getSheet("未评估规则").getRow(1).getCell(0).getStringCellValue()).isEqualTo("DL-01");
            assertThat(wb.getProperties().getCoreProperties().getTitle()).isEqualTo("卷宗 A2026001 检查结果");
        }
    }

    @Test
    void pdfIsReadableChineseText() throws IOException {
        String pdf = pdfText(render("pdf", RenderFixtures.hostile(), false));
        assertThat(pdf).contains("卷宗 A2026001 检查结果", "红色（1 项）", "第 3 页缺少被讯问人签名", "未能评估的规则");
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isPositive();
            return new PDFTextStripper().getText(doc) + "\n" + doc.getDocumentInformation().getTitle();
        }
    }

    /** All XML parts of the workbook, to grep for unmasked numbers in cells, properties and sheet names. */
    private static String xlsxXml(byte[] xlsx) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                sb.append(new String(zin.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return sb.toString();
    }
}
