package casecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code casecheck check} run in-process: output and exit code for good dossiers and each kind of bad input. */
class CheckCommandTest {

    @TempDir
    Path tmp;

    /** A dossier of plain-text documents built from the fixture transcripts of this test. */
    private Path dossier(String caseId, String... nameAndText) throws IOException {
        Path d = Files.createDirectories(tmp.resolve(caseId));
        for (int i = 0; i < nameAndText.length; i += 2) {
            Files.writeString(d.resolve(nameAndText[i]), nameAndText[i + 1], StandardCharsets.UTF_8);
        }
        return d;
    }

    private Path cleanDossier() throws IOException {
        return dossier("A3201052026110001", "讯问笔录.txt", Transcripts.SIGNED, "告知书.txt", Transcripts.RIGHTS_NOTICE);
    }

    @Test
    void cleanDossierExitsZeroWithASummary() throws IOException {
        CliRun r = CliRun.of("check", "--as-of", "2026-11-22", cleanDossier().toString());
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("卷宗 A3201052026110001 检查结果（截至 2026-11-22）", "未发现问题；文书 2 份，已检查 2 份");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void defectiveDossierExitsFourAndNamesRuleDocumentPageAndBasis() throws IOException {
        Path d = dossier("A3201052026110002", "讯问笔录.txt", Transcripts.PAGE_ONE_UNSIGNED, "告知书.txt",
                Transcripts.RIGHTS_NOTICE);
        CliRun r = CliRun.of("check", "--as-of", "2026-11-22", d.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(4);
        assertThat(r.out()).contains("■ 红色", "[TX-01]", "位置：讯问笔录.txt 第 1 页", "依据：").containsPattern("共 \\d+ 项：红色");
    }

    @Test
    void minSeverityHidesLowerFindingsAndDecidesTheExitCode() throws IOException {
        Path d = dossier("A3201052026110002", "讯问笔录.txt", Transcripts.PAGE_ONE_UNSIGNED, "告知书.txt",
                Transcripts.RIGHTS_NOTICE);
        CliRun all = CliRun.of("check", "--as-of", "2026-11-22", "--format", "json", d.toString());
        assertThat(all.out()).contains("\"ruleId\": \"TX-01\"", "\"minSeverity\": \"yellow\"");
        CliRun red = CliRun.of("check", "--as-of", "2026-11-22", "--format", "json", "--min-severity", "red", d.toString());
        assertThat(red.out()).contains("\"minSeverity\": \"red\"").doesNotContain("\"severity\": \"orange\"",
                "\"severity\": \"yellow\"");
    }

    @Test
    void jsonToStdoutIsTheDocumentedSchemaAndMasked() throws IOException {
        CliRun r = CliRun.of("check", "--as-of", "2026-11-22", "--format", "json", cleanDossier().toString());
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("{").contains("\"schemaVersion\": 1", "\"subject\": \"A3201052026110001\"",
                "\"asOf\": \"2026-11-22\"", "\"documents\": [").doesNotContain("110105199105010011", "13800138000");
    }

    @Test
    void xlsxAndPdfGoToTheOutputFileAndReadBack() throws IOException {
        Path xlsx = tmp.resolve("结果.xlsx");
        CliRun r = CliRun.of("check", "--as-of", "2026-11-22", "-f", "xlsx", "-o", xlsx.toString(), cleanDossier().toString());
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).contains("结果已写入");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(wb.getSheet("文书").getLastRowNum()).isEqualTo(2);
        }
        Path pdf = tmp.resolve("结果.pdf");
        assertThat(CliRun.of("check", "--as-of", "2026-11-22", "-f", "pdf", "-o", pdf.toString(),
                tmp.resolve("A3201052026110001").toString()).code()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("卷宗 A3201052026110001 检查结果", "未发现问题");
        }
        try (var s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Tag("E12")
    @Test
    void refusesToOverwriteAnOutputFileWithoutForce() throws IOException {
        Path out = Files.writeString(tmp.resolve("old.html"), "keep me");
        CliRun r = CliRun.of("check", "-f", "html", "-o", out.toString(), cleanDossier().toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("输出文件已存在", "--force");
        assertThat(Files.readString(out)).isEqualTo("keep me");
        CliRun forced = CliRun.of("check", "-f", "html", "-o", out.toString(), "--force", tmp.resolve("A3201052026110001").toString());
        assertThat(forced.code()).as(forced.toString()).isZero();
        assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>");
    }

    @Tag("E12")
    @Test
    void pathsStartingWithADashWorkAfterDoubleDash() throws IOException {
        Path d = Files.createDirectories(tmp.resolve("-A3201052026110001"));
        Files.writeString(d.resolve("讯问笔录.txt"), Transcripts.SIGNED);
        Files.writeString(d.resolve("告知书.txt"), Transcripts.RIGHTS_NOTICE);
        Path cwdRelative = Path.of("").toAbsolutePath().relativize(d);
        // A relative "-…" path without "--" is taken for an option: a usage error that says what to do.
        CliRun bad = CliRun.of("check", "-A3201052026110001");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("请在其前面加“--”");
        CliRun good = CliRun.of("check", "--as-of", "2026-11-22", "--", cwdRelative.toString());
        assertThat(good.code()).as(good.toString()).isZero();
    }

    @Test
    void missingPathIsRejectedInChinese() {
        CliRun r = CliRun.of("check", tmp.resolve("没有这个卷宗").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("找不到卷宗").doesNotContain("Exception", "\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void emptyFolderIsRejected() throws IOException {
        CliRun r = CliRun.of("check", Files.createDirectories(tmp.resolve("空")).toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("卷宗目录是空的");
    }

    @Test
    void folderWithoutDocumentsIsNotADossier() throws IOException {
        Path d = Files.createDirectories(tmp.resolve("程序"));
        Files.write(d.resolve("setup.exe"), new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0});
        Files.write(d.resolve("music.mp3"), new byte[] {'I', 'D', '3', 3, 0, 0, 0, 0, 0, 0});
        CliRun r = CliRun.of("check", d.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("不是卷宗");
    }

    @Test
    void exportRootIsRejectedWithAHint() throws IOException {
        Path export = Files.createDirectories(tmp.resolve("导出"));
        Files.createDirectories(export.resolve("卷宗/A1"));
        Files.writeString(export.resolve("案件.csv"), "案件编号\nA1\n");
        CliRun r = CliRun.of("check", export.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("是整个导出目录", "卷宗/<案件编号>");
    }

    @Test
    void aSingleDocumentIsNotADossier() throws IOException {
        Path f = Files.writeString(tmp.resolve("讯问笔录.docx"), "x");
        CliRun r = CliRun.of("check", f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("不是卷宗", ".zip");
    }

    @Test
    void corruptZipIsRejectedAndVerboseShowsTheCause() throws IOException {
        Path zip = Files.write(tmp.resolve("A3201052026110009.zip"), "PK\u0003\u0004 this is not a zip".getBytes(StandardCharsets.UTF_8));
        CliRun r = CliRun.of("check", zip.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("A3201052026110009").doesNotContain("\tat ");
        CliRun v = CliRun.of("check", "--verbose", zip.toString());
        assertThat(v.code()).isEqualTo(2);
        assertThat(v.err()).contains("\tat ");
    }

    @Test
    void zippedDossierIsChecked() throws IOException {
        Path zip = tmp.resolve("A3201052026110001.zip");
        try (OutputStream os = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(os, StandardCharsets.UTF_8)) {
            z.putNextEntry(new ZipEntry("讯问笔录.txt"));
            z.write(Transcripts.SIGNED.getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("告知书.txt"));
            z.write(Transcripts.RIGHTS_NOTICE.getBytes(StandardCharsets.UTF_8));
        }
        CliRun r = CliRun.of("check", "--as-of", "2026-11-22", zip.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("卷宗 A3201052026110001", "已检查 2 份");
    }

    @Test
    void unreadableDocumentIsReportedAndMakesTheExitCodeFour() throws IOException {
        Path d = cleanDossier();
        Files.write(d.resolve("损坏.docx"), "PK\u0003\u0004broken".getBytes(StandardCharsets.UTF_8));
        CliRun r = CliRun.of("check", "--as-of", "2026-11-22", d.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(4);
        assertThat(r.out()).contains("未能完整检查的文书（1 份）", "损坏.docx：无法读取", "无法读取 1 份");
    }

    @Test
    void encryptedDocumentIsReportedAsUnreadable() throws Exception {
        Path d = cleanDossier();
        Files.write(d.resolve("加密笔录.docx"), encryptedDocx());
        CliRun r = CliRun.of("check", "--as-of", "2026-11-22", d.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(4);
        assertThat(r.out()).contains("加密笔录.docx：无法读取：文件已加密");
        assertThat(r.err()).doesNotContain("\tat ");
    }

    /** A DOCX encrypted with a password (agile encryption), as Word writes it. */
    private static byte[] encryptedDocx() throws Exception {
        java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream();
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            doc.createParagraph().createRun().setText("讯问笔录");
            doc.write(plain);
        }
        org.apache.poi.poifs.crypt.EncryptionInfo info =
                new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
        org.apache.poi.poifs.crypt.Encryptor enc = info.getEncryptor();
        enc.confirmPassword("secret");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(plain.toByteArray());
            }
            fs.writeFilesystem(out);
        }
        return out.toByteArray();
    }

    @Test
    void blankPathIsRejected() {
        CliRun r = CliRun.of("check", "");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("找不到卷宗");
    }

    @Test
    void unknownFormatIsAUsageError() throws IOException {
        CliRun r = CliRun.of("check", "--format", "docx", cleanDossier().toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("未知的输出格式：docx");
    }

    @Test
    void badAsOfDateIsAUsageError() throws IOException {
        CliRun r = CliRun.of("check", "--as-of", "2026-13-45", cleanDossier().toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("无法识别的检查基准日：2026-13-45");
    }

    @Test
    void asOfAcceptsChineseAndCompactDates() throws IOException {
        Path d = cleanDossier();
        assertThat(CliRun.of("check", "--as-of", "2026年11月22日", d.toString()).out()).contains("截至 2026-11-22");
        assertThat(CliRun.of("check", "--as-of", "20261122", d.toString()).out()).contains("截至 2026-11-22");
    }

    @Test
    void badMinSeverityIsAUsageError() throws IOException {
        CliRun r = CliRun.of("check", "--min-severity", "purple", cleanDossier().toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("未知的严重程度");
    }

    @Test
    void missingExportFolderIsRejected() throws IOException {
        CliRun r = CliRun.of("check", "--export", tmp.resolve("无").toString(), cleanDossier().toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("找不到导出目录");
    }

    @Test
    void missingDossierArgumentIsAUsageError() {
        CliRun r = CliRun.of("check");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("缺少参数", "<卷宗>", "--help");
    }

    /** The committed sample export (samples module), seen from the cli module's working directory. */
    private static final Path SAMPLES = Path.of("..", "samples", "export");

    /**
     * Sample dossiers through the whole CLI, tables included: the findings (rule, document, page) are exactly the
     * sample's expected-findings.csv rows for that case; a clean folder, a clean zip and a defective folder.
     */
    @ParameterizedTest
    @ValueSource(strings = {"A3399015100002026000001", "A3399015100002026000010.zip", "A3399215100002026000016"})
    void sampleDossiersGiveTheirExpectedFindings(String dossier) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SAMPLES.resolve("卷宗")), "sample export not present");
        String caseId = dossier.replace(".zip", "");
        List<String> expected = Files.readAllLines(SAMPLES.resolveSibling("expected-findings.csv")).stream()
                .filter(l -> l.startsWith(caseId + ",")).map(l -> l.substring(l.indexOf(',') + 1)).sorted().toList();
        CliRun r = CliRun.of("check", "--export", SAMPLES.toString(), "--as-of", "2026-11-22", "--format", "json",
                SAMPLES.resolve("卷宗").resolve(dossier).toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(expected.isEmpty() ? 0 : 4);
        List<String> actual = new ArrayList<>();
        Matcher m = Pattern.compile("\"ruleId\": \"([A-Z]{2}-\\d{2})\",[^}]*?\"document\": \"([^\"]*)\",\\s*\"page\": (\\d+|null)")
                .matcher(r.out());
        while (m.find()) {
            actual.add(m.group(2) + "," + ("null".equals(m.group(3)) ? "" : m.group(3)) + "," + m.group(1));
        }
        assertThat(actual.stream().sorted().toList()).as(r.out()).isEqualTo(expected);
    }

    @Test
    void textIsPlainWhenNotOnATerminal() throws IOException {
        CliRun r = CliRun.of("check", cleanDossier().toString());
        assertThat(r.out()).doesNotContain("\u001b[");
    }
}
