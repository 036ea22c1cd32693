package casecheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import casecheck.facts.OutcomeReason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** The streaming DOCX reader gives the POI reader's pages, on every sample DOCX and on generated layouts. */
class DocxTextTest {

    private final DocumentReader reader = new DocumentReader();
    private final DocxText fast = new DocxText(DocumentReader.DEFAULT_MAX_CHARS);

    private void assertSameAsPoi(String what, byte[] docx) throws Exception {
        Extraction poi = reader.docxWithPoi(docx);
        DocxText.Pages pages = fast.read(docx);
        Extraction viaRead = reader.read("x.docx", docx);
        assertThat(pages.pages()).as(what).isEqualTo(poi.pages());
        assertThat(pages.anyBreak()).as(what).isEqualTo(poi.paged());
        assertThat(viaRead).as(what).isEqualTo(poi);
    }

    @Test
    void everySampleDocxReadsAsPoiReadsIt() throws Exception {
        Path export = Path.of("../samples/export");
        List<Path> docs;
        try (Stream<Path> s = Files.walk(export)) {
            docs = s.filter(p -> p.toString().endsWith(".docx")).sorted().toList();
        }
        assertThat(docs).hasSizeGreaterThan(100);
        for (Path p : docs) {
            assertSameAsPoi(p.toString(), Files.readAllBytes(p));
        }
    }

