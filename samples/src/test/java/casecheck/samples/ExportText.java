package casecheck.samples;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** The content of every file of an export, the way a reader sees it (zip entries expanded, GBK decoded). */
final class ExportText {

    /** What an encrypted PDF yields: it cannot be opened without its password. */
    static final String ENCRYPTED = "<encrypted>";

    private ExportText() {
    }

    /** Relative path (zip entries as {@code x.zip!/entry}) to extracted content, sorted. */
    static Map<String, String> of(Path export) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(export)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = export.relativize(p).toString().replace('\\', '/');
                if (rel.endsWith(".zip")) {
                    try (ZipFile zip = ZipFile.builder().setPath(p).setCharset("GBK").get()) {
                        for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
                            try (InputStream in = zip.getInputStream(e)) {
                                out.put(rel + "!/" + e.getName(), text(e.getName(), in.readAllBytes()));
                            }
                        }
                    }
                } else {
                    out.put(rel, text(rel, Files.readAllBytes(p)));
                }
            }
        }
        return out;
    }

    static String text(String name, byte[] bytes) throws IOException {
        if (name.endsWith(".docx")) {
            try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(bytes));
                 XWPFWordExtractor x = new XWPFWordExtractor(d)) {
                return x.getText();
            }
        }
        if (name.endsWith(".pdf")) {
            try (PDDocument d = Loader.loadPDF(bytes)) {
                return new PDFTextStripper().getText(d);
            } catch (InvalidPasswordException e) {
                return ENCRYPTED;
            }
        }
        if (name.endsWith(".xlsx")) {
            StringBuilder sb = new StringBuilder();
            DataFormatter f = new DataFormatter();
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                Sheet s = wb.getSheetAt(0);
                for (Row r : s) {
                    for (Cell c : r) {
                        sb.append(f.formatCellValue(c)).append('\t');
                    }
                    sb.append('\n');
                }
            }
            return sb.toString();
        }
        return decode(bytes);
    }

    /** UTF-8 (with or without BOM) when it decodes cleanly, GBK otherwise. */
    static String decode(byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            return new String(bytes, DocRenderer.GBK);
        }
    }
}
