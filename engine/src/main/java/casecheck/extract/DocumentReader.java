package casecheck.extract;

import casecheck.facts.OutcomeReason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.extractor.XSSFEventBasedExcelExtractor;
import org.apache.poi.xwpf.usermodel.BodyElementType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType;

/**
 * Reads one document's text page by page. The format is detected from the content by Tika with the file name as a
 * hint (tech-notes P-T2); PDF is read with PDFBox page by page, DOCX with POI (explicit page breaks and section
 * breaks split pages; tables become lines of cells), DOC with POI HWPF (form feeds), XLSX with the streaming event
 * extractor, TXT by {@link TextDecoding}. Problems become reason codes, never exceptions (except {@link Error}s,
 * which the caller bounds). Thread-safe: the Tika detector is shared, everything else is per call.
 */
public final class DocumentReader implements DocumentParser {

    /** Characters kept per document; beyond this the document is marked {@code TEXT_TRUNCATED}. */
    public static final int DEFAULT_MAX_CHARS = 5_000_000;

    private static final MediaType OOXML_PROTECTED = MediaType.application("x-tika-ooxml-protected");
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private final int maxChars;
    private final DocxText docxText;

    public DocumentReader() {
        this(DEFAULT_MAX_CHARS);
    }

    static {
        JdkXmlFactories.pin();
    }

    public DocumentReader(int maxChars) {
        this.maxChars = maxChars;
        this.docxText = new DocxText(maxChars);
    }

    /**
     * One Tika detector per process, built on first use: building a TikaConfig loads every parser service (≈0.8 s,
     * tech-notes §5.1; still ≈0.25 s of CPU from the class-data-sharing archive), and the common PDF, DOCX and TXT
     * files are typed without it ({@link #confirmedByContent}).
     */
    private static final class SharedTika {
        static final Detector DETECTOR = TikaConfig.getDefaultConfig().getDetector();
    }

