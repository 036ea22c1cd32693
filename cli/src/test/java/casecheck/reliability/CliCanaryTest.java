package casecheck.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import casecheck.cli.CaseCheck;
import casecheck.privacy.Masker;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checklist E5, E7, E8 end to end through {@code casecheck check}: a dossier whose text and file names carry
 * personal-number canaries, spreadsheet formulas and HTML/script injection is rendered in every format; the
 * artifacts (text, JSON, HTML, the XML inside the XLSX, the PDF's text and metadata) are searched.
 */
class CliCanaryTest {

    private static final String ID = "11010519491231002X";
    private static final String PHONE = "13800138000";
    private static final String FORMULA = "=HYPERLINK(\"http://x\",\"a\")";
    private static final String SCRIPT = "<img src=x onerror=alert(1)>";

    @TempDir
    Path tmp;

    private Path dossier() throws IOException {
        Path d = Files.createDirectories(tmp.resolve("A3201052026119999"));
        String transcript = """
                讯问笔录
                第 1 次
                时间 2026年11月3日14时20分 至 2026年11月3日15时40分
                地点 %s%s @SUM(1)
                讯问人（签名）王警官 李警官 工作单位 某市公安局某分局刑警大队
                记录人（签名）李警官 工作单位 某市公安局某分局刑警大队
                被讯问人 张三测试 性别 男 年龄 35 出生日期 1991年5月1日
                身份证件种类及号码 居民身份证 %s
                联系方式 +86 138-0013-8000 或 %s
                问：你把事情经过讲一下。
                答：我的身份证号是%s，电话%s。%s
                第 1 页 共 2 页
                问：还有补充吗？
                答：没有了。
                第 2 页 共 2 页
                """.formatted(FORMULA, SCRIPT, ID, PHONE, ID, PHONE, SCRIPT);
        Files.writeString(d.resolve("讯问笔录\"><script>alert(1)<script>" + PHONE + ".txt"), transcript,
                StandardCharsets.UTF_8);
        return d;
    }

    private static int cli(String... args) {
        var cl = CaseCheck.commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        return cl.execute(args);
    }

    @Test
    @Tag("E5")
    @Tag("E7")
    @Tag("E8")
    @DisplayName("E5/E7/E8 every output format: numbers masked, formulas inert, HTML escaped")
    void everyFormat() throws Exception {
        Path d = dossier();
        List<String> texts = new ArrayList<>();
        for (String format : List.of("text", "json", "html", "xlsx", "pdf")) {
            Path out = tmp.resolve("out." + format);
            int code = cli("check", "--as-of", "2026-11-22", "-f", format, "-o", out.toString(), d.toString());
            assertThat(code).as(format).isIn(0, 4);
            String content = switch (format) {
                case "xlsx" -> xlsxXml(out);
                case "pdf" -> pdfTextAndMetadata(out);
                default -> Files.readString(out, StandardCharsets.UTF_8);
            };
            texts.add(content);
            assertThat(content).as(format).doesNotContain(ID).doesNotContain(PHONE).doesNotContain("138-0013-8000");
            assertThat(Masker.containsPersonalNumber(content)).as(format).isFalse();
            if (format.equals("html")) {
                assertThat(content).doesNotContain(SCRIPT).doesNotContain("<script>alert(1)");
            }
            if (format.equals("xlsx")) {
                assertThat(content).as("no formula cell from data").doesNotContain("<f>").doesNotContain("<f ");
            }
        }
        assertThat(String.join("\n", texts)).as("the findings reach every format").contains("TX-");
    }

    private static String xlsxXml(Path xlsx) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(xlsx)))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                sb.append(e.getName()).append('\n').append(new String(z.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return sb.toString();
    }

    private static String pdfTextAndMetadata(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDDocumentInformation i = doc.getDocumentInformation();
            return new PDFTextStripper().getText(doc) + "\n" + i.getTitle() + "\n" + i.getAuthor() + "\n"
                    + i.getSubject() + "\n" + i.getKeywords() + "\n" + i.getCreator();
        }
    }
}
