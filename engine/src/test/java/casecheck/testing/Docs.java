package casecheck.testing;

import casecheck.render.CjkFont;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Generates small documents at test time (no binaries in the repository). */
public final class Docs {

    private Docs() {
    }

    /** A DOCX whose pages are separated by explicit page breaks; each page's lines become paragraphs. */
    public static byte[] docx(String... pages) throws IOException {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int p = 0; p < pages.length; p++) {
                String[] lines = pages[p].split("\n");
                for (int i = 0; i < lines.length; i++) {
                    XWPFParagraph para = d.createParagraph();
                    var run = para.createRun();
                    run.setText(lines[i]);
                    if (i == lines.length - 1 && p < pages.length - 1) {
                        run.addBreak(BreakType.PAGE);
                    }
                }
            }
            d.write(out);
            return out.toByteArray();
        }
    }

    /** A DOCX with a header table (label | value cells) followed by paragraphs. */
    public static byte[] docxWithTable(String[][] table, String body) throws IOException {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.createParagraph().createRun().setText(body.split("\n")[0]);
            XWPFTable t = d.createTable(table.length, table[0].length);
            for (int r = 0; r < table.length; r++) {
                for (int c = 0; c < table[r].length; c++) {
                    t.getRow(r).getCell(c).setText(table[r][c]);
                }
            }
            String[] lines = body.split("\n");
            for (int i = 1; i < lines.length; i++) {
                d.createParagraph().createRun().setText(lines[i]);
            }
            d.write(out);
            return out.toByteArray();
        }
    }

    /** A PDF with one page per argument; a null page is left without any text (a scanned page). */
    public static byte[] pdf(String userPassword, String... pages) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = CjkFont.load(doc);
            for (String text : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                if (text == null) {
                    continue;
                }
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = 800;
                    for (String line : text.split("\n")) {
                        cs.beginText();
                        cs.setFont(font, 11);
                        cs.newLineAtOffset(40, y);
                        cs.showText(CjkFont.sanitize(line));
                        cs.endText();
                        y -= 16;
                    }
                }
            }
            if (userPassword != null) {
                StandardProtectionPolicy p = new StandardProtectionPolicy("owner", userPassword, new AccessPermission());
                p.setEncryptionKeyLength(128);
                doc.protect(p);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A zip with the given entries; names are encoded in {@code nameCharset} without the UTF-8 flag unless UTF-8. */
    public static byte[] zip(Charset nameCharset, Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(out)) {
            z.setEncoding(nameCharset.name());
            z.setUseLanguageEncodingFlag(nameCharset.name().equals("UTF-8"));
            z.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipArchiveEntry entry = new ZipArchiveEntry(e.getKey());
                z.putArchiveEntry(entry);
                z.write(e.getValue());
                z.closeArchiveEntry();
            }
        }
        return out.toByteArray();
    }
}
