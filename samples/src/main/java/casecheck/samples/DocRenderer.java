package casecheck.samples;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import casecheck.render.CjkFont;

/** Turns a {@link Doc} into the bytes of its file format. Stateless apart from caches; thread-safe. */
final class DocRenderer {

    /** Fixed creation date written into DOCX/PDF metadata, so regenerated files carry the same properties. */
    static final Date FIXED_DATE = fixedDate();

    static final Charset GBK = Charset.forName("GBK");

    private static final float MARGIN = 56;
    private static final float FONT_SIZE = 11;
    private static final float TITLE_SIZE = 16;
    private static final float LEADING = 17;
    /** Width of a PDF line in "CJK characters" (an ASCII character counts half). */
    private static final int LINE_UNITS = 40;

    private static volatile Font awtFont;

    private DocRenderer() {
    }

    static byte[] render(Doc doc) {
        try {
            return switch (doc.format) {
                case DOCX -> docx(doc);
                case PDF -> pdf(doc, false);
                case PDF_ENCRYPTED -> pdf(doc, true);
                case PDF_SCANNED -> scannedPdf(doc);
                case TXT_UTF8 -> txt(doc, "\n").getBytes(StandardCharsets.UTF_8);
                case TXT_UTF8_BOM -> ("\uFEFF" + txt(doc, "\n")).getBytes(StandardCharsets.UTF_8);
                case TXT_GBK -> txt(doc, "\r\n").getBytes(GBK);
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + doc.path, e);
        }
    }

