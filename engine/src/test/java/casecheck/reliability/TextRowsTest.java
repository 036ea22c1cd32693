package casecheck.reliability;

import static casecheck.reliability.HostileFiles.GOOD_TEXT;
import static casecheck.reliability.HostileFiles.goodTxt;
import static org.assertj.core.api.Assertions.assertThat;

import casecheck.check.FactSet;
import casecheck.export.ExportTables;
import casecheck.extract.DocumentReader;
import casecheck.extract.Extraction;
import casecheck.facts.DocumentOutcome;
import casecheck.facts.OutcomeReason;
import casecheck.privacy.Masker;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reliability-checklist §2.C: plain text, encodings and NLP. (C4 runs in a small child JVM: ParserBoundTest.) */
class TextRowsTest {

    private static final Charset GBK = Charset.forName("GBK");
    private static final DocumentReader READER = new DocumentReader();

    @TempDir
    Path dir;

    private DossierProbe.Outcomes run(String caseId, Map<String, byte[]> files) throws Exception {
        Map<String, byte[]> all = new LinkedHashMap<>(files);
        all.put("正常.txt", goodTxt());
        DossierProbe.Outcomes o = DossierProbe.assemble(DossierProbe.folder(dir.resolve(caseId), all), all.keySet());
        assertThat(o.reason("正常.txt")).isEqualTo(OutcomeReason.NONE);
        return o;
    }

    @Test
    @Tag("C1")
    @DisplayName("C1 GBK text without a BOM, 10 characters and 10 000 characters: exact text, no U+FFFD")
    void c1Gbk() throws Exception {
        String shortText = "报案人张三称其手机被盗";
        String longText = GOOD_TEXT.repeat(10_000 / GOOD_TEXT.length() + 1).substring(0, 10_000);
        Extraction s = READER.read("短.txt", shortText.getBytes(GBK));
        Extraction l = READER.read("长.txt", longText.getBytes(GBK));
        assertThat(s.text()).isEqualTo(shortText).doesNotContain("\uFFFD");
        assertThat(l.text()).isEqualTo(longText).doesNotContain("\uFFFD");
        assertThat(s.mediaType()).contains("GB18030");
        DossierProbe.Outcomes o = run("C1-GBK", Map.of("短.txt", shortText.getBytes(GBK),
                "笔录.txt", GOOD_TEXT.getBytes(Charset.forName("GB18030"))));
        assertThat(o.reason("短.txt")).isEqualTo(OutcomeReason.NONE);
        assertThat(o.reason("笔录.txt")).isEqualTo(OutcomeReason.NONE);
        assertThat(o.of("笔录.txt").title()).isEqualTo("询问笔录");
    }

