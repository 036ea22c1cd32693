package casecheck.reliability;

import static casecheck.reliability.HostileFiles.GOOD_TEXT;
import static casecheck.reliability.HostileFiles.goodTxt;
import static casecheck.reliability.HostileFiles.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import casecheck.assemble.DossierAssembler;
import casecheck.check.LawConfig;
import casecheck.export.ExportTables;
import casecheck.extract.DocumentReader;
import casecheck.extract.Extraction;
import casecheck.facts.DocumentOutcome;
import casecheck.facts.OutcomeReason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reliability-checklist §2.B: hostile documents (DOCX, XLSX, PDF), generated at test time. */
class DocumentRowsTest {

    /** The checklist's sample text for the CMap cases (§4.3). */
    private static final String CMAP_TEXT = "电子发票 张三 身份证";
    /** A longer line of ordinary transcript language, for the text-quality signal. */
    private static final String LONG_TEXT = "问你今天为什么来派出所答我来说明昨天晚上在小区门口发生的事情当时有人打架";

    @TempDir
    Path dir;

    private static final DocumentReader READER = new DocumentReader();

    private DossierProbe.Outcomes run(String caseId, Map<String, byte[]> files) throws Exception {
        Map<String, byte[]> all = new LinkedHashMap<>(files);
        all.put("正常.txt", goodTxt());
        Path d = DossierProbe.folder(dir.resolve(caseId), all);
        DossierProbe.Outcomes o = DossierProbe.assemble(d, all.keySet());
        assertThat(o.reason("正常.txt")).as("one hostile file never stops the others").isEqualTo(OutcomeReason.NONE);
        return o;
    }