    /**
     * Loads the classes of every reading path (Tika detection, POI DOCX, PDFBox) by reading tiny generated documents,
     * so the first real document is not slow. Safe to call from several threads.
     */
    public static void warmUp() {
        DocumentReader r = new DocumentReader();
        r.read("warmup.txt", "讯问笔录\n时间：2026年11月3日14时20分至2026年11月3日15时00分\n".getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        try (XWPFDocument d = new XWPFDocument(); java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            d.createParagraph().createRun().setText("warm up");
            d.write(out);
            r.read("warmup.docx", out.toByteArray());
        } catch (IOException e) {
            // warming up is best effort: the first real document then pays the class loading
        }
        try (PDDocument pdf = new PDDocument(); java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            pdf.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            pdf.save(out);
            r.read("warmup.pdf", out.toByteArray());
        } catch (IOException e) {
            // best effort, as above
        }
    }

    /** Detected media type (content first, file name as hint), e.g. {@code application/pdf}. */
    public String detect(String name, byte[] data) {
        String quick = confirmedByContent(extension(name), data);
        if (quick != null) {
            return quick;
        }
        Metadata md = new Metadata();
        md.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName(name));
        try (TikaInputStream in = TikaInputStream.get(data)) {
            return SharedTika.DETECTOR.detect(in, md).getBaseType().toString();
        } catch (IOException | RuntimeException e) {
            return MediaType.OCTET_STREAM.toString();
        }
    }

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] DOCX_MAIN = "word/document.xml".getBytes(StandardCharsets.US_ASCII);
    private static final byte[][] BINARY_MAGIC = {PDF_MAGIC, ZIP_MAGIC, {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0},
        {(byte) 0x89, 'P', 'N', 'G'}, {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, {'G', 'I', 'F', '8'}, {'B', 'M'},
        {'I', 'I', '*', 0}, {'M', 'M', 0, '*'}, {'%', '!', 'P', 'S'}, {'{', '\\', 'r', 't', 'f'}};

    /** Scanned pages photographed or scanned into image files: signatures that name exactly one format. */
    private static final byte[][] IMAGE_MAGIC = {{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
        {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, {'I', 'I', '*', 0}, {'M', 'M', 0, '*'}};
    private static final String[] IMAGE_TYPES = {"image/jpeg", "image/png", "image/tiff", "image/tiff"};

    /**
     * The type of the common cases, confirmed by content without Tika's full magic and container detection (which
     * cost a sixth of a night's CPU, and building Tika's configuration costs the CLI a quarter of a second): a file
     * that starts as a PDF, a JPEG, PNG or TIFF scan, a zip whose directory names the Word main part and that is
     * named .docx, a .txt that carries no binary signature and reads as text. Null for everything else: Tika decides.
     */
    static String confirmedByContent(String ext, byte[] data) {
        if (startsWith(data, PDF_MAGIC)) {
            return "application/pdf";
        }
        for (int i = 0; i < IMAGE_MAGIC.length; i++) {
            if (startsWith(data, IMAGE_MAGIC[i])) {
                return IMAGE_TYPES[i];
            }
        }
        if (ext.equals("docx") && startsWith(data, ZIP_MAGIC) && indexOf(data, DOCX_MAIN) >= 0) {
            return DOCX;
        }
        if (ext.equals("txt")) {
            for (byte[] magic : BINARY_MAGIC) {
                if (startsWith(data, magic)) {
                    return null;
                }
            }
            return TextDecoding.looksBinary(data) ? null : "text/plain";
        }
        return null;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static int indexOf(byte[] data, byte[] needle) {
        byte first = needle[0];
        outer:
        for (int i = 0, last = data.length - needle.length; i <= last; i++) {
            if (data[i] != first) {
                continue;
            }
            for (int j = 1; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Reads a document; never throws for bad content. */
    @Override
    public Extraction read(String name, byte[] data) {
        if (data.length == 0) {
            return Extraction.failed(null, OutcomeReason.EMPTY_FILE, "文件大小为 0");
        }
        String ext = extension(name);
        String type = detect(name, data);
        try {
            return switch (type) {
                case "application/pdf" -> pdf(data);
                case "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                     "application/vnd.ms-word.document.macroenabled.12" -> EmbeddedParts.noted(docx(data), data);
                case "application/msword" -> doc(data);
                case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" ->
                        EmbeddedParts.noted(xlsx(data), data);
                case "application/x-tika-msoffice" -> ext.equals("doc") ? doc(data)
                        : Extraction.failed(type, OutcomeReason.UNSUPPORTED_FORMAT, "不支持的 Office 格式");
                case "application/x-tika-ooxml-protected" ->
                        Extraction.failed(type, OutcomeReason.ENCRYPTED_DOCUMENT, "Office 文档已加密");
                default -> other(type, ext, data);
            };
        } catch (org.apache.poi.EncryptedDocumentException e) {
            return Extraction.failed(type, OutcomeReason.ENCRYPTED_DOCUMENT, "文档已加密");
        } catch (InvalidPasswordException e) {
            return Extraction.failed(type, OutcomeReason.ENCRYPTED_DOCUMENT, "PDF 需要打开密码");
        } catch (IOException | RuntimeException e) {
            return Extraction.failed(type, OutcomeReason.DOCUMENT_CORRUPT, "无法解析：" + e.getClass().getSimpleName());
        }
    }

    private Extraction other(String type, String ext, byte[] data) {
        if (type.startsWith("text/") || (type.equals("application/octet-stream") && ext.equals("txt"))) {
            if (TextDecoding.looksBinary(data)) {
                return Extraction.failed(type, OutcomeReason.TYPE_MISMATCH, "扩展名为文本但内容为二进制");
            }
            return text(type, data);
        }
        if (type.startsWith("image/")) {
            return Extraction.failed(type, OutcomeReason.NEEDS_OCR, "图片文件，无文字层");
        }
        if (List.of("pdf", "docx", "doc", "xlsx").contains(ext)) {
            return Extraction.failed(type, OutcomeReason.DOCUMENT_CORRUPT, "内容无法识别为 " + ext.toUpperCase(Locale.ROOT));
        }
        if (ext.equals("txt")) {
            return Extraction.failed(type, OutcomeReason.TYPE_MISMATCH, "扩展名为文本但内容为 " + type);
        }
        return Extraction.failed(type, OutcomeReason.UNSUPPORTED_FORMAT, "不支持的格式：" + type);
    }

    /** The characters kept per document; a text file longer than {@link #maxInputBytes()} is not decoded further. */
    public int maxChars() {
        return maxChars;
    }

    /** Bytes of a plain-text file worth decoding: four per kept character (the longest GB18030/UTF-8 sequence). */
    public long maxInputBytes() {
        return 4L * maxChars + 4;
    }

    private Extraction text(String type, byte[] data) {
        // Decode only what the character cap can keep: a 200 MB single-line file must not need 1 GB of heap (C4).
        byte[] head = data.length > maxInputBytes() ? utf8Boundary(data, (int) maxInputBytes()) : data;
        TextDecoding.Decoded d = TextDecoding.decode(head);
        String t = d.text().replace("\r\n", "\n").replace('\r', '\n');
        List<String> pages = new ArrayList<>(List.of(t.split("\f", -1)));
        boolean paged = pages.size() > 1;
        return finish("text/plain; charset=" + d.charset().name(), pages, paged, null);
    }

    /**
     * A page is unreliable when at least this many of its glyphs, and a fifth of them, come from a font whose codes
     * nothing maps to text (B6); a stray symbol font on a page of ordinary text stays below both.
     */
    private static final int MIN_UNMAPPED_GLYPHS = 4;

    /** More pages than any dossier document has (a bound of the page-tree work, B8). */
    static final int MAX_PDF_PAGES = 5_000;

    private Extraction pdf(byte[] data) throws IOException {
        try (PDDocument doc = Loader.loadPDF(data)) {
            int n = doc.getNumberOfPages();
            if (n > MAX_PDF_PAGES) {
                // Reading page by page walks the page tree once per page: 100 000 pages would never end (B8).
                return Extraction.failed("application/pdf", OutcomeReason.FILE_TOO_LARGE,
                        "页数 " + n + " 超过上限 " + MAX_PDF_PAGES);
            }
            GlyphCountingStripper stripper = new GlyphCountingStripper();
            stripper.setSortByPosition(true);
            List<String> pages = new ArrayList<>();
            List<Integer> empty = new ArrayList<>();
            List<Integer> unmapped = new ArrayList<>();
            java.util.Set<Integer> scanned = new java.util.TreeSet<>();
            long chars = 0;
            for (int i = 1; i <= n; i++) {
                if (ScannedPage.is(doc.getPage(i - 1))) {
                    scanned.add(i);
                }
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                stripper.reset();
                String t;
                try {
                    t = stripper.getText(doc);
                } catch (IOException | RuntimeException e) {
                    pages.add("");
                    return finish("application/pdf", pages, true,
                            new Problem(OutcomeReason.PDF_PARTIAL, "第" + i + "页无法读取"));
                }
                if (stripper.unmapped() >= MIN_UNMAPPED_GLYPHS
                        && stripper.unmapped() * 5L >= stripper.glyphs()) {
                    unmapped.add(i);
                } else if (t.strip().length() == 0) {
                    empty.add(i);
                }
                pages.add(t);
                chars += t.length();
                if (chars > maxChars) {
                    break;
                }
            }
            Problem p = null;
            if (!unmapped.isEmpty()) {
                p = new Problem(OutcomeReason.TEXT_UNRELIABLE, "第" + join(unmapped)
                        + "页的字体缺少字符映射（Identity 编码且无 ToUnicode），提取的文字不可靠");
            } else if (!empty.isEmpty()) {
                p = new Problem(OutcomeReason.NEEDS_OCR, empty.size() == n ? "全部页面无文字层"
                        : "第" + join(empty) + "页无文字层");
            }
            return finish("application/pdf", pages, true, p).withScannedPages(scanned);
        }
    }

    private Extraction docx(byte[] data) throws IOException {
        try {
            DocxText.Pages fast = docxText.read(data);
            return finish(DOCX, fast.pages(), fast.anyBreak(), null);
        } catch (DocxText.Unsupported e) {
            return docxWithPoi(data);
        }
    }

    /** The reference reader: POI's object model of the whole package (slow, but it reads whatever POI reads). */
    Extraction docxWithPoi(byte[] data) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(data))) {
            List<String> pages = new ArrayList<>();
            StringBuilder page = new StringBuilder();
            boolean anyBreak = false;
            for (IBodyElement el : doc.getBodyElements()) {
                if (el.getElementType() == BodyElementType.PARAGRAPH) {
                    XWPFParagraph p = (XWPFParagraph) el;
                    if (p.isPageBreak() && page.length() > 0) {
                        pages.add(page.toString());
                        page.setLength(0);
                        anyBreak = true;
                    }
                    for (XWPFRun r : p.getRuns()) {
                        boolean pageBreakInRun = false;
                        for (CTBr br : r.getCTR().getBrList()) {
                            if (br.isSetType() && br.getType() == STBrType.PAGE) {
                                pageBreakInRun = true;
                            }
                        }
                        String rt = r.text();
                        if (pageBreakInRun && rt.isEmpty()) {
                            pages.add(page.toString());
                            page.setLength(0);
                            anyBreak = true;
                        } else {
                            page.append(rt);
                            if (pageBreakInRun) {
                                pages.add(page.toString());
                                page.setLength(0);
                                anyBreak = true;
                            }
                        }
                    }
                    page.append('\n');
                    if (p.getCTP().getPPr() != null && p.getCTP().getPPr().getSectPr() != null) {
                        pages.add(page.toString());
                        page.setLength(0);
                        anyBreak = true;
                    }
                } else if (el.getElementType() == BodyElementType.TABLE) {
                    appendTable((XWPFTable) el, page);
                }
                if (page.length() > maxChars) {
                    break;
                }
            }
            pages.add(page.toString());
            while (pages.size() > 1 && pages.get(pages.size() - 1).isBlank()) {
                pages.remove(pages.size() - 1);
            }
            return finish(DOCX, pages, anyBreak, null);
        }
    }

    private static void appendTable(XWPFTable t, StringBuilder out) {
        for (XWPFTableRow row : t.getRows()) {
            StringBuilder line = new StringBuilder();
            for (XWPFTableCell c : row.getTableCells()) {
                String ct = c.getText().replace('\n', ' ').strip();
                if (!ct.isEmpty()) {
                    if (line.length() > 0) {
                        line.append("  ");
                    }
                    line.append(ct);
                }
            }
            out.append(line).append('\n');
        }
    }

    private Extraction doc(byte[] data) throws IOException {
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(data))) {
            Range r = doc.getRange();
            String t = Range.stripFields(r.text()).replace("\r\n", "\n").replace('\r', '\n').replace('\u0007', ' ')
                    .replace('\u000b', '\n');
            List<String> pages = new ArrayList<>(List.of(t.split("\f", -1)));
            while (pages.size() > 1 && pages.get(pages.size() - 1).isBlank()) {
                pages.remove(pages.size() - 1);
            }
            return finish("application/msword", pages, pages.size() > 1, null);
        }
    }

    private Extraction xlsx(byte[] data) throws IOException {
        try (InputStream in = new ByteArrayInputStream(data); OPCPackage pkg = OPCPackage.open(in);
             XSSFEventBasedExcelExtractor ex = new XSSFEventBasedExcelExtractor(pkg)) {
            ex.setIncludeSheetNames(false);
            return finish("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    List.of(ex.getText().replace('\t', ' ')), false, null);
        } catch (org.apache.poi.openxml4j.exceptions.OpenXML4JException | org.apache.xmlbeans.XmlException e) {
            throw new IOException(e);
        }
    }

    private record Problem(OutcomeReason reason, String detail) {
    }

    /** Applies the character cap and the quality check; an earlier problem takes precedence. */
    private Extraction finish(String type, List<String> pages, boolean paged, Problem problem) {
        List<String> kept = new ArrayList<>();
        long total = 0;
        boolean truncated = false;
        for (String p : pages) {
            if (total + p.length() > maxChars) {
                kept.add(p.substring(0, (int) Math.max(0, maxChars - total)));
                truncated = true;
                break;
            }
            kept.add(p);
            total += p.length();
        }
        if (problem != null) {
            return new Extraction(type, kept, paged, problem.reason(), problem.detail());
        }
        if (truncated) {
            return new Extraction(type, kept, paged, OutcomeReason.TEXT_TRUNCATED, "超过 " + maxChars + " 字符已截断");
        }
        for (int i = 0; i < kept.size(); i++) {
            String q = TextQuality.problem(kept.get(i));
            if (q != null) {
                return new Extraction(type, kept, paged, OutcomeReason.TEXT_UNRELIABLE,
                        (kept.size() > 1 ? "第" + (i + 1) + "页" : "") + q);
            }
        }
        if (kept.stream().allMatch(String::isBlank)) {
            return new Extraction(type, kept, paged, OutcomeReason.NEEDS_OCR, "没有可提取的文字");
        }
        return new Extraction(type, kept, paged, OutcomeReason.NONE, null);
    }

    /** The first {@code n} bytes or fewer, never ending inside a UTF-8 sequence (else strict UTF-8 would fail). */
    static byte[] utf8Boundary(byte[] data, int n) {
        int cut = n;
        for (int i = n - 1; i >= Math.max(0, n - 4); i--) {
            int b = data[i] & 0xFF;
            if ((b & 0xC0) != 0x80) {
                int len = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
                cut = i + len > n ? i : n;
                break;
            }
        }
        return java.util.Arrays.copyOf(data, cut);
    }

    private static String join(List<Integer> pages) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pages.size() && i < 10; i++) {
            b.append(i == 0 ? "" : "、").append(pages.get(i));
        }
        return pages.size() > 10 ? b + "等" : b.toString();
    }

    private static String fileName(String path) {
        String n = path.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1);
    }

    static String extension(String path) {
        String n = fileName(path);
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** SHA-256 hex of the bytes (document identity in audit records). */
    public static String sha256(byte[] data) {
        try {
            return String.format("%064x", new BigInteger(1,
                    java.security.MessageDigest.getInstance("SHA-256").digest(data)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
