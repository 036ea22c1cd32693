package casecheck.reliability;

import casecheck.render.CjkFont;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Generates the hostile inputs of reliability-checklist §2 at test time, so that no binary fixture is committed:
 * archives with unsafe names, streamed and overlapping zip bombs, encrypted Office files, PDFs with predefined or
 * wrong CMaps, scanned (image-only) PDFs. Every method is deterministic.
 */
final class HostileFiles {

    /** A short, well-formed transcript: read as CHECKED when nothing is wrong with its container. */
    static final String GOOD_TEXT = """
            询问笔录
            时间：2026年11月3日14时20分至2026年11月3日15时00分
            地点：城关派出所办案区询问室
            问：你的基本情况？
            答：我叫王某某，今年三十岁，在本市工作。
            问：你今天为什么来派出所？
            答：我来说明昨天晚上在小区门口发生的事情。
            """;

    private HostileFiles() {
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] goodTxt() {
        return utf8(GOOD_TEXT);
    }

    /** A zip whose names are UTF-8 with general-purpose bit 11 set, entries in the given order. */
    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        return zip(StandardCharsets.UTF_8, true, entries);
    }

    /** A zip with names in {@code nameCharset}; {@code utf8Flag} says whether bit 11 is set. */
    static byte[] zip(Charset nameCharset, boolean utf8Flag, Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(out)) {
            z.setEncoding(nameCharset.name());
            z.setUseLanguageEncodingFlag(utf8Flag);
            z.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putArchiveEntry(new ZipArchiveEntry(e.getKey()));
                z.write(e.getValue());
                z.closeArchiveEntry();
            }
        }
        return out.toByteArray();
    }

    /** One STORED entry per name, so that a flipped data byte is not caught by the inflater but only by the CRC. */
    static byte[] storedZip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry ze = new ZipEntry(e.getKey());
                ze.setMethod(ZipEntry.STORED);
                CRC32 crc = new CRC32();
                crc.update(e.getValue());
                ze.setCrc(crc.getValue());
                ze.setSize(e.getValue().length);
                ze.setCompressedSize(e.getValue().length);
                z.putNextEntry(ze);
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /**
     * The first entry flagged as encrypted (general-purpose bit 0 set in its local and central headers), as in a
     * password-protected zip; the writer refuses to set the flag, so it is patched in afterwards.
     */
    static byte[] encryptedEntryZip(String name, byte[] data, Map<String, byte[]> others) throws IOException {
        Map<String, byte[]> all = new java.util.LinkedHashMap<>();
        all.put(name, data);
        all.putAll(others);
        byte[] z = zip(all);
        z[6] |= 0x01;
        for (int i = 0; i + 4 <= z.length; i++) {
            if (z[i] == 0x50 && z[i + 1] == 0x4b && z[i + 2] == 0x01 && z[i + 3] == 0x02) {
                z[i + 8] |= 0x01;
                break;
            }
        }
        return z;
    }

    /** A zip whose entry {@code name} is a unix symlink (mode 0120000) pointing at {@code target}. */
    static byte[] symlinkZip(String name, String target, Map<String, byte[]> others) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(out)) {
            ZipArchiveEntry e = new ZipArchiveEntry(name);
            e.setUnixMode(0120777);
            z.putArchiveEntry(e);
            z.write(target.getBytes(StandardCharsets.UTF_8));
            z.closeArchiveEntry();
            for (Map.Entry<String, byte[]> o : others.entrySet()) {
                z.putArchiveEntry(new ZipArchiveEntry(o.getKey()));
                z.write(o.getValue());
                z.closeArchiveEntry();
            }
        }
        return out.toByteArray();
    }

    /**
     * Streams a zip with one entry of {@code zeros} zero bytes into {@code target} (1 GiB of zeros deflates to about
     * 1 MB), followed by the {@code others}. Nothing large is held in memory.
     */
    static void zeroBomb(Path target, String name, long zeros, Map<String, byte[]> others) throws IOException {
        try (OutputStream os = Files.newOutputStream(target); ZipOutputStream z = new ZipOutputStream(os)) {
            z.setLevel(Deflater.BEST_COMPRESSION);
            z.putNextEntry(new ZipEntry(name));
            byte[] block = new byte[1 << 20];
            for (long left = zeros; left > 0; left -= block.length) {
                z.write(block, 0, (int) Math.min(block.length, left));
            }
            z.closeEntry();
            for (Map.Entry<String, byte[]> o : others.entrySet()) {
                z.putNextEntry(new ZipEntry(o.getKey()));
                z.write(o.getValue());
                z.closeEntry();
            }
        }
    }

    /**
     * Fifield's non-recursive bomb: {@code count} central-directory entries ({@code k000.bin} …) that all point at
     * the same local header and deflate kernel of {@code kernel} bytes, followed by one honest entry. Header sizes
     * look harmless; only counting the bytes actually inflated reveals the total.
     */
    static byte[] overlappingBomb(int count, byte[] kernel, String honestName, byte[] honest) throws IOException {
        byte[] deflated = deflate(kernel);
        CRC32 crc = new CRC32();
        crc.update(kernel);
        CRC32 hcrc = new CRC32();
        hcrc.update(honest);
        byte[] hdeflated = deflate(honest);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] kname = "k000.bin".getBytes(StandardCharsets.UTF_8);
        out.write(localHeader(kname, crc.getValue(), deflated.length, kernel.length));
        out.write(deflated);
        int honestOffset = out.size();
        byte[] hname = honestName.getBytes(StandardCharsets.UTF_8);
        out.write(localHeader(hname, hcrc.getValue(), hdeflated.length, honest.length));
        out.write(hdeflated);
        int cdStart = out.size();
        for (int i = 0; i < count; i++) {
            byte[] n = String.format("k%03d.bin", i).getBytes(StandardCharsets.UTF_8);
            out.write(centralHeader(n, crc.getValue(), deflated.length, kernel.length, 0));
        }
        out.write(centralHeader(hname, hcrc.getValue(), hdeflated.length, honest.length, honestOffset));
        int cdSize = out.size() - cdStart;
        ByteBuffer eocd = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
        eocd.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) (count + 1))
                .putShort((short) (count + 1)).putInt(cdSize).putInt(cdStart).putShort((short) 0);
        out.write(eocd.array());
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data) {
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        d.setInput(data);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 << 10];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return out.toByteArray();
    }

    private static byte[] localHeader(byte[] name, long crc, int csize, int usize) {
        ByteBuffer b = ByteBuffer.allocate(30 + name.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x04034b50).putShort((short) 20).putShort((short) 0x0800).putShort((short) 8).putShort((short) 0)
                .putShort((short) 0x5b21).putInt((int) crc).putInt(csize).putInt(usize)
                .putShort((short) name.length).putShort((short) 0).put(name);
        return b.array();
    }

    private static byte[] centralHeader(byte[] name, long crc, int csize, int usize, int offset) {
        ByteBuffer b = ByteBuffer.allocate(46 + name.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0x0800).putShort((short) 8)
                .putShort((short) 0).putShort((short) 0x5b21).putInt((int) crc).putInt(csize).putInt(usize)
                .putShort((short) name.length).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                .putShort((short) 0).putInt(0).putInt(offset).put(name);
        return b.array();
    }

    /** The first {@code fraction} of the bytes, as a download cut short would leave them. */
    static byte[] truncate(byte[] data, double fraction) {
        byte[] out = new byte[(int) (data.length * fraction)];
        System.arraycopy(data, 0, out, 0, out.length);
        return out;
    }

    /** A DOCX with one paragraph per line. */
    static byte[] docx(String text) throws IOException {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n")) {
                d.createParagraph().createRun().setText(line);
            }
            d.write(out);
            return out.toByteArray();
        }
    }

    /** An XLSX with one sheet, one row per entry of {@code rows}, cells split on '|'. */
    static byte[] xlsx(List<String> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("表1");
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                String[] cells = rows.get(r).split("\\|");
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** Encrypts an OOXML package (DOCX/XLSX) with agile encryption, as Office's "protect with password" does. */
    static byte[] encryptOoxml(byte[] ooxml, String password) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword(password);
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(ooxml));
                 OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /**
     * A Word 97-2003 file (OLE2) marked encrypted with RC4 (MS-DOC 2.2.6.2): a File Information Block with
     * fEncrypted and the 1Table stream holding an RC4 encryption header (version 1.1, salt and verifier) for a
     * password nobody knows. POI cannot write encrypted .doc files, and this is all a reader sees before the
     * password check.
     */
    static byte[] encryptedDoc() throws IOException {
        byte[] word = new byte[4096];
        java.nio.ByteBuffer fib = java.nio.ByteBuffer.wrap(word).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        fib.putShort(0, (short) 0xA5EC);          // wIdent
        fib.putShort(2, (short) 0x00C1);          // nFib: Word 97 and later
        fib.putShort(6, (short) 0x0804);          // lid: zh-CN
        fib.putShort(10, (short) (0x0100 | 0x0200)); // fEncrypted, fWhichTblStm (1Table)
        fib.putShort(12, (short) 0x00BF);         // nFibBack
        fib.putInt(14, 52);                       // lKey: size of the encryption header
        byte[] table = new byte[512];
        java.nio.ByteBuffer hdr = java.nio.ByteBuffer.wrap(table).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        hdr.putShort(0, (short) 1);               // RC4 version 1.1
        hdr.putShort(2, (short) 1);
        for (int i = 4; i < 52; i++) {
            table[i] = (byte) (i * 37 + 11);      // salt, encrypted verifier and its hash: no password matches
        }
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(word), "WordDocument");
            fs.createDocument(new java.io.ByteArrayInputStream(table), "1Table");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** A text PDF, one page per argument, lines split on '\n', written with the project's CJK font. */
    static byte[] pdf(String... pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            writePages(doc, pages);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A text PDF protected with a user password (may be empty: "owner-only") and an owner password. */
    static byte[] encryptedPdf(String userPassword, String ownerPassword, String... pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            writePages(doc, pages);
            StandardProtectionPolicy p = new StandardProtectionPolicy(ownerPassword, userPassword,
                    new AccessPermission());
            p.setEncryptionKeyLength(128);
            doc.protect(p);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void writePages(PDDocument doc, String... pages) throws IOException {
        PDType0Font font = CjkFont.load(doc);
        for (String text : pages) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 11);
                cs.newLineAtOffset(50, 780);
                for (String line : text.split("\n")) {
                    cs.showText(line);
                    cs.newLineAtOffset(0, -16);
                }
                cs.endText();
            }
        }
    }

    /** A "scanned" PDF: each page is only an image, there is no text layer. */
    static byte[] imageOnlyPdf(int pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_BYTE_GRAY);
            for (int x = 0; x < 200; x += 7) {
                for (int y = 0; y < 100; y++) {
                    img.setRGB(x, y, 0x000000);
                }
            }
            PDImageXObject xo = LosslessFactory.createFromImage(doc, img);
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(xo, 50, 500, 400, 200);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /**
     * A one-page PDF written by hand (reliability-checklist §4.3): a Type0 font {@code /SimSun} over a
     * CIDFontType2 of ordering Adobe-GB1 with no embedded font file, the given {@code /Encoding}, the given shown
     * bytes, and an optional ToUnicode CMap body ({@code null}: none).
     */
    static byte[] cmapPdf(String encoding, byte[] shown, String toUnicodeBfchar) {
        return cmapPdf(encoding, "GB1", shown, toUnicodeBfchar);
    }

    /** Same with the descendant font's {@code /Ordering} (GB1, or Identity for a font nobody can map). */
    static byte[] cmapPdf(String encoding, String ordering, byte[] shown, String toUnicodeBfchar) {
        return cmapPdf(encoding, ordering, "CIDFontType2", shown, toUnicodeBfchar);
    }

    /** Same with the descendant's {@code /Subtype} (CIDFontType2: TrueType glyph ids; CIDFontType0: CID-keyed). */
    static byte[] cmapPdf(String encoding, String ordering, String cidFontType, byte[] shown, String toUnicodeBfchar) {
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >>"
                + " /Contents 4 0 R >>");
        String content = "BT /F1 24 Tf 50 700 Td <" + hex(shown) + "> Tj ET";
        objects.add(stream(content));
        objects.add("<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /" + encoding
                + " /DescendantFonts [6 0 R]" + (toUnicodeBfchar == null ? "" : " /ToUnicode 8 0 R") + " >>");
        objects.add("<< /Type /Font /Subtype /" + cidFontType + " /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe)"
                + " /Ordering (" + ordering + ") /Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 >>");
        objects.add("<< /Type /FontDescriptor /FontName /SimSun /Flags 6 /FontBBox [0 -141 1000 859] /ItalicAngle 0"
                + " /Ascent 859 /Descent -141 /CapHeight 700 /StemV 80 >>");
        if (toUnicodeBfchar != null) {
            objects.add(stream("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                    + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                    + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                    + "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n" + toUnicodeBfchar
                    + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend"));
        }
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int off : offsets) {
            pdf.append(String.format("%010d 00000 n \n", off));
        }
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** CIDs 1…n for the characters of {@code text} (Identity-H) and a ToUnicode that maps CID i to char + shift. */
    static byte[] identityPdf(String text, int shift) {
        ByteArrayOutputStream shown = new ByteArrayOutputStream();
        StringBuilder bf = new StringBuilder();
        bf.append(text.length()).append(" beginbfchar\n");
        for (int i = 0; i < text.length(); i++) {
            int cid = i + 1;
            shown.write(cid >> 8);
            shown.write(cid & 0xFF);
            char c = text.charAt(i);
            int mapped = c == ' ' ? c : c + shift;
            bf.append(String.format("<%04X> <%04X>\n", cid, mapped));
        }
        bf.append("endbfchar\n");
        return cmapPdf("Identity-H", shown.toByteArray(), bf.toString());
    }

    private static String stream(String content) {
        return "<< /Length " + content.getBytes(StandardCharsets.ISO_8859_1).length + " >>\nstream\n" + content
                + "\nendstream";
    }

    private static String hex(byte[] b) {
        StringBuilder s = new StringBuilder();
        for (byte x : b) {
            s.append(String.format("%02X", x & 0xFF));
        }
        return s.toString();
    }
}