    private static byte[] bytes(XWPFDocument d) throws IOException {
        try (d; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void pageBreaksSectionsTablesAndLinksAsPoi() throws Exception {
        XWPFDocument d = new XWPFDocument();
        d.createParagraph().createRun().setText("讯问笔录");
        XWPFParagraph p = d.createParagraph();
        p.createRun().setText("时间：2026年11月3日");
        p.createRun().setText("\t9时05分");
        p.createRun().addBreak(BreakType.PAGE);
        XWPFParagraph q = d.createParagraph();
        q.createRun().setText("问：");
        q.createRun().addBreak();
        q.createRun().setText("答：是。");
        q.createHyperlinkRun("https://example.invalid").setText("链接文字");
        XWPFParagraph before = d.createParagraph();
        before.setPageBreak(true);
        before.createRun().setText("第2页");
        XWPFTable t = d.createTable(2, 3);
        t.getRow(0).getCell(0).setText("姓名");
        t.getRow(0).getCell(2).setText("张三");
        t.getRow(1).getCell(1).addParagraph().createRun().setText("第二段");
        t.getRow(1).getCell(1).getParagraphs().get(0).createRun().setText("第一段");
        XWPFParagraph end = d.createParagraph();
        end.createRun().setText("本节完");
        end.getCTP().addNewPPr().addNewSectPr();
        d.createParagraph().createRun().setText("下一节");
        d.createParagraph();
        byte[] docx = bytes(d);
        assertSameAsPoi("generated", docx);
        assertThat(fast.read(docx).pages()).hasSize(4);
    }

    @Test
    void contentControlsAreReadAndTrackedDeletionsAreNot() throws Exception {
        String body = "<w:sdt><w:sdtPr><w:alias w:val=\"x\"/></w:sdtPr><w:sdtContent>"
                + "<w:p><w:r><w:t>控件中的讯问人：李四</w:t></w:r></w:p></w:sdtContent></w:sdt>"
                + "<w:p><w:r><w:t xml:space=\"preserve\">被讯问人 </w:t></w:r>"
                + "<w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>王五</w:delText></w:r></w:del>"
                + "<w:ins w:id=\"2\" w:author=\"a\"><w:r><w:t>赵六</w:t></w:r></w:ins>"
                + "<w:r><w:instrText>PAGE</w:instrText></w:r></w:p>";
        DocxText.Pages pages = fast.read(minimalDocx("word/document.xml", body));
        assertThat(pages.pages()).containsExactly("控件中的讯问人：李四\n被讯问人 赵六\n");
    }

    @Test
    void theMainPartIsFoundThroughTheRelationships() throws Exception {
        byte[] docx = minimalDocx("word/document2.xml", "<w:p><w:r><w:t>另一个主文档名</w:t></w:r></w:p>");
        assertThat(fast.read(docx).pages()).containsExactly("另一个主文档名\n");
    }

    @Test
    void whatItCannotReadIsLeftToPoi() throws Exception {
        assertThatThrownBy(() -> fast.read("not a zip".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DocxText.Unsupported.class);
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + "<w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>";
        assertThatThrownBy(() -> fast.read(zip("word/document.xml", xxe)))
                .isInstanceOf(DocxText.Unsupported.class);
    }

    @Test
    void quickDetectionAgreesWithTikaOnTheCommonCases() throws Exception {
        Path export = Path.of("../samples/export");
        List<Path> docs;
        try (Stream<Path> s = Files.walk(export)) {
            docs = s.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(docx|pdf|txt)$"))
                    .sorted().toList();
        }
        int confirmed = 0;
        for (Path p : docs) {
            byte[] data = Files.readAllBytes(p);
            String ext = DocumentReader.extension(p.toString());
            String quick = DocumentReader.confirmedByContent(ext, data);
            if (quick != null) {
                confirmed++;
                String tika = org.apache.tika.config.TikaConfig.getDefaultConfig().getDetector()
                        .detect(org.apache.tika.io.TikaInputStream.get(data), meta(p)).getBaseType().toString();
                assertThat(tika.equals(quick) || (quick.equals("text/plain") && tika.startsWith("text/")))
                        .as("%s: quick %s, Tika %s", p, quick, tika).isTrue();
            }
        }
        assertThat(confirmed).isGreaterThan(docs.size() * 9 / 10);
        assertThat(DocumentReader.confirmedByContent("txt", "%PDF-1.7 …".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("application/pdf");
        assertThat(DocumentReader.confirmedByContent("txt", new byte[] {'P', 'K', 3, 4, 0})).isNull();
        assertThat(DocumentReader.confirmedByContent("docx", new byte[] {'P', 'K', 3, 4, 0})).isNull();
    }

    @Test
    void scannedImagesGetTikasTypeWithoutTikaWhateverTheirName() throws Exception {
        java.awt.image.BufferedImage page = new java.awt.image.BufferedImage(40, 56,
                java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        for (String format : List.of("jpeg", "png", "tiff")) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            assertThat(javax.imageio.ImageIO.write(page, format, out)).as(format).isTrue();
            byte[] data = out.toByteArray();
            for (String name : List.of("询问笔录第1页." + format, "询问笔录.pdf", "笔录.txt", "扫描件")) {
                String quick = DocumentReader.confirmedByContent(DocumentReader.extension(name), data);
                var md = new org.apache.tika.metadata.Metadata();
                md.set(org.apache.tika.metadata.TikaCoreProperties.RESOURCE_NAME_KEY, name);
                String tika = org.apache.tika.config.TikaConfig.getDefaultConfig().getDetector()
                        .detect(org.apache.tika.io.TikaInputStream.get(data), md).getBaseType().toString();
                assertThat(quick).as("%s as %s", format, name).isEqualTo(tika).startsWith("image/");
                assertThat(new DocumentReader().read(name, data).reason()).as(name)
                        .isEqualTo(OutcomeReason.NEEDS_OCR);
            }
        }
    }

    private static org.apache.tika.metadata.Metadata meta(Path p) {
        var md = new org.apache.tika.metadata.Metadata();
        md.set(org.apache.tika.metadata.TikaCoreProperties.RESOURCE_NAME_KEY, p.getFileName().toString());
        return md;
    }

    private static byte[] minimalDocx(String mainPart, String body) throws IOException {
        String doc = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\""
                + "http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + body
                + "</w:body></w:document>";
        return zip(mainPart, doc);
    }

    private static byte[] zip(String mainPart, String xml) throws IOException {
        String rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
                + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\""
                + mainPart + "\"/></Relationships>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("_rels/.rels"));
            z.write(rels.getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry(mainPart));
            z.write(xml.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