    /** Pages separated by a form feed; the page markers are part of the lines. */
    static String txt(Doc doc, String eol) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < doc.pages.size(); i++) {
            if (i > 0) {
                sb.append('\f');
            }
            for (String line : doc.pages.get(i).lines) {
                sb.append(line).append(eol);
            }
        }
        return sb.toString();
    }

    private static byte[] docx(Doc doc) throws IOException {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var core = d.getProperties().getCoreProperties();
            core.setCreated(Optional.of(FIXED_DATE));
            core.setModified(Optional.of(FIXED_DATE));
            core.setCreator("casecheck-samples");
            core.setTitle(doc.type.label());
            for (int p = 0; p < doc.pages.size(); p++) {
                Doc.Page page = doc.pages.get(p);
                boolean table = doc.headerTable && page.headerFrom >= 0;
                for (int i = 0; i < page.lines.size(); i++) {
                    if (table && i == page.headerFrom) {
                        headerTable(d, page.lines.subList(page.headerFrom, page.headerTo));
                        i = page.headerTo - 1;
                        continue;
                    }
                    XWPFParagraph para = d.createParagraph();
                    XWPFRun run = para.createRun();
                    run.setFontFamily("宋体");
                    if (p == 0 && i == 0) {
                        para.setAlignment(ParagraphAlignment.CENTER);
                        run.setBold(true);
                        run.setFontSize(16);
                    } else {
                        run.setFontSize(10.5);
                    }
                    run.setText(page.lines.get(i));
                }
                if (p < doc.pages.size() - 1) {
                    d.createParagraph().createRun().addBreak(BreakType.PAGE);
                }
            }
            d.write(out);
            return fixZipTimes(out.toByteArray());
        }
    }

    /** "标签：值" lines become two-column rows; a line without a colon spans as one cell. */
    private static void headerTable(XWPFDocument d, List<String> lines) {
        XWPFTable t = d.createTable(lines.size(), 2);
        for (int r = 0; r < lines.size(); r++) {
            String line = lines.get(r);
            int colon = indexOfColon(line);
            XWPFTableRow row = t.getRow(r);
            row.getCell(0).setText(colon < 0 ? line : line.substring(0, colon));
            row.getCell(1).setText(colon < 0 ? "" : line.substring(colon + 1));
        }
    }

    private static int indexOfColon(String s) {
        int a = s.indexOf('：');
        int b = s.indexOf(':');
        if (a < 0) {
            return b;
        }
        return b < 0 ? a : Math.min(a, b);
    }

    private static byte[] pdf(Doc doc, boolean encrypt) throws IOException {
        try (PDDocument pd = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            info(pd, doc);
            PDType0Font font = CjkFont.load(pd);
            for (int p = 0; p < doc.pages.size(); p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                pd.addPage(page);
                float y = PDRectangle.A4.getHeight() - MARGIN;
                try (PDPageContentStream cs = new PDPageContentStream(pd, page)) {
                    List<String> lines = doc.pages.get(p).lines;
                    for (int i = 0; i < lines.size(); i++) {
                        boolean title = p == 0 && i == 0;
                        float size = title ? TITLE_SIZE : FONT_SIZE;
                        for (String part : wrap(lines.get(i))) {
                            float x = MARGIN;
                            if (title) {
                                x = (PDRectangle.A4.getWidth() - font.getStringWidth(part) / 1000 * size) / 2;
                            }
                            cs.beginText();
                            cs.setFont(font, size);
                            cs.newLineAtOffset(x, y);
                            cs.showText(CjkFont.sanitize(part));
                            cs.endText();
                            y -= title ? LEADING * 1.6f : LEADING;
                        }
                    }
                }
            }
            if (encrypt) {
                AccessPermission none = new AccessPermission();
                none.setCanExtractContent(false);
                StandardProtectionPolicy policy = new StandardProtectionPolicy("casecheck-owner", "casecheck-user", none);
                policy.setEncryptionKeyLength(128);
                pd.protect(policy);
            }
            pd.save(out);
            return out.toByteArray();
        }
    }

    private static void info(PDDocument pd, Doc doc) {
        PDDocumentInformation info = pd.getDocumentInformation();
        Calendar c = new GregorianCalendar(TimeZone.getTimeZone("Asia/Shanghai"));
        c.setTime(FIXED_DATE);
        info.setCreationDate(c);
        info.setModificationDate(c);
        info.setProducer("casecheck-samples");
        info.setTitle(doc.type.label());
        // a fixed file identifier derived from the path: PDFBox would otherwise put the time into /ID
        byte[] id = java.util.Arrays.copyOf(sha256(doc.path.getBytes(StandardCharsets.UTF_8)), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pd.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(data);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rewrites an OOXML package with fixed entry times, so equal content gives equal bytes. */
    static byte[] fixZipTimes(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip));
             java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
            java.util.zip.ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                java.util.zip.ZipEntry copy = new java.util.zip.ZipEntry(e.getName());
                copy.setTime(FIXED_DATE.getTime());
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** Splits a line into PDF lines of at most {@value #LINE_UNITS} CJK-character widths. */
    static List<String> wrap(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        double units = 0;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            double w = ch < 0x2E80 ? 0.5 : 1;
            if (units + w > LINE_UNITS) {
                out.add(cur.toString());
                cur.setLength(0);
                units = 0;
            }
            cur.append(ch);
            units += w;
        }
        out.add(cur.toString());
        return out;
    }

    /** Each page drawn as a grey-scale image of its text: what a scanner produces, with no text layer. */
    private static byte[] scannedPdf(Doc doc) throws IOException {
        try (PDDocument pd = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            info(pd, doc);
            for (Doc.Page p : doc.pages) {
                BufferedImage img = new BufferedImage(620, 877, BufferedImage.TYPE_BYTE_GRAY);
                Graphics2D g = img.createGraphics();
                g.setColor(new Color(246, 246, 240));
                g.fillRect(0, 0, img.getWidth(), img.getHeight());
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setColor(new Color(40, 40, 40));
                g.setFont(awtFont().deriveFont(15f));
                int y = 60;
                for (String line : p.lines) {
                    for (String part : wrap(line)) {
                        g.drawString(part, 40, y);
                        y += 24;
                    }
                }
                g.dispose();
                PDPage page = new PDPage(PDRectangle.A4);
                pd.addPage(page);
                PDImageXObject image = JPEGFactory.createFromImage(pd, img, 0.6f);
                try (PDPageContentStream cs = new PDPageContentStream(pd, page)) {
                    cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            pd.save(out);
            return out.toByteArray();
        }
    }

    private static Font awtFont() throws IOException {
        Font f = awtFont;
        if (f == null) {
            synchronized (DocRenderer.class) {
                if (awtFont == null) {
                    try (InputStream in = CjkFont.class.getClassLoader().getResourceAsStream(CjkFont.RESOURCE)) {
                        awtFont = Font.createFont(Font.TRUETYPE_FONT, in);
                    } catch (FontFormatException e) {
                        throw new IOException("cannot load " + CjkFont.RESOURCE, e);
                    }
                }
                f = awtFont;
            }
        }
        return f;
    }

    private static Date fixedDate() {
        Calendar c = new GregorianCalendar(TimeZone.getTimeZone("Asia/Shanghai"));
        c.clear();
        c.set(2026, Calendar.NOVEMBER, 22, 23, 0, 0);
        return c.getTime();
    }
}