    @Test
    @Tag("C2")
    @DisplayName("C2 UTF-16LE/BE with and without a BOM, UTF-8 with a BOM: exact text, BOM stripped")
    void c2Unicode() throws Exception {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("le-bom.txt", withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, GOOD_TEXT.getBytes(StandardCharsets.UTF_16LE)));
        m.put("be-bom.txt", withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, GOOD_TEXT.getBytes(StandardCharsets.UTF_16BE)));
        m.put("le.txt", GOOD_TEXT.getBytes(StandardCharsets.UTF_16LE));
        m.put("be.txt", GOOD_TEXT.getBytes(StandardCharsets.UTF_16BE));
        m.put("utf8-bom.txt", withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                GOOD_TEXT.getBytes(StandardCharsets.UTF_8)));
        for (Map.Entry<String, byte[]> e : m.entrySet()) {
            Extraction ex = READER.read(e.getKey(), e.getValue());
            assertThat(ex.reason()).as(e.getKey()).isEqualTo(OutcomeReason.NONE);
            assertThat(ex.text()).as(e.getKey()).isEqualTo(GOOD_TEXT.replace("\r\n", "\n"));
        }
        DossierProbe.Outcomes o = run("C2-UTF", m);
        for (String n : m.keySet()) {
            assertThat(o.reason(n)).as(n).isEqualTo(OutcomeReason.NONE);
            assertThat(o.of(n).title()).as(n).isEqualTo("询问笔录");
        }
    }

    private static byte[] withBom(byte[] bom, byte[] body) {
        byte[] b = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, b, 0, bom.length);
        System.arraycopy(body, 0, b, bom.length, body.length);
        return b;
    }

    @Test
    @Tag("C3")
    @DisplayName("C3 mixed encodings in one file and invalid bytes: TEXT_UNRELIABLE review, never clean")
    void c3Mixed() throws Exception {
        ByteArrayOutputStream mixed = new ByteArrayOutputStream();
        mixed.write(GOOD_TEXT.getBytes(StandardCharsets.UTF_8));
        mixed.write("补充说明：当事人对以上内容无异议，并签字确认。\n".repeat(3).getBytes(GBK));
        byte[] invalid = GOOD_TEXT.getBytes(StandardCharsets.UTF_8);
        for (int i = 10; i < invalid.length; i += 9) {
            invalid[i] = (byte) 0xFF;
        }
        DossierProbe.Outcomes o = run("C3-MIXED", Map.of("混合.txt", mixed.toByteArray(), "非法字节.txt", invalid));
        assertThat(o.reason("混合.txt")).isEqualTo(OutcomeReason.TEXT_UNRELIABLE);
        assertThat(o.reason("非法字节.txt")).isEqualTo(OutcomeReason.TEXT_UNRELIABLE);
    }

    @Test
    @Tag("C5")
    @DisplayName("C5 NUL-heavy binary renamed .txt: TYPE_MISMATCH")
    void c5NulHeavy() throws Exception {
        byte[] b = new byte[8192];
        for (int i = 0; i < b.length; i += 3) {
            b[i] = (byte) ('A' + i % 26);
        }
        DossierProbe.Outcomes o = run("C5-NUL", Map.of("二进制.txt", b));
        assertThat(o.reason("二进制.txt")).isEqualTo(OutcomeReason.TYPE_MISMATCH);
        assertThat(o.of("二进制.txt").outcome()).isEqualTo(DocumentOutcome.UNREADABLE);
    }

    @Test
    @Tag("C6")
    @DisplayName("C6 ID and phone numbers in awkward forms survive extraction from DOCX, XLSX and TXT and are masked")
    void c6AwkwardNumbers() throws Exception {
        List<String> forms = List.of("11010519491231002X", "11010519491231002x", "１１０１０５１９４９１２３１００２Ｘ",
                "110105491231002", "+86 138-0013-8000", "13800138000", "110105 19491231 002X");
        String text = "当事人身份证号：" + String.join("；另记：", forms) + "。\n";
        byte[] docx;
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.createParagraph().createRun().setText(text);
            var table = d.createTable(1, 2);
            table.getRow(0).getCell(0).setText("身份证号");
            table.getRow(0).getCell(1).setText("11010519491231002X");
            d.write(out);
            docx = out.toByteArray();
        }
        byte[] xlsx = HostileFiles.xlsx(List.of("姓名|身份证号|电话", "王某某|11010519491231002X|+86 138-0013-8000"));
        for (Map.Entry<String, byte[]> e : Map.of("a.docx", docx, "b.xlsx", xlsx,
                "c.txt", text.getBytes(StandardCharsets.UTF_8)).entrySet()) {
            Extraction ex = READER.read(e.getKey(), e.getValue());
            String masked = Masker.mask(ex.text());
            String digits = java.text.Normalizer.normalize(masked, java.text.Normalizer.Form.NFKC)
                    .replaceAll("[^0-9Xx*]", "");
            assertThat(digits).as(e.getKey()).doesNotContain("0519491231").doesNotContain("00138000")
                    .doesNotContain("491231002").doesNotContain("1380013");
        }
    }

    @Test
    @Tag("C7")
    @DisplayName("C7 HanLP and the assembler under 8 threads give exactly the single-thread facts")
    void c7Threads() throws Exception {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            m.put("笔录" + i + ".txt", (GOOD_TEXT + "问：还有什么要补充的吗？\n答：没有了，以上都是实话。\n第" + i + "次\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        m.put("笔录.docx", HostileFiles.docx(GOOD_TEXT));
        Path d = DossierProbe.folder(dir.resolve("C7-THREADS"), m);
        FactSet single = DossierProbe.assembler().assemble(d, ExportTables.empty());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<FactSet>> runs = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                runs.add(pool.submit(() -> DossierProbe.assembler().assemble(d, ExportTables.empty())));
            }
            for (Future<FactSet> f : runs) {
                assertThat(f.get().facts()).isEqualTo(single.facts());
            }
        } finally {
            pool.shutdownNow();
        }
        DossierProbe.check(single, m.keySet());
    }
}