    private static Map<String, byte[]> files(Object... nameThenBytes) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (int i = 0; i < nameThenBytes.length; i += 2) {
            m.put((String) nameThenBytes[i], (byte[]) nameThenBytes[i + 1]);
        }
        return m;
    }

    @Test
    @Tag("B1")
    @DisplayName("B1 password-protected DOCX and XLSX: ENCRYPTED_DOCUMENT")
    void b1EncryptedOffice() throws Exception {
        byte[] docx = HostileFiles.encryptOoxml(HostileFiles.docx(GOOD_TEXT), "pass");
        byte[] xlsx = HostileFiles.encryptOoxml(HostileFiles.xlsx(List.of("姓名|王某某")), "tika");
        DossierProbe.Outcomes o = run("B1-ENC", files("加密.docx", docx, "加密.xlsx", xlsx, "加密无扩展名", docx));
        assertThat(o.reason("加密.docx")).isEqualTo(OutcomeReason.ENCRYPTED_DOCUMENT);
        assertThat(o.reason("加密.xlsx")).isEqualTo(OutcomeReason.ENCRYPTED_DOCUMENT);
        assertThat(o.reason("加密无扩展名")).isEqualTo(OutcomeReason.ENCRYPTED_DOCUMENT);
    }

    @Test
    @Tag("B1")
    @DisplayName("B1 password-protected legacy DOC (OLE2, RC4): ENCRYPTED_DOCUMENT, not corrupt, not checked")
    void b1EncryptedDoc() throws Exception {
        byte[] doc = HostileFiles.encryptedDoc();
        assertThat(READER.read("加密.doc", doc).reason()).isEqualTo(OutcomeReason.ENCRYPTED_DOCUMENT);
        DossierProbe.Outcomes o = run("B1-DOC", files("加密.doc", doc, "加密无扩展名", doc));
        assertThat(o.reason("加密.doc")).isEqualTo(OutcomeReason.ENCRYPTED_DOCUMENT);
        assertThat(o.of("加密.doc").outcome()).isEqualTo(DocumentOutcome.UNREADABLE);
        assertThat(o.reason("加密无扩展名")).isIn(OutcomeReason.ENCRYPTED_DOCUMENT, OutcomeReason.UNSUPPORTED_FORMAT);
    }

    @Test
    @Tag("B2")
    @DisplayName("B2 PDF with a user password: ENCRYPTED_DOCUMENT; owner password only: read normally")
    void b2PdfPasswords() throws Exception {
        byte[] user = HostileFiles.encryptedPdf("用户密码", "owner", GOOD_TEXT);
        byte[] ownerOnly = HostileFiles.encryptedPdf("", "owner", GOOD_TEXT);
        DossierProbe.Outcomes o = run("B2-PDF", files("用户密码.pdf", user, "仅所有者密码.pdf", ownerOnly));
        assertThat(o.reason("用户密码.pdf")).isEqualTo(OutcomeReason.ENCRYPTED_DOCUMENT);
        assertThat(o.reason("仅所有者密码.pdf")).isEqualTo(OutcomeReason.NONE);
        assertThat(READER.read("x.pdf", ownerOnly).text()).contains("我来说明昨天晚上在小区门口发生的事情");
    }

    @Test
    @Tag("B3")
    @DisplayName("B3 broken xref, missing root: repaired with the full text, or unreadable; never a silent loss")
    void b3BrokenStructure() throws Exception {
        byte[] good = HostileFiles.pdf(GOOD_TEXT, GOOD_TEXT);
        Extraction full = READER.read("x.pdf", good);
        String s = new String(good, StandardCharsets.ISO_8859_1);
        byte[] badXref = s.replaceAll("(\\d{10}) 00000 n", "0000000001 00000 n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] noStartxref = s.replace("startxref", "startxrex").getBytes(StandardCharsets.ISO_8859_1);
        byte[] noRoot = new String(HostileFiles.cmapPdf("UniGB-UCS2-H", CMAP_TEXT.getBytes(StandardCharsets.UTF_16BE),
                null), StandardCharsets.ISO_8859_1).replace("/Root 1 0 R", "").getBytes(StandardCharsets.ISO_8859_1);
        DossierProbe.Outcomes o = run("B3-XREF", files("坏交叉引用.pdf", badXref, "无startxref.pdf", noStartxref,
                "无根.pdf", noRoot));
        for (String n : List.of("坏交叉引用.pdf", "无startxref.pdf")) {
            var d = o.of(n);
            if (d.outcome() == DocumentOutcome.CHECKED) {
                assertThat(d.pages()).as(n).isEqualTo(full.pages().size());
                assertThat(d.characters()).as(n).isEqualTo(full.characters());
            } else {
                assertThat(d.reason()).as(n).isIn(OutcomeReason.DOCUMENT_CORRUPT, OutcomeReason.PDF_PARTIAL);
            }
        }
        if (o.of("无根.pdf").outcome() == DocumentOutcome.CHECKED) {
            assertThat(READER.read("x.pdf", noRoot).text().strip()).as("repaired in full").isEqualTo(CMAP_TEXT);
        }
    }

    @Test
    @Tag("B4")
    @DisplayName("B4 truncated PDF (30/60/90 %): never counted as complete when text is missing")
    void b4TruncatedPdf() throws Exception {
        byte[] whole = HostileFiles.pdf(GOOD_TEXT, GOOD_TEXT + "第二页", GOOD_TEXT + "第三页");
        Extraction full = READER.read("x.pdf", whole);
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (int pct : List.of(30, 60, 90)) {
            m.put("截断" + pct + ".pdf", HostileFiles.truncate(whole, pct / 100.0));
        }
        DossierProbe.Outcomes o = run("B4-CUT", m);
        for (String n : m.keySet()) {
            var d = o.of(n);
            if (d.outcome() == DocumentOutcome.CHECKED) {
                assertThat(d.pages()).as(n + " counted complete").isEqualTo(full.pages().size());
                assertThat(d.characters()).as(n + " counted complete").isEqualTo(full.characters());
            }
        }
    }

    @Test
    @Tag("B5")
    @DisplayName("B5 scanned PDF without a text layer: NEEDS_OCR review item, also for one scanned page among text")
    void b5Scanned() throws Exception {
        byte[] scanned = HostileFiles.imageOnlyPdf(2);
        DossierProbe.Outcomes o = run("B5-SCAN", files("扫描件.pdf", scanned));
        assertThat(o.reason("扫描件.pdf")).isEqualTo(OutcomeReason.NEEDS_OCR);
        assertThat(o.of("扫描件.pdf").outcome()).isEqualTo(DocumentOutcome.NEEDS_REVIEW);
        assertThat(o.facts().facts()).noneMatch(f -> f instanceof casecheck.facts.Transcript t
                && t.path().equals("扫描件.pdf"));
    }

    @Test
    @Tag("B6")
    @DisplayName("B6 ToUnicode mapping to wrong but valid Han characters (code point + 1): TEXT_UNRELIABLE")
    void b6WrongToUnicode() throws Exception {
        byte[] shifted = HostileFiles.identityPdf(LONG_TEXT, 1);
        byte[] shiftedShort = HostileFiles.identityPdf(CMAP_TEXT, 1);
        byte[] control = HostileFiles.identityPdf(LONG_TEXT, 0);
        assertThat(READER.read("x.pdf", control).text()).contains(LONG_TEXT);
        assertThat(READER.read("x.pdf", shiftedShort).text()).doesNotContain("电子发票");
        DossierProbe.Outcomes o = run("B6-TOUNICODE", files("错位.pdf", shifted, "错位短.pdf", shiftedShort,
                "对照.pdf", control));
        assertThat(o.reason("错位.pdf")).isEqualTo(OutcomeReason.TEXT_UNRELIABLE);
        assertThat(o.reason("错位短.pdf")).isEqualTo(OutcomeReason.TEXT_UNRELIABLE);
        assertThat(o.reason("对照.pdf")).isEqualTo(OutcomeReason.NONE);
    }

    @Test
    @Tag("B6")
    @DisplayName("B6 Identity-H without ToUnicode (glyph ids, nothing maps them to text): TEXT_UNRELIABLE, not clean")
    void b6IdentityWithoutToUnicode() throws Exception {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (String text : List.of(CMAP_TEXT, LONG_TEXT)) {
            ByteArrayOutputStream cids = new ByteArrayOutputStream();
            for (int i = 0; i < text.length(); i++) {
                cids.write((i + 1) >> 8);
                cids.write((i + 1) & 0xFF);
            }
            String n = text.length() > 20 ? "长" : "短";
            m.put("无映射GB1" + n + ".pdf", HostileFiles.cmapPdf("Identity-H", "GB1", cids.toByteArray(), null));
            m.put("无映射Identity" + n + ".pdf",
                    HostileFiles.cmapPdf("Identity-H", "Identity", cids.toByteArray(), null));
        }
        // Control: a CID-keyed font of the Adobe-GB1 collection shown with Identity-H: the codes are GB1 CIDs, which
        // the collection maps to Unicode, so the text is exact and the document is clean.
        org.apache.fontbox.cmap.CMap ucs2 = new org.apache.fontbox.cmap.CMapParser().parsePredefined("UniGB-UCS2-H");
        ByteArrayOutputStream gb1 = new ByteArrayOutputStream();
        for (char c : LONG_TEXT.toCharArray()) {
            int cid = ucs2.toCID(new byte[] {(byte) (c >> 8), (byte) c});
            gb1.write(cid >> 8);
            gb1.write(cid & 0xFF);
        }
        byte[] control = HostileFiles.cmapPdf("Identity-H", "GB1", "CIDFontType0", gb1.toByteArray(), null);
        assertThat(READER.read("x.pdf", control).text().strip()).isEqualTo(LONG_TEXT);
        m.put("GB1字形.pdf", control);
        DossierProbe.Outcomes o = run("B6-IDENTITY", m);
        for (String n : m.keySet()) {
            if (n.equals("GB1字形.pdf")) {
                assertThat(o.reason(n)).as(n).isEqualTo(OutcomeReason.NONE);
            } else {
                assertThat(o.of(n).outcome()).as(n).isEqualTo(DocumentOutcome.NEEDS_REVIEW);
                assertThat(o.reason(n)).as(n).isIn(OutcomeReason.TEXT_UNRELIABLE, OutcomeReason.NEEDS_OCR);
            }
        }
        assertThat(o.reason("无映射GB1长.pdf")).isEqualTo(OutcomeReason.TEXT_UNRELIABLE);
        assertThat(o.reason("无映射GB1短.pdf")).isEqualTo(OutcomeReason.TEXT_UNRELIABLE);
    }

    @Test
    @Tag("B6")
    @DisplayName("B6 ToUnicode mapping to <0000>/<FFFE>/<FEFF>: review, not clean")
    void b6BrokenMaps() throws Exception {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (String target : List.of("0000", "FFFE", "FEFF")) {
            StringBuilder bf = new StringBuilder(LONG_TEXT.length() + " beginbfchar\n");
            java.io.ByteArrayOutputStream shown = new java.io.ByteArrayOutputStream();
            for (int i = 0; i < LONG_TEXT.length(); i++) {
                shown.write((i + 1) >> 8);
                shown.write((i + 1) & 0xFF);
                bf.append(String.format("<%04X> <%s>\n", i + 1, target));
            }
            bf.append("endbfchar\n");
            m.put("映射" + target + ".pdf", HostileFiles.cmapPdf("Identity-H", shown.toByteArray(), bf.toString()));
        }
        DossierProbe.Outcomes o = run("B6-MAPS", m);
        for (String n : m.keySet()) {
            assertThat(o.of(n).outcome()).as(n).isNotEqualTo(DocumentOutcome.CHECKED);
            assertThat(o.reason(n)).as(n).isIn(OutcomeReason.TEXT_UNRELIABLE, OutcomeReason.NEEDS_OCR);
        }
    }

    @Test
    @Tag("B7")
    @DisplayName("B7 predefined Chinese CMaps without ToUnicode (UniGB-UCS2-H, GBK-EUC-H) extract exactly")
    void b7PredefinedCMaps() throws Exception {
        byte[] ucs2 = HostileFiles.cmapPdf("UniGB-UCS2-H", CMAP_TEXT.getBytes(StandardCharsets.UTF_16BE), null);
        byte[] gbk = HostileFiles.cmapPdf("GBK-EUC-H", CMAP_TEXT.getBytes(Charset.forName("GBK")), null);
        assertThat(READER.read("x.pdf", ucs2).text().strip()).isEqualTo(CMAP_TEXT);
        assertThat(READER.read("x.pdf", gbk).text().strip()).isEqualTo(CMAP_TEXT);
        DossierProbe.Outcomes o = run("B7-CMAP", files("UCS2.pdf", ucs2, "GBK.pdf", gbk));
        assertThat(o.reason("UCS2.pdf")).isEqualTo(OutcomeReason.NONE);
        assertThat(o.reason("GBK.pdf")).isEqualTo(OutcomeReason.NONE);
    }

    @Test
    @Tag("B9")
    @DisplayName("B9 XXE and entity expansion in a DOCX: no file is included, the document is not read as clean")
    void b9Xxe() throws Exception {
        String secret = "CANARY-" + UUID.randomUUID();
        Path canary = Files.writeString(dir.resolve("canary.txt"), secret);
        byte[] docx = HostileFiles.docx("占位文字");
        byte[] xxe = rewriteDocumentXml(docx, x -> x.replaceFirst("<\\?xml[^>]*\\?>",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \""
                                + canary.toUri() + "\">]>")
                .replace("占位文字", "&xxe;"));
        StringBuilder lol = new StringBuilder("<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            lol.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        byte[] laughs = rewriteDocumentXml(docx, x -> x.replaceFirst("<\\?xml[^>]*\\?>",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE w:document [" + lol + "]>")
                .replace("占位文字", "&l9;"));
        for (byte[] hostile : List.of(xxe, laughs)) {
            Extraction ex = READER.read("x.docx", hostile);
            assertThat(ex.text()).doesNotContain(secret).doesNotContain("lollollol");
        }
        DossierProbe.Outcomes o = run("B9-XXE", files("外部实体.docx", xxe, "实体膨胀.docx", laughs));
        assertThat(o.reason("外部实体.docx")).isIn(OutcomeReason.DOCUMENT_REJECTED, OutcomeReason.DOCUMENT_CORRUPT);
        assertThat(o.reason("实体膨胀.docx")).isIn(OutcomeReason.DOCUMENT_REJECTED, OutcomeReason.DOCUMENT_CORRUPT);
    }

    @Test
    @Tag("B9")
    @DisplayName("B9 XFA in a PDF with external entities (file and http): nothing is fetched or included")
    void b9XfaExternalEntities() throws Exception {
        String secret = "CANARY-" + UUID.randomUUID();
        Path canary = Files.writeString(dir.resolve("xfa-canary.txt"), secret);
        try (java.net.ServerSocket listener = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(200);
            String url = "http://127.0.0.1:" + listener.getLocalPort() + "/xfa.dtd";
            String xfa = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE xdp:xdp [\n"
                    + "<!ENTITY file SYSTEM \"" + canary.toUri() + "\">\n<!ENTITY http SYSTEM \"" + url + "\">\n"
                    + "<!ENTITY % remote SYSTEM \"" + url + "\">\n%remote;\n]>\n"
                    + "<xdp:xdp xmlns:xdp=\"http://ns.adobe.com/xdp/\"><template xmlns=\"http://www.xfa.org/schema/"
                    + "xfa-template/3.3/\"><subform><draw><value><text>&file;&http;</text></value></draw></subform>"
                    + "</template></xdp:xdp>";
            byte[] pdf;
            try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(
                    HostileFiles.pdf(GOOD_TEXT))) {
                var form = new org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm(doc);
                var stream = new org.apache.pdfbox.pdmodel.common.PDStream(doc,
                        new ByteArrayInputStream(xfa.getBytes(StandardCharsets.UTF_8)));
                form.setXFA(new org.apache.pdfbox.pdmodel.interactive.form.PDXFAResource(stream.getCOSObject()));
                doc.getDocumentCatalog().setAcroForm(form);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                doc.save(out);
                pdf = out.toByteArray();
            }
            Extraction ex = READER.read("x.pdf", pdf);
            assertThat(ex.text()).doesNotContain(secret).contains("询问笔录");
            DossierProbe.Outcomes o = run("B9-XFA", files("表单.pdf", pdf));
            assertThat(o.of("表单.pdf").outcome()).isNotEqualTo(DocumentOutcome.UNREADABLE);
            assertThat(o.facts().facts()).allSatisfy(f -> assertThat(String.valueOf(f)).doesNotContain(secret));
            assertThatThrownBy(listener::accept).as("no request reached the entity's URL")
                    .isInstanceOf(java.net.SocketTimeoutException.class);
        }
    }

    private static byte[] rewriteDocumentXml(byte[] docx, java.util.function.UnaryOperator<String> edit)
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] b = in.readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    b = edit.apply(new String(b, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(b);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    @Tag("B10")
    @DisplayName("B10 truncated DOCX, not-a-zip DOCX, corrupt XLSX: DOCUMENT_CORRUPT")
    void b10CorruptOffice() throws Exception {
        byte[] docx = HostileFiles.docx(GOOD_TEXT);
        byte[] xlsx = HostileFiles.xlsx(List.of("姓名|王某某", "电话|无"));
        DossierProbe.Outcomes o = run("B10-CORRUPT", files(
                "截断.docx", HostileFiles.truncate(docx, 0.5),
                "不是zip.docx", garbage(4096),
                "文字冒充.docx", utf8("这不是一个 Word 文件，只是文字。"),
                "截断.xlsx", HostileFiles.truncate(xlsx, 0.6),
                "缺部件.docx", dropEntry(docx, "word/document.xml")));
        assertThat(o.reason("截断.docx")).isEqualTo(OutcomeReason.DOCUMENT_CORRUPT);
        assertThat(o.reason("不是zip.docx")).isEqualTo(OutcomeReason.DOCUMENT_CORRUPT);
        assertThat(o.reason("截断.xlsx")).isEqualTo(OutcomeReason.DOCUMENT_CORRUPT);
        assertThat(o.of("缺部件.docx").outcome()).isEqualTo(DocumentOutcome.UNREADABLE);
        // Judged by content (as in A12): plain text named .docx is read as the text it is.
        assertThat(o.of("文字冒充.docx").characters()).isGreaterThan(5);
    }

    private static byte[] garbage(int n) {
        byte[] b = new byte[n];
        new java.util.Random(10).nextBytes(b);
        return b;
    }

    private static byte[] dropEntry(byte[] zip, String name) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] b = in.readAllBytes();
                if (!e.getName().equals(name)) {
                    z.putNextEntry(new ZipEntry(e.getName()));
                    z.write(b);
                    z.closeEntry();
                }
            }
        }
        return out.toByteArray();
    }

    @Test
    @Tag("B12")
    @DisplayName("B12 huge XLSX and DOCX: the character cap marks them TEXT_TRUNCATED (review), never silently cut")
    void b12Huge() throws Exception {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            rows.add("第" + i + "行|王某某|城关派出所|2026年11月3日|备注备注备注");
        }
        byte[] xlsx = HostileFiles.xlsx(rows);
        byte[] docx = HostileFiles.docx(String.join("\n", rows));
        DossierAssembler small = new DossierAssembler(LawConfig.defaults(), Duration.ofSeconds(120), 100_000);
        Path d = DossierProbe.folder(dir.resolve("B12-HUGE"), files("大表.xlsx", xlsx, "大文档.docx", docx,
                "正常.txt", goodTxt()));
        DossierProbe.Outcomes o = DossierProbe.check(small.assemble(d, ExportTables.empty()),
                List.of("大表.xlsx", "大文档.docx", "正常.txt"));
        assertThat(o.reason("大表.xlsx")).isEqualTo(OutcomeReason.TEXT_TRUNCATED);
        assertThat(o.reason("大文档.docx")).isEqualTo(OutcomeReason.TEXT_TRUNCATED);
        assertThat(o.of("大表.xlsx").characters()).isLessThanOrEqualTo(100_000);
        assertThat(o.reason("正常.txt")).isEqualTo(OutcomeReason.NONE);
    }

    @Test
    @Tag("B13")
    @DisplayName("B13 objects embedded in a DOCX and an XLSX (PDF, zip, OLE) are each listed as not checked; the body is")
    void b13EmbeddedObjectsAreListed() throws Exception {
        byte[] pdf = HostileFiles.pdf("附件内容");
        byte[] zip = HostileFiles.zip(Map.of("内层.txt", goodTxt()));
        byte[] docx = addEntries(HostileFiles.docx(GOOD_TEXT), Map.of("word/embeddings/附件一.pdf", pdf,
                "word/embeddings/材料.zip", zip, "word/embeddings/oleObject1.bin", new byte[2048]));
        byte[] xlsx = addEntries(HostileFiles.xlsx(List.of("姓名|王某某")),
                Map.of("xl/embeddings/oleObject1.bin", new byte[4096]));
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            many.put("word/embeddings/oleObject" + i + ".bin", new byte[16]);
        }
        byte[] crowded = addEntries(HostileFiles.docx(GOOD_TEXT), many);
        DossierProbe.Outcomes o = run("B13-LIST", files("嵌入.docx", docx, "嵌入.xlsx", xlsx, "多嵌入.docx", crowded,
                "无嵌入.docx", HostileFiles.docx(GOOD_TEXT)));
        var d = o.of("嵌入.docx");
        assertThat(d.outcome()).isEqualTo(DocumentOutcome.CHECKED);
        assertThat(d.characters()).isPositive();
        assertThat(d.detail()).startsWith("含嵌入对象 3 个，未检查其内容").contains("附件一.pdf").contains("材料.zip")
                .contains("oleObject1.bin（2 KB）");
        assertThat(o.of("嵌入.xlsx").detail()).contains("含嵌入对象 1 个").contains("oleObject1.bin（4 KB）");
        assertThat(o.of("多嵌入.docx").detail()).startsWith("含嵌入对象 12 个").endsWith(" 等");
        assertThat(o.of("无嵌入.docx").detail()).isNull();
    }

    /** {@code ooxml} with extra package entries (bytes stored as given). */
    private static byte[] addEntries(byte[] ooxml, Map<String, byte[]> extra) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(ooxml));
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] b = in.readAllBytes();
                if (e.getName().equals("[Content_Types].xml")) {
                    // A well-formed package declares the embedded parts' types.
                    b = new String(b, StandardCharsets.UTF_8).replace("</Types>",
                            "<Default Extension=\"bin\" ContentType=\"application/vnd.openxmlformats-officedocument"
                                    + ".oleObject\"/><Default Extension=\"pdf\" ContentType=\"application/pdf\"/>"
                                    + "<Default Extension=\"zip\" ContentType=\"application/zip\"/></Types>")
                            .getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(b);
                z.closeEntry();
            }
            for (Map.Entry<String, byte[]> e : extra.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    @Tag("B13")
    @DisplayName("B13 a DOCX carrying an embedded package bomb does not explode; its body is read or it is refused")
    void b13EmbeddedBomb() throws Exception {
        byte[] docx = HostileFiles.docx(GOOD_TEXT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] b = in.readAllBytes();
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(b);
                z.closeEntry();
            }
            z.putNextEntry(new ZipEntry("word/embeddings/oleObject1.bin"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                z.write(zeros);
            }
            z.closeEntry();
        }
        DossierProbe.Outcomes o = run("B13-EMBED", files("嵌入.docx", out.toByteArray()));
        var d = o.of("嵌入.docx");
        if (d.outcome() != DocumentOutcome.CHECKED) {
            assertThat(d.reason()).isIn(OutcomeReason.DOCUMENT_REJECTED, OutcomeReason.DOCUMENT_CORRUPT);
        } else {
            assertThat(d.characters()).isLessThan(10_000);
        }
    }
}
